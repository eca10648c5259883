/**
 * The per-card rollups (hasura/migrations/default/1796148200000_card_spend_rollups) against a real
 * PostgreSQL: filled by the pipeline's applyStripeEvent, then changed row by row the way a
 * projection can change (a transaction moved to another card or to none, its category, amount or
 * day changed, a refund, a delete), checked against GROUP BYs over the base table.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR, readMigrations } from '@issuing/db-migrate';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyInOrder,
  finalObjects,
  insertKnownUsers,
  migratedDatabase,
  recomputedReadModel,
  snapshotReadModel,
  twoCardholders,
} from '@issuing/graphql-test-kit';

let server: DevPostgres;
let db: pg.Pool;
const story = twoCardholders();

/** A small deterministic PRNG (mulberry32), so a failure replays the same mix. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, unknown>;

async function query(sql: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query<Row>(sql, params)).rows;
}

// Settled spend, captures and refunds as the dashboard defines them, over any set of transactions.
const SUMS = `-sum(amount)::bigint AS settled_spend,
  coalesce(-sum(amount) FILTER (WHERE type <> 'refund'), 0)::bigint AS captured_amount,
  coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0)::bigint AS refunded_amount,
  count(*)::int AS transaction_count`;
const DAY = `(created_at AT TIME ZONE 'UTC')::date`;

const expectedCardCategories = () => query(
  `SELECT cardholder_id, card_id, currency, nullif(coalesce(merchant_category, ''), '') AS merchant_category, ${SUMS}
     FROM public.transactions WHERE cardholder_id IS NOT NULL AND card_id IS NOT NULL
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
const expectedCardPeriods = () => query(
  `SELECT cardholder_id, card_id, currency, g.granularity,
          CASE g.granularity WHEN 'day' THEN ${DAY} ELSE date_trunc('month', ${DAY})::date END AS period_start, ${SUMS}
     FROM public.transactions CROSS JOIN (VALUES ('day'), ('month')) AS g(granularity)
    WHERE cardholder_id IS NOT NULL AND card_id IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`);
const cardCategoryView = () => query(
  `SELECT cardholder_id, card_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count
     FROM public.card_spend_by_category ORDER BY 1, 2, 3, 4`);
const cardPeriodView = () => query(
  `SELECT cardholder_id, card_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count
     FROM public.card_spend_over_time ORDER BY 1, 2, 3, 4, 5`);

/**
 * The per-cardholder rollup rows rebuilt from two parts: the per-card rows summed over cards,
 * plus the transactions without a card. Equal to the per-cardholder view when the two agree.
 */
