/**
 * Makes a new cardholder usable without manual SQL: exactly one `users` row is linked to it —
 * an existing unlinked user with the same email (case-insensitive) whose email is verified
 * (`users.email_verified`, set by the sign-in provider), else a new user. An unverified address
 * proves nothing: a cardholder created with someone else's address must not see their dashboard.
 * Concurrency: the claim locks the candidate row (a competing claim re-checks it and skips it),
 * and the insert relies on the unique users.cardholder_id (ON CONFLICT DO NOTHING).
 */
import type { Queryable } from './db.js';

export interface CardholderIdentity {
  id: string;
  name: string | null;
  email: string | null;
}

export type LinkOutcome = 'already-linked' | 'claimed-existing-user' | 'created-user';

export async function linkUserToCardholder(db: Queryable, cardholder: CardholderIdentity): Promise<LinkOutcome> {
  const linked = await db.query('SELECT id FROM public.users WHERE cardholder_id = $1', [cardholder.id]);
  if ((linked.rowCount ?? 0) > 0) return 'already-linked';

  if (cardholder.email !== null && cardholder.email.trim() !== '') {
    const claimed = await db.query(
      `UPDATE public.users SET cardholder_id = $1, name = COALESCE(name, $2)
        WHERE id = (SELECT id FROM public.users
                     WHERE cardholder_id IS NULL AND email_verified AND lower(email) = lower($3)
                     ORDER BY created_at, id LIMIT 1 FOR UPDATE)
          AND cardholder_id IS NULL
        RETURNING id`,
      [cardholder.id, cardholder.name, cardholder.email.trim()],
    );
    if ((claimed.rowCount ?? 0) > 0) return 'claimed-existing-user';
  }

  const created = await db.query(
    `INSERT INTO public.users (name, email, cardholder_id) VALUES ($1, $2, $3)
     ON CONFLICT (cardholder_id) DO NOTHING RETURNING id`,
    [cardholder.name, cardholder.email, cardholder.id],
  );
  return (created.rowCount ?? 0) > 0 ? 'created-user' : 'already-linked';
}
