/**
 * The dashboard read model (hasura/migrations/default/1764201700000_dashboard_read_model) against
 * a real PostgreSQL, fed through the pipeline's own applyStripeEvent.
 */
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { rebuildProjections } from '@issuing/ingestion-service/persistence';
import { planDeliveries } from '@issuing/stripe-fixtures';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyConcurrently,
  applyInOrder,
  expectedSpendByCategory,
  expectedSpendByMonth,
  expectedTotals,
  finalObjects,
  insertKnownUsers,
  migratedDatabase,
  recomputedReadModel,
  snapshotReadModel,
  twoCardholders,
  USER_A,
  USER_B,
  type DerivedSnapshot,
} from '@issuing/graphql-test-kit';

let server: DevPostgres;
const pools: pg.Pool[] = [];
const story = twoCardholders();

async function database(name: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: await migratedDatabase(server.url, name), max: 4 });
  // An idle client cut off when the server stops must not crash the run.
  pool.on('error', () => undefined);
  pools.push(pool);
  await insertKnownUsers(pool);
  return pool;
}

let canonical: pg.Pool;
let canonicalSnapshot: DerivedSnapshot;

beforeAll(async () => {
  server = await startTestPostgres();
  canonical = await database('read_model_canonical');
  await applyInOrder(canonical, story.events);
  canonicalSnapshot = await snapshotReadModel(canonical);
});

afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await server?.stop();
});

describe('the read model kept by triggers', () => {
  it('equals a full recomputation from the projections after the events in order', async () => {
    // Prepare: canonical database filled in beforeAll

    // Act
    const recomputed = await recomputedReadModel(canonical);

    // Assert
    expect(canonicalSnapshot.feed_entries.length).toBeGreaterThan(20);
    expect(canonicalSnapshot).toEqual(recomputed);
  });

  it('is the same whatever the delivery order, with duplicates', async () => {
    // Prepare
    const shuffled = planDeliveries(story.events, { seed: 'read-model-shuffle', reorder: 'shuffle', duplicateRate: 0.3 }).map((d) => d.event);
    const db = await database('read_model_shuffled');

    // Act
    await applyInOrder(db, shuffled);

    // Assert
    expect(await snapshotReadModel(db)).toEqual(canonicalSnapshot);
  });

  it('is the same when events are applied on four connections at once', async () => {
    // Prepare
    const reordered = planDeliveries(story.events, { seed: 'read-model-concurrent', reorder: 'local', window: 6, duplicateRate: 0.2 }).map((d) => d.event);
    const db = await database('read_model_concurrent');

    // Act
    await applyConcurrently(db, reordered, 4);

    // Assert
    expect(await snapshotReadModel(db)).toEqual(canonicalSnapshot);
  });

  it('is rebuilt when the projections are truncated and replayed (npm run replay --rebuild)', async () => {
    // Prepare
    const db = await database('read_model_rebuild');
    await applyInOrder(db, story.events);
    const before = await snapshotReadModel(db);

    // Act
    await rebuildProjections(db);

    // Assert
    expect(await snapshotReadModel(db)).toEqual(before);
  });
});