const cardholderCategoriesFromCards = () => query(
  `SELECT cardholder_id, currency, merchant_category, sum(settled_spend)::bigint AS settled_spend,
          sum(captured_amount)::bigint AS captured_amount, sum(refunded_amount)::bigint AS refunded_amount,
          sum(transaction_count)::int AS transaction_count
     FROM (SELECT cardholder_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count
             FROM public.card_spend_by_category
           UNION ALL
           SELECT cardholder_id, currency, nullif(coalesce(merchant_category, ''), ''), ${SUMS}
             FROM public.transactions WHERE cardholder_id IS NOT NULL AND card_id IS NULL GROUP BY 1, 2, 3) parts
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
const cardholderPeriodsFromCards = () => query(
  `SELECT cardholder_id, currency, granularity, period_start, sum(settled_spend)::bigint AS settled_spend,
          sum(captured_amount)::bigint AS captured_amount, sum(refunded_amount)::bigint AS refunded_amount,
          sum(transaction_count)::int AS transaction_count
     FROM (SELECT cardholder_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count
             FROM public.card_spend_over_time
           UNION ALL
           SELECT cardholder_id, currency, g.granularity,
                  CASE g.granularity WHEN 'day' THEN ${DAY} ELSE date_trunc('month', ${DAY})::date END, ${SUMS}
             FROM public.transactions CROSS JOIN (VALUES ('day'), ('month')) AS g(granularity)
            WHERE cardholder_id IS NOT NULL AND card_id IS NULL GROUP BY 1, 2, 3, 4) parts
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`);
const cardholderCategoryView = () => query(
  `SELECT cardholder_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count
     FROM public.spend_by_category ORDER BY 1, 2, 3`);
const cardholderPeriodView = () => query(
  `SELECT cardholder_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count
     FROM public.spend_over_time ORDER BY 1, 2, 3, 4`);

/** Changes one transaction of the base table the way a projection can change; returns what it did. */
async function mutate(next: () => number, step: number): Promise<string> {
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const transactions = await query('SELECT id, cardholder_id, card_id, type, amount FROM public.transactions ORDER BY id');
  const cards = (await query('SELECT id, cardholder_id FROM public.cards ORDER BY id')).map((row) => ({ id: String(row.id), holder: String(row.cardholder_id) }));
  const target = pick(transactions);
  const id = String(target.id);
  const categories = ['eating_places_restaurants', 'grocery_stores_supermarkets', 'airlines_air_carriers', null];
  switch (pick(['card', 'no-card', 'category', 'amount', 'refund', 'day', 'delete', 'insert', 'insert'] as const)) {
    case 'card': {
      // Another card of the same cardholder, as Stripe never moves a transaction across people.
      const card = pick(cards.filter((c) => c.holder === target.cardholder_id));
      await db.query('UPDATE public.transactions SET card_id = $2 WHERE id = $1', [id, card.id]);
      return `card ${id} → ${card.id}`;
    }
    case 'no-card':
      await db.query('UPDATE public.transactions SET card_id = NULL WHERE id = $1', [id]);
      return `no-card ${id}`;
    case 'category': {
      const category = pick(categories);
      await db.query('UPDATE public.transactions SET merchant_category = $2 WHERE id = $1', [id, category]);
      return `category ${id} → ${String(category)}`;
    }
    case 'amount':
      await db.query('UPDATE public.transactions SET amount = amount - $2 WHERE id = $1', [id, 1 + Math.floor(next() * 5000)]);
      return `amount ${id}`;
    case 'refund':
      await db.query(`UPDATE public.transactions SET type = 'refund', amount = abs(amount) WHERE id = $1`, [id]);
      return `refund ${id}`;
    case 'day':
      await db.query(`UPDATE public.transactions SET created_at = created_at + make_interval(days => $2) WHERE id = $1`, [id, 1 + Math.floor(next() * 40)]);
      return `day ${id}`;
    case 'delete':
      await db.query('DELETE FROM public.transactions WHERE id = $1', [id]);
      return `delete ${id}`;
    case 'insert': {
      const card = pick(cards);
      const refund = next() < 0.25;
      const amount = (refund ? 1 : -1) * (100 + Math.floor(next() * 20_000));
      await db.query(
        `INSERT INTO public.transactions (id, authorization_id, card_id, cardholder_id, type, amount, currency, merchant_amount, merchant_currency,
           merchant_category, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
         SELECT $1, NULL, c.id, c.cardholder_id, $3, $4, c.currency, $4, c.currency, $5,
                timestamptz '2026-06-01 00:00:00+00' + make_interval(hours => $6), 0, now(), 'evt_test_mix'
           FROM public.cards c WHERE c.id = $2`,
        [`ipi_test_mix_${step}`, card.id, refund ? 'refund' : 'capture', amount, pick(categories), Math.floor(next() * 24 * 120)],
      );
      return `insert ipi_test_mix_${step} on ${card.id}`;
    }
  }
}

beforeAll(async () => {
  server = await startTestPostgres();
  db = new pg.Pool({ connectionString: await migratedDatabase(server.url, 'card_rollups'), max: 2 });
  db.on('error', () => undefined); // an idle client cut off when the server stops must not crash the run
  await insertKnownUsers(db);
  await applyInOrder(db, story.events);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('per-card spend rollups', () => {
  it('after the events, each card\'s spend per category is -sum of its transactions\' amounts, from the events alone', async () => {
    // Prepare: settled spend per (card, currency, category) by Stripe's semantics.
    const expected = new Map<string, number>();
    for (const tx of finalObjects(story.events).transactions) {
      const key = `${tx.card}/${tx.currency}/${tx.merchantCategory}`;
      expected.set(key, (expected.get(key) ?? 0) - tx.amount);
    }

    // Act
    const rows = await cardCategoryView();

    // Assert
    expect(new Set(rows.map((row) => row.card_id)).size).toBe(3);
    expect(new Map(rows.map((row) => [`${String(row.card_id)}/${String(row.currency)}/${String(row.merchant_category)}`, Number(row.settled_spend)]))).toEqual(expected);
  });

  it('after a random mix of card moves, category, amount and day changes, refunds, deletes and inserts, equal GROUP BYs over the transactions', async () => {
    // Prepare
    const next = random(20261201);
    const done: string[] = [];

    // Act
    for (let step = 0; step < 150; step += 1) done.push(await mutate(next, step));

    // Assert: every kind of change happened, and the rollups still equal the base table.
    for (const kind of ['card', 'no-card', 'category', 'amount', 'refund', 'day', 'delete', 'insert']) {
      expect(done.some((line) => line.startsWith(kind)), kind).toBe(true);
    }
    expect(await cardCategoryView()).toEqual(await expectedCardCategories());
    expect(await cardPeriodView()).toEqual(await expectedCardPeriods());
    expect((await cardPeriodView()).length).toBeGreaterThan(20);
  });

  it('summed over cards, plus the transactions without a card, equal the per-cardholder rollups', async () => {
    // Prepare: the mix above left some transactions without a card.
    const withoutCard = await query('SELECT count(*)::int AS n FROM public.transactions WHERE card_id IS NULL');
    expect(Number(withoutCard[0]?.n)).toBeGreaterThan(0);

    // Act
    const categories = await cardholderCategoriesFromCards();
    const periods = await cardholderPeriodsFromCards();

    // Assert
    expect(categories).toEqual(await cardholderCategoryView());
    expect(periods).toEqual(await cardholderPeriodView());
  });

  it('the rebuild function gives the same rows as the triggers', async () => {
    // Prepare
    const kept = await snapshotReadModel(db);

    // Act
    const rebuilt = await recomputedReadModel(db);

    // Assert
    expect(kept.spending_rollup_card_categories.length).toBeGreaterThan(5);
    expect(rebuilt).toEqual(kept);
  });

  it('a TRUNCATE of the transactions clears the per-card rollups', async () => {
    // Act
    await db.query('TRUNCATE public.transactions');

    // Assert
    expect(await query('SELECT * FROM public.spending_rollup_card_categories')).toEqual([]);
    expect(await query('SELECT * FROM public.spending_rollup_card_periods')).toEqual([]);
  });
});

describe('migration 1796148200000_card_spend_rollups', () => {
  const VERSION = '1796148200000';

  /** Public functions (with their definitions), relations and triggers of a database. */
  async function schemaOf(url: string): Promise<unknown> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const read = async (sql: string) => (await client.query<Record<string, unknown>>(sql)).rows;
      return {
        functions: await read(`SELECT p.proname, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
                                 JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1, 2`),
        relations: await read(`SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'public' ORDER BY 1`),
        triggers: await read(`SELECT t.tgname, t.tgrelid::regclass::text AS relation, t.tgfoid::regproc::text AS function
                                FROM pg_trigger t WHERE NOT t.tgisinternal ORDER BY 1, 2`),
      };
    } finally {
      await client.end();
    }
  }

  async function run(url: string, sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  it('down.sql brings the schema back to what the migrations before it made, and up.sql applies again after it', async () => {
    // Prepare: one database with only the earlier migrations, one with all of them.
    const before = await createDatabase(server.url, 'card_rollups_before');
    for (const migration of (await readMigrations(MIGRATIONS_DIR)).filter((m) => BigInt(m.version) < BigInt(VERSION))) {
      await run(before, migration.upSql);
    }
    const all = await migratedDatabase(server.url, 'card_rollups_down');
    const folder = path.join(MIGRATIONS_DIR, `${VERSION}_card_spend_rollups`);
    const [up, down] = await Promise.all([readFile(path.join(folder, 'up.sql'), 'utf8'), readFile(path.join(folder, 'down.sql'), 'utf8')]);

    // Act
    await run(all, down);
    const afterDown = await schemaOf(all);
    await run(all, up);
    const afterUpAgain = await schemaOf(all);

    // Assert
    expect(afterDown).toEqual(await schemaOf(before));
    expect(JSON.stringify(afterUpAgain)).toMatch(/card_spend_by_category/);
  });
});
