/**
 * `npm run replay -- --rebuild`: rebuilds cardholders, cards, authorizations and transactions
 * from stripe_events without stalling the live system.
 *
 * 1. Build: every stored event is replayed into shadow copies of the four tables (temporary
 *    tables of this session), page by page. The live tables are only read: the webhook keeps
 *    accepting, the persistence functions keep writing, the API keeps answering.
 * 2. Prune: shadow rows equal to their live row are dropped, so what is left is the difference.
 * 3. Swap, one short transaction: the live tables are locked against writers (readers go on,
 *    seeing the old rows until COMMIT), and each remaining shadow row replaces its live row when
 *    its snapshot key is at least the live one's — the same ranking every upsert applies, so a
 *    row a persistence function committed during the rebuild from a newer event stays. A tie
 *    takes the rebuilt row (the same snapshot as mapped now). Triggers keep the dashboard read
 *    model current for the changed rows only; cardholders without a user get one (linking).
 * Live rows no stored event explains (say, recordEvent's delivery of their event is still in a
 * dead-letter queue) are kept: a rebuild never loses what the pipeline committed.
 */
import pg from 'pg';
import type Stripe from 'stripe';
import { planProjections } from '../domain/projection-plan.js';
import type { SnapshotColumns } from '../domain/rows.js';
import { asStripeEvent } from '../domain/stripe-event.js';
import { PersistenceError, withTransaction, type Db } from './db.js';
import { linkUserToCardholder } from './link-user.js';
import { AUTHORIZATIONS_TABLE } from './upsert-authorization.js';
import { CARDS_TABLE } from './upsert-card.js';
import { CARDHOLDERS_TABLE } from './upsert-cardholder.js';
import { snapshotUpsert, type SnapshotTable } from './upsert-snapshot-row.js';
import { TRANSACTIONS_TABLE } from './upsert-transaction.js';

export interface RebuildOutcome {
  /** Stored events replayed into the shadow tables. */
  events: number;
  /** Live rows the swap inserted or replaced. */
  rowsWritten: number;
}

interface RebuildProgress {
  phase: 'building' | 'built' | 'swapped';
  events: number;
}

interface RebuildOptions {
  /** Called after each page of events, once the shadow tables are complete, and after the swap. */
  onProgress?: (progress: RebuildProgress) => void | Promise<void>;
  /** Events per page of the build (default 500). */
  pageSize?: number;
}

/** Another rebuild holds the lock; running two at once would only double the work. */
class RebuildRunningError extends PersistenceError {
  constructor() {
    super('another rebuild of the projections is running; wait for it to finish');
    this.name = 'RebuildRunningError';
  }
}

const LOCK_KEY = 'issuing:rebuild-projections';

interface Projection<Row extends SnapshotColumns & { id: string }> {
  definition: SnapshotTable<Row>;
  /** The shadow table's name, and qualified (pg_temp: this session's temporary schema). */
  name: string;
  shadow: string;
  upsertShadow: (db: pg.ClientBase, row: Row) => Promise<boolean>;
}

function projection<Row extends SnapshotColumns & { id: string }>(definition: SnapshotTable<Row>): Projection<Row> {
  const name = `rebuild_${definition.table}`;
  const shadow = `pg_temp.${name}`;
  return { definition, name, shadow, upsertShadow: snapshotUpsert(definition, shadow) };
}

const CARDHOLDERS = projection(CARDHOLDERS_TABLE);
const CARDS = projection(CARDS_TABLE);
const AUTHORIZATIONS = projection(AUTHORIZATIONS_TABLE);
const TRANSACTIONS = projection(TRANSACTIONS_TABLE);
/** In the order the persistence functions lock them (cardholders before cards). */
const TABLES: readonly { definition: { table: string; columns: readonly string[] }; name: string; shadow: string }[] = [
  CARDHOLDERS, CARDS, AUTHORIZATIONS, TRANSACTIONS,
];

const SNAPSHOT_KEY = (alias: string): string =>
  `(${alias}.snapshot_rank, ${alias}.snapshot_created, ${alias}.snapshot_event_id COLLATE "C")`;

function rowOf(alias: string, columns: readonly string[]): string {
  return `(${columns.map((column) => `${alias}.${column}`).join(', ')})`;
}

async function createShadowTables(client: pg.ClientBase): Promise<void> {
  for (const { definition, name, shadow } of TABLES) {
    await client.query(`DROP TABLE IF EXISTS ${shadow}`);
    await client.query(`CREATE TEMPORARY TABLE ${name} (LIKE public.${definition.table} INCLUDING DEFAULTS)`);
    await client.query(`ALTER TABLE ${shadow} ADD PRIMARY KEY (id)`);
  }
}

async function dropShadowTables(client: pg.ClientBase): Promise<void> {
  for (const { shadow } of TABLES) await client.query(`DROP TABLE IF EXISTS ${shadow}`);
}

