import pg from 'pg';
import { applyEvents } from './apply-events.js';
import { generateDemoEvents } from './demo-events.js';
import { DEMO_USERS } from './demo-users.js';
import { insertUsers } from './insert-users.js';
import { SeedError } from './seed-error.js';

export interface SeedSummary {
  users: number;
  usersInserted: number;
  cardholders: number;
  cards: number;
  events: number;
  durationMs: number;
}

/** PostgreSQL error codes worth a specific hint. */
const UNDEFINED_TABLE = '42P01';

function explain(error: unknown): SeedError {
  if (error instanceof SeedError) return error;
  const code = findCode(error);
  if (code === UNDEFINED_TABLE) {
    return new SeedError('the schema is missing: run `npm run migrations` first', { cause: error });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
    return new SeedError(`cannot connect to DATABASE_URL (${code}): is PostgreSQL running and the URL right?`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SeedError(`seeding failed: ${message}`, { cause: error });
}

/** The pg / Node error code, looking through `cause` chains and AggregateErrors. */
function findCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 6; depth++) {
    if (typeof current !== 'object') return undefined;
    if ('code' in current && typeof current.code === 'string') return current.code;
    if (current instanceof AggregateError) {
      const inner = current.errors.map(findCode).find((c) => c !== undefined);
      if (inner) return inner;
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
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
