import type pg from 'pg';
import type { DemoUser } from './demo-users.js';

/**
 * Inserts the users with their fixed ids and their e-mail marked verified (what the sign-in
 * provider records; the pipeline links a cardholder only to a verified address); existing rows are left alone (so a link to a
 * cardholder made by the pipeline survives a re-run). Returns how many were new.
 */
export async function insertUsers(db: pg.Pool | pg.PoolClient, users: readonly DemoUser[]): Promise<number> {
  let inserted = 0;
  for (const user of users) {
    const result = await db.query(
      'INSERT INTO public.users (id, name, email, email_verified) VALUES ($1, $2, $3, true) ON CONFLICT (id) DO NOTHING',
      [user.id, user.name, user.email],
    );
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}
