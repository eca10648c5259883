import pg from 'pg';
import { applyEvents } from './apply-events.js';
import { generateDemoEvents } from './demo-events.js';
import { DEMO_USERS } from './demo-users.js';
import { insertUsers } from './insert-users.js';
import { SeedError } from './seed-error.js';
import { errorCode, errorMessage, PostgresErrorCode } from '@issuing/kernel';

export interface SeedSummary {
  users: number;
  usersInserted: number;
  cardholders: number;
  cards: number;
  events: number;
  durationMs: number;
}

function explain(error: unknown): SeedError {
  if (error instanceof SeedError) return error;
  const code = errorCode(error);
  if (code === PostgresErrorCode.undefinedTable) {
    return new SeedError('the schema is missing: run `npm run migrations` first', { cause: error });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === PostgresErrorCode.invalidPassword || code === PostgresErrorCode.invalidCatalogName) {
    return new SeedError(`cannot connect to DATABASE_URL (${code}): is PostgreSQL running and the URL right?`, { cause: error });
  }
  const message = errorMessage(error);
  return new SeedError(`seeding failed: ${message}`, { cause: error });
}

/**
 * Seeds the design's three users and their deterministic Stripe history through the
 * pipeline's persistence. Idempotent: a re-run changes no row.
 */
export async function seedDemoData(databaseUrl: string): Promise<SeedSummary> {
  const started = Date.now();
  const stories = generateDemoEvents();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const usersInserted = await insertUsers(pool, DEMO_USERS);
    await applyEvents(pool, stories.events);
    return {
      users: DEMO_USERS.length,
      usersInserted,
      cardholders: stories.cardholders.length,
      cards: stories.cards.length,
      events: stories.events.length,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    throw explain(error);
  } finally {
    await pool.end();
  }
}