/** Replays every stored event into the shadow tables, one transaction per page. */
async function buildShadow(client: pg.ClientBase, options: RebuildOptions): Promise<number> {
  const pageSize = options.pageSize ?? 500;
  let events = 0;
  let after: { created: Date; id: string } | undefined;
  for (;;) {
    const page = await client.query<{ id: string; created: Date; payload: unknown }>(
      after
        ? `SELECT id, created, payload FROM public.stripe_events
            WHERE (created, id) > ($1, $2) ORDER BY created, id LIMIT $3`
        : 'SELECT id, created, payload FROM public.stripe_events ORDER BY created, id LIMIT $1',
      after ? [after.created, after.id, pageSize] : [pageSize],
    );
    await client.query('BEGIN');
    try {
      for (const row of page.rows) {
        const event: Stripe.Event = asStripeEvent(row.payload, `stripe_events row ${row.id}`);
        const plan = planProjections(event);
        for (const cardholder of plan.cardholders) await CARDHOLDERS.upsertShadow(client, cardholder);
        for (const card of plan.cards) await CARDS.upsertShadow(client, card);
        for (const authorization of plan.authorizations) await AUTHORIZATIONS.upsertShadow(client, authorization);
        for (const transaction of plan.transactions) await TRANSACTIONS.upsertShadow(client, transaction);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    events += page.rows.length;
    await options.onProgress?.({ phase: 'building', events });
    const last = page.rows.at(-1);
    if (!last || page.rows.length < pageSize) break;
    after = { created: last.created, id: last.id };
  }
  return events;
}

/** Drops the shadow rows that equal their live row: what is left is what the swap must write. */
async function pruneUnchanged(client: pg.ClientBase): Promise<void> {
  for (const { definition, shadow } of TABLES) {
    await client.query(
      `DELETE FROM ${shadow} AS s USING public.${definition.table} AS live
        WHERE live.id = s.id AND ${rowOf('live', definition.columns)} IS NOT DISTINCT FROM ${rowOf('s', definition.columns)}`,
    );
  }
}

/** The swap: live rows replaced by rebuilt ones of an equal or greater snapshot key. */
async function swap(client: pg.PoolClient): Promise<number> {
  return withTransaction(client, async (tx) => {
    // Writers wait (their upserts need ROW EXCLUSIVE); readers do not (ACCESS SHARE).
    await tx.query(
      `LOCK TABLE ${TABLES.map(({ definition }) => `public.${definition.table}`).join(', ')} IN SHARE ROW EXCLUSIVE MODE`,
    );
    let written = 0;
    for (const { definition, shadow } of TABLES) {
      const columns = definition.columns;
      const updates = columns.filter((column) => column !== 'id').map((column) => `${column} = EXCLUDED.${column}`).join(', ');
      const result = await tx.query(
        `INSERT INTO public.${definition.table} AS stored (${columns.join(', ')})
         SELECT ${columns.join(', ')} FROM ${shadow} ORDER BY id
         ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()
         WHERE ${SNAPSHOT_KEY('EXCLUDED')} >= ${SNAPSHOT_KEY('stored')}
           AND ${rowOf('stored', columns)} IS DISTINCT FROM ${rowOf('EXCLUDED', columns)}`,
      );
      written += result.rowCount ?? 0;
    }
    const unlinked = await tx.query<{ id: string; name: string | null; email: string | null }>(
      `SELECT c.id, c.name, c.email FROM public.cardholders c
        WHERE NOT EXISTS (SELECT 1 FROM public.users u WHERE u.cardholder_id = c.id) ORDER BY c.id`,
    );
    for (const cardholder of unlinked.rows) await linkUserToCardholder(tx, cardholder);
    return written;
  });
}

/** Rebuilds the projections beside the live ones and swaps the differences in (see above). */
export async function rebuildProjections(db: Db, options: RebuildOptions = {}): Promise<RebuildOutcome> {
  let client: pg.PoolClient;
  try {
    client = db instanceof pg.Pool ? await db.connect() : db;
  } catch (cause) {
    throw new PersistenceError('rebuilding the projections from stripe_events failed', { cause });
  }
  const owned = client !== db;
  let locked = false;
  let broken = false;
  try {
    const lock = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [LOCK_KEY],
    );
    locked = lock.rows[0]?.locked === true;
    if (!locked) throw new RebuildRunningError();
    await createShadowTables(client);
    const events = await buildShadow(client, options);
    await options.onProgress?.({ phase: 'built', events });
    await pruneUnchanged(client);
    const rowsWritten = await swap(client);
    await options.onProgress?.({ phase: 'swapped', events });
    return { events, rowsWritten };
  } catch (error) {
    if (error instanceof RebuildRunningError) throw error;
    throw new PersistenceError('rebuilding the projections from stripe_events failed', { cause: error });
  } finally {
    try {
      await dropShadowTables(client);
      if (locked) await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [LOCK_KEY]);
    } catch {
      // The connection is gone; temporary tables and the session lock went with it.
      broken = true;
    }
    if (owned) client.release(broken);
  }
}