describe('what the read model says', () => {
  it('totals per currency follow the definitions: settled spend = -sum(amounts), pending holds, declines, refunds', async () => {
    for (const [userId, cardholderId] of [[USER_A, story.cardholderA], [USER_B, story.cardholderB]] as const) {
      // Prepare
      const expected = expectedTotals(story.events, cardholderId);

      // Act
      const rows = (await canonical.query<Record<string, unknown>>(
        `SELECT t.* FROM public.spending_totals t JOIN public.users u ON u.cardholder_id = t.cardholder_id
          WHERE u.id = $1 ORDER BY currency`, [userId])).rows;

      // Assert
      expect(rows.map((row) => ({
        currency: row.currency,
        settledSpend: Number(row.settled_spend),
        refunded: Number(row.refunded_amount),
        transactionCount: row.transaction_count,
        pendingAmount: Number(row.pending_amount),
        pendingCount: row.pending_count,
        declinedAmount: Number(row.declined_amount),
        declinedCount: row.declined_count,
        authorizationCount: row.authorization_count,
      }))).toEqual(expected);
      expect(expected.some((totals) => totals.settledSpend > 0 && totals.authorizationCount > 0)).toBe(true);
    }
  });

  it('spend by category and by month follow the transactions', async () => {
    for (const cardholderId of [story.cardholderA, story.cardholderB]) {
      // Prepare
      const byCategory = expectedSpendByCategory(story.events, cardholderId);
      const byMonth = expectedSpendByMonth(story.events, cardholderId);

      // Act
      const categories = (await canonical.query<{ currency: string; merchant_category: string; settled_spend: string }>(
        'SELECT currency, merchant_category, settled_spend FROM public.spend_by_category WHERE cardholder_id = $1', [cardholderId])).rows;
      const months = (await canonical.query<{ currency: string; period: string; settled_spend: string }>(
        `SELECT currency, to_char(period_start, 'YYYY-MM-DD') AS period, settled_spend FROM public.spend_over_time
          WHERE cardholder_id = $1 AND granularity = 'month'`, [cardholderId])).rows;
      const days = (await canonical.query<{ total: string | null }>(
        `SELECT sum(settled_spend)::bigint AS total FROM public.spend_over_time WHERE cardholder_id = $1 AND granularity = 'day'`, [cardholderId])).rows;

      // Assert
      expect(new Map(categories.map((row) => [`${row.currency}/${row.merchant_category}`, Number(row.settled_spend)]))).toEqual(byCategory);
      expect(new Map(months.map((row) => [`${row.currency}/${row.period}`, Number(row.settled_spend)]))).toEqual(byMonth);
      expect(Number(days[0]?.total)).toBe([...byMonth.values()].reduce((sum, value) => sum + value, 0));
    }
  });

  it('the feed has each authorization once with its captures and refunds, and each transaction without a known authorization on its own', async () => {
    // Prepare
    const { authorizations, transactions } = finalObjects(story.events);
    const holderOf = new Map(authorizations.map((a) => [a.id, a.cardholder]));
    const expected = new Map<string, { kind: string; captured: number; refunded: number }>();
    for (const auth of authorizations) expected.set(auth.id, { kind: 'authorization', captured: 0, refunded: 0 });
    for (const tx of transactions) {
      // Folded into its authorization when that authorization is known and has the same cardholder.
      const folds = tx.authorization !== null && holderOf.has(tx.authorization) && holderOf.get(tx.authorization) === tx.cardholder;
      const owner = folds && tx.authorization !== null ? expected.get(tx.authorization) : undefined;
      const entry = owner ?? { kind: 'transaction', captured: 0, refunded: 0 };
      if (tx.type === 'refund') entry.refunded += tx.amount;
      else entry.captured -= tx.amount;
      if (!owner) expected.set(tx.id, entry);
    }

    // Act
    const rows = (await canonical.query<{ id: string; kind: string; captured_amount: string; refunded_amount: string }>('SELECT id, kind, captured_amount, refunded_amount FROM public.activity_feed')).rows;

    // Assert
    expect(new Map(rows.map((row) => [row.id, { kind: row.kind, captured: Number(row.captured_amount), refunded: Number(row.refunded_amount) }]))).toEqual(expected);
    expect([...expected.values()].some((entry) => entry.kind === 'transaction')).toBe(true);
  });

  it('every feed entry carries the linked user of its cardholder', async () => {
    // Act
    const rows = (await canonical.query<{ user_id: string; linked: string | null }>(
      `SELECT f.user_id, u.id AS linked FROM public.activity_feed f LEFT JOIN public.users u ON u.cardholder_id = f.cardholder_id`)).rows;

    // Assert
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.user_id === row.linked && (row.user_id === USER_A || row.user_id === USER_B))).toBe(true);
  });
});

describe('out-of-order arrivals and relinking', () => {
  it('a capture that arrives before its authorization shows on its own, then inside the authorization', async () => {
    // Prepare
    const db = await database('read_model_capture_first');
    const capture = story.events.find((event) => event.type === 'issuing_transaction.created'
      && event.data.object.type === 'capture' && typeof event.data.object.authorization === 'string');
    if (!capture || capture.data.object.object !== 'issuing.transaction' || typeof capture.data.object.authorization !== 'string') throw new Error('the story has no linked capture');
    const authorizationId = capture.data.object.authorization;
    const authorizationEvents = story.events.filter((event) => event.data.object.id === authorizationId);
    const others = story.events.filter((event) => event !== capture && !authorizationEvents.includes(event));
    await applyInOrder(db, others);

    // Act
    await applyInOrder(db, [capture]);
    const alone = (await db.query('SELECT kind FROM public.activity_feed WHERE id = $1', [capture.data.object.id])).rows;
    await applyInOrder(db, authorizationEvents);
    const afterwards = (await db.query<{ id: string; captured_amount: string }>('SELECT id, captured_amount FROM public.activity_feed WHERE id IN ($1, $2)', [capture.data.object.id, authorizationId])).rows;

    // Assert
    expect(alone).toEqual([{ kind: 'transaction' }]);
    expect(afterwards.map((row) => row.id)).toEqual([authorizationId]);
    expect(Number(afterwards[0]?.captured_amount)).toBeGreaterThanOrEqual(-capture.data.object.amount);
    expect(await snapshotReadModel(db)).toEqual(canonicalSnapshot);
  });

  it('moving a cardholder to another user moves its feed entries with it', async () => {
    // Prepare
    const db = await database('read_model_relink');
    await applyInOrder(db, story.events);
    const other = '139b9f47-f9f6-4a58-92d0-9b1f571a4523';

    // Act
    await db.query('UPDATE public.users SET cardholder_id = NULL WHERE id = $1', [USER_B]);
    await db.query(`INSERT INTO public.users (id, name, email, cardholder_id) VALUES ($1, 'Other', 'other@example.com', $2)`, [other, story.cardholderB]);

    // Assert
    const owners = (await db.query('SELECT DISTINCT user_id FROM public.activity_feed WHERE cardholder_id = $1', [story.cardholderB])).rows;
    expect(owners).toEqual([{ user_id: other }]);
    expect((await db.query('SELECT count(*)::int AS n FROM public.activity_feed WHERE user_id = $1', [USER_B])).rows).toEqual([{ n: 0 }]);
  });
});
