/** What the persistence functions accept: a pool (they take a client) or a client. */
import pg from 'pg';
import type Stripe from 'stripe';

export type Db = pg.Pool | pg.PoolClient;

/** Something that runs SQL: a pool or a client. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

/** A write to PostgreSQL failed; the delivery must be retried (the cause holds pg's error). */
export class PersistenceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
  }
}

/** `error` as the failure of `what` for `event`; a PersistenceError passes through unchanged. */
export function persistenceFailure(what: string, event: Pick<Stripe.Event, 'id' | 'type'>, error: unknown): PersistenceError {
  if (error instanceof PersistenceError) return error;
  return new PersistenceError(`${what} failed for ${event.type} ${event.id}`, { cause: error });
}

/**
 * Runs `work` in one transaction. Given a pool, a client is taken and released; given a client,
 * BEGIN/COMMIT run on it, so it must not already be inside a transaction.
 */
export async function withTransaction<T>(db: Db, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = db instanceof pg.Pool ? await db.connect() : db;
  const owned = client !== db;
  let broken = false;
  // A connection that dies while checked out emits 'error' on the client, not on the pool; the
  // query in flight rejects anyway, so only mark the client broken instead of crashing the process.
  const onError = (): void => {
    broken = true;
  };
  if (owned) client.on('error', onError);
  try {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        // The connection itself is gone; drop it from the pool instead of reusing it.
        broken = true;
      }
      throw error;
    }
  } finally {
    if (owned) {
      client.off('error', onError);
      client.release(broken);
    }
  }
}
