/** A migrated database filled with Stripe events through the pipeline's own persistence code. */
import { applyMigrationsDirect, MIGRATIONS_DIR } from '@issuing/db-migrate';
import { createDatabase } from '@issuing/dev-postgres';
import { applyStripeEvent } from '@issuing/ingestion-service/persistence';
import type Stripe from 'stripe';
import pg from 'pg';
import { errorCode, PostgresErrorCode } from '@issuing/kernel';
import { EMAIL_A, EMAIL_B, USER_A, USER_B } from './two-cardholders.js';

/** A fresh database on the server behind `serverUrl` with every migration applied. */
export async function migratedDatabase(serverUrl: string, name: string): Promise<string> {
  const url = await createDatabase(serverUrl, name);
  await applyMigrationsDirect(url, MIGRATIONS_DIR);
  return url;
}

/**
 * The two known users, not yet linked, their e-mail verified (as a sign-in provider marks it):
 * the pipeline links each to its cardholder by email.
 */
export async function insertKnownUsers(db: pg.Pool): Promise<void> {
  await db.query(
    `INSERT INTO public.users (id, name, email, email_verified) VALUES ($1, 'Ada Test', $2, true), ($3, 'Grace Test', $4, true)
     ON CONFLICT (id) DO NOTHING`,
    [USER_A, EMAIL_A, USER_B, EMAIL_B],
  );
}

const RETRYABLE = new Set<string>([PostgresErrorCode.deadlockDetected, PostgresErrorCode.serializationFailure]);

/** Applies one event, retrying what the platform would retry (deadlocks, serialization). */
export async function applyWithRetry(db: pg.Pool, event: Stripe.Event): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await applyStripeEvent(db, event);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (attempt >= 5 || code === undefined || !RETRYABLE.has(code)) throw error;
    }
  }
}

/** Applies events one after another. */
export async function applyInOrder(db: pg.Pool, events: readonly Stripe.Event[]): Promise<void> {
  for (const event of events) await applyWithRetry(db, event);
}

/** Applies events on `parallel` connections at once, in order within each lane. */
export async function applyConcurrently(db: pg.Pool, events: readonly Stripe.Event[], parallel: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < events.length) {
      const event = events[next];
      next += 1;
      if (event) await applyWithRetry(db, event);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
}
