/**
 * `npm run replay -- --rebuild` under traffic: the projections are rebuilt beside the live ones
 * while events keep being persisted and read, and the swap loses nothing committed meanwhile.
 */
import { generateCardStories } from '@issuing/stripe-fixtures';
import pg from 'pg';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectionOf } from '../../src/domain/index.js';
import { applyStripeEvent, PERSIST_FUNCTIONS, rebuildProjections } from '../../src/persistence/index.js';
import { lambdaPool, snapshotTables, startTestDatabases, type TestDatabases } from '../support/postgres.js';

let databases: TestDatabases;

beforeAll(async () => {
  databases = await startTestDatabases();
});

afterAll(async () => {
  await databases?.stop();
});

/** A pool whose statements fail instead of waiting when a lock blocks them for 5 s. */
function impatientPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2, options: '-c lock_timeout=5000' });
  pool.on('error', () => undefined);
  return pool;
}

/** The projection function the bus would route the event to. */
async function persistProjection(db: pg.Pool, event: Stripe.Event): Promise<void> {
  const projection = projectionOf(event.type);
  if (projection === 'cardholdersCards') await PERSIST_FUNCTIONS.persistCardholdersCards(db, event);
  if (projection === 'authorizations') await PERSIST_FUNCTIONS.persistAuthorizations(db, event);
  if (projection === 'transactions') await PERSIST_FUNCTIONS.persistTransactions(db, event);
}

async function rollups(db: pg.Pool): Promise<unknown[]> {
  const totals = await db.query('SELECT * FROM spending_rollup_totals ORDER BY cardholder_id, currency');
  const periods = await db.query('SELECT * FROM spending_rollup_periods ORDER BY cardholder_id, currency, granularity, period_start');
  return [...totals.rows, ...periods.rows];
}

describe('rebuilding the projections under traffic', () => {
  it('events persisted and reads answered during the rebuild all succeed, and the swap keeps every row they committed', async () => {
    // Prepare: a history in the database, then a wrong amount on every stored authorization
    // (what a mapper bug would leave), and events that arrive only while the rebuild runs.
    const events = generateCardStories({
      seed: 'rebuild-under-traffic', cardholders: 2, cardsPerCardholder: 1, authorizationsPerCard: 8,
      start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-09-20T00:00:00Z'),
    }).events;
    const late = events.filter((_, index) => index % 4 === 3 && index > 4);
    const lateIds = new Set(late.map((event) => event.id));
    const recordedLate = late.filter((_, index) => index % 2 === 0);
    // recordEvent's delivery of these is still on its way (retrying) when the swap happens.
    const projectedOnlyLate = late.filter((_, index) => index % 2 === 1);
    expect(recordedLate.length).toBeGreaterThan(2);
    expect(projectedOnlyLate.length).toBeGreaterThan(2);
    // Another cardholder's whole story is delivered concurrently with the rebuild, start to end.
    const background = generateCardStories({
      seed: 'rebuild-background', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 8,
      start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-09-20T00:00:00Z'),
    }).events;

    const canonicalDb = lambdaPool(await databases.fresh('rebuild_canonical'));
    for (const event of [...events, ...background]) await applyStripeEvent(canonicalDb, event);
    const expected = await snapshotTables(canonicalDb);
    const expectedRollups = await rollups(canonicalDb);
    await canonicalDb.end();

    const url = await databases.fresh('rebuild_traffic');
    const db = lambdaPool(url);
    for (const event of events.filter((candidate) => !lateIds.has(candidate.id))) await applyStripeEvent(db, event);
    await db.query('UPDATE authorizations SET amount = amount + 1');
    const traffic = impatientPool(url);
    const rebuilder = lambdaPool(url);
    const readsDuringRebuild: number[] = [];
    let trafficDone = false;

    // Act
    let rebuilding = true;
    const backgroundTraffic = (async () => {
      const reads: number[] = [];
      for (const event of background) {
        await PERSIST_FUNCTIONS.recordEvent(traffic, event);
        await persistProjection(traffic, event);
        if (rebuilding) reads.push((await traffic.query<{ n: number }>('SELECT count(*)::int AS n FROM spending_totals')).rows[0]?.n ?? -1);
      }
      return reads;
    })();
    const rebuild = rebuildProjections(rebuilder, {
      pageSize: 5,
      onProgress: async ({ phase }) => {
        if (phase !== 'building' || trafficDone) return;
        trafficDone = true;
        // Mid-build: new and older events are persisted, and the API's tables are read.
        for (const event of recordedLate) {
          await PERSIST_FUNCTIONS.recordEvent(traffic, event);
          await persistProjection(traffic, event);
        }
        for (const event of projectedOnlyLate) await persistProjection(traffic, event);
        const feed = await traffic.query<{ n: number }>('SELECT count(*)::int AS n FROM activity_feed');
        readsDuringRebuild.push(feed.rows[0]?.n ?? -1);
      },
    }).finally(() => {
      rebuilding = false;
    });
    const [outcome, backgroundReads] = await Promise.all([rebuild, backgroundTraffic]);
    for (const event of projectedOnlyLate) await PERSIST_FUNCTIONS.recordEvent(traffic, event);

    // Assert
    expect(trafficDone).toBe(true);
    expect(readsDuringRebuild).toHaveLength(1);
    expect(readsDuringRebuild[0]).toBeGreaterThan(0);
    expect(backgroundReads.every((n) => n >= 0)).toBe(true);
    expect(outcome.rowsWritten).toBeGreaterThan(0);
    expect(await snapshotTables(db)).toEqual(expected);
    expect(await rollups(db)).toEqual(expectedRollups);
    await Promise.all([db.end(), traffic.end(), rebuilder.end()]);
  }, 120_000);

  it('a second rebuild while one runs is refused with a clear error and the first completes', async () => {
    // Prepare
    const events = generateCardStories({
      seed: 'rebuild-twice', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 3,
      start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-09-05T00:00:00Z'),
    }).events;
    const url = await databases.fresh('rebuild_twice');
    const db = lambdaPool(url);
    for (const event of events) await applyStripeEvent(db, event);
    const before = await snapshotTables(db);
    const other = lambdaPool(url);
    let second: Promise<unknown> | undefined;

    // Act
    const outcome = await rebuildProjections(db, {
      pageSize: 2,
      onProgress: async () => {
        second ??= rebuildProjections(other).then(() => 'rebuilt', (error: unknown) => error);
        await second;
      },
    });

    // Assert
    expect(await second).toMatchObject({ name: 'RebuildRunningError', message: 'another rebuild of the projections is running; wait for it to finish' });
    expect(outcome).toEqual({ events: events.length, rowsWritten: 0 });
    expect(await snapshotTables(db)).toEqual(before);
    await Promise.all([db.end(), other.end()]);
  });
});
