// @vitest-environment node
/**
 * A period of "Spend over time" drills down to the rows that sum to it: against real PostgreSQL
 * (the project's migrations, the read model's triggers) and the Hasura-compatible server, the
 * transactions the dashboard lists for a day or a week (its where, its operations) add up to that
 * period's settled_spend and transaction_count in spend_over_time, with a capture whose
 * authorization was on an earlier day, a refund, instants at the day's edges, another currency
 * and another cardholder's spend on the same days.
 */
import { METADATA_DIR } from '@issuing/db-migrate';
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer, type HasuraServer } from '@issuing/hasura-compatible-server';
import { bearer, cardholderToken, DEV_ADMIN_SECRET, DEV_JWT_SECRET, graphql, migratedDatabase } from '@issuing/graphql-test-kit';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FILTER, type ActivityFilter } from '../src/domain/activity-filter';
import { periodDays } from '../src/domain/period';
import { periodTransactionsWhere } from '../src/domain/period-transactions';
import { byWeek } from '../src/domain/weeks';
import { PeriodTransactionsDocument, PeriodTransactionsTotalDocument, SpendOverTimeDocument } from '../src/gql/graphql';

const USER = '6f1f3c1e-9a43-4c55-8f2b-7d0c6b1d2a10';
const OTHER_USER = '0b7c6a52-1f0e-4d8e-9a1e-3c5b2d4e6f70';

interface Txn {
  readonly id: string;
  readonly cardholder: string;
  readonly card: string;
  readonly authorization: string | null;
  readonly type: 'capture' | 'refund';
  /** Stripe's sign: captures negative, refunds positive. */
  readonly amount: number;
  readonly currency: string;
  readonly at: string;
}

// Monday 30 November 2026 is the last day of a month and starts a week that ends in December.
const AUTHORIZATIONS = [
  // Authorized on Sunday 29 November (the week before), captured on Monday 30 November.
  { id: 'iauth_late_capture', cardholder: 'ich_a', card: 'ic_a1', amount: 5000, at: '2026-11-29T23:30:00Z' },
  { id: 'iauth_refunded', cardholder: 'ich_a', card: 'ic_a1', amount: 2000, at: '2026-11-30T12:00:00Z' },
];
const TRANSACTIONS: Txn[] = [
  { id: 'ipi_late_capture', cardholder: 'ich_a', card: 'ic_a1', authorization: 'iauth_late_capture', type: 'capture', amount: -5000, currency: 'usd', at: '2026-11-30T00:10:00Z' },
  { id: 'ipi_capture', cardholder: 'ich_a', card: 'ic_a1', authorization: 'iauth_refunded', type: 'capture', amount: -2000, currency: 'usd', at: '2026-11-30T12:05:00Z' },
  // Refunded on Wednesday: in the week, not in Monday.
  { id: 'ipi_refund', cardholder: 'ich_a', card: 'ic_a1', authorization: 'iauth_refunded', type: 'refund', amount: 700, currency: 'usd', at: '2026-12-02T09:00:00Z' },
  // A force capture (no authorization) on the other card in Monday's last millisecond.
  { id: 'ipi_force_capture', cardholder: 'ich_a', card: 'ic_a2', authorization: null, type: 'capture', amount: -300, currency: 'usd', at: '2026-11-30T23:59:59.999Z' },
  { id: 'ipi_tuesday_midnight', cardholder: 'ich_a', card: 'ic_a1', authorization: null, type: 'capture', amount: -111, currency: 'usd', at: '2026-12-01T00:00:00Z' },
  { id: 'ipi_next_week', cardholder: 'ich_a', card: 'ic_a1', authorization: null, type: 'capture', amount: -999, currency: 'usd', at: '2026-12-07T00:00:00Z' },
  { id: 'ipi_sunday_before', cardholder: 'ich_a', card: 'ic_a1', authorization: null, type: 'capture', amount: -444, currency: 'usd', at: '2026-11-29T23:59:59Z' },
  { id: 'ipi_euro', cardholder: 'ich_a', card: 'ic_a3', authorization: null, type: 'capture', amount: -1000, currency: 'eur', at: '2026-11-30T10:00:00Z' },
  { id: 'ipi_other_cardholder', cardholder: 'ich_b', card: 'ic_b1', authorization: null, type: 'capture', amount: -5555, currency: 'usd', at: '2026-11-30T10:00:00Z' },
];

let postgres: DevPostgres;
let pool: pg.Pool;
let server: HasuraServer;
let token: string;

async function fill(db: pg.Pool): Promise<void> {
  const snapshot = `1, now(), 'evt_test'`;
  await db.query(`INSERT INTO public.cardholders (id, name, email, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
                  VALUES ('ich_a', 'Ada', 'ada@example.com', now(), ${snapshot}), ('ich_b', 'Bob', 'bob@example.com', now(), ${snapshot})`);
  await db.query(`INSERT INTO public.users (id, name, email, cardholder_id) VALUES ($1, 'Ada', 'ada@example.com', 'ich_a'), ($2, 'Bob', 'bob@example.com', 'ich_b')`, [USER, OTHER_USER]);
  await db.query(`INSERT INTO public.cards (id, cardholder_id, brand, last4, currency, status, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
                  VALUES ('ic_a1', 'ich_a', 'Visa', '4242', 'usd', 'active', now(), ${snapshot}), ('ic_a2', 'ich_a', 'Visa', '0005', 'usd', 'active', now(), ${snapshot}),
                         ('ic_a3', 'ich_a', 'Visa', '3220', 'eur', 'active', now(), ${snapshot}), ('ic_b1', 'ich_b', 'Visa', '1881', 'usd', 'active', now(), ${snapshot})`);
  for (const auth of AUTHORIZATIONS) {
    await db.query(
      `INSERT INTO public.authorizations (id, card_id, cardholder_id, amount, currency, merchant_amount, merchant_currency, approved, status, merchant_name, merchant_category, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
       VALUES ($1, $2, $3, $4, 'usd', $4, 'usd', true, 'closed', 'Corner Shop', 'grocery_stores_supermarkets', $5, ${snapshot})`,
      [auth.id, auth.card, auth.cardholder, auth.amount, auth.at],
    );
  }
  for (const t of TRANSACTIONS) {
    await db.query(
      `INSERT INTO public.transactions (id, authorization_id, card_id, cardholder_id, type, amount, currency, merchant_amount, merchant_currency, merchant_name, merchant_category, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7, 'Corner Shop', 'grocery_stores_supermarkets', $8, ${snapshot})`,
      [t.id, t.authorization, t.card, t.cardholder, t.type, t.amount, t.currency, t.at],
    );
  }
}

function records(value: unknown, what: string): Array<Record<string, unknown>> {
  if (!Array.isArray(value) || !value.every((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)) {
    throw new Error(`${what} is not a list of objects: ${JSON.stringify(value)}`);
  }
  return value;
}

async function query(document: Parameters<typeof print>[0], variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await graphql(server.url.replace(/\/$/, ''), print(document), { variables, headers: bearer(token) });
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The day rows of spend_over_time the chart fetches from `from` on, as the panel reads them. */
async function chartDays(currency: string, from: string) {
  const data = await query(SpendOverTimeDocument, { currency, granularity: 'day', from });
  return records(data.spend_over_time, 'spend_over_time').map((row) => ({
    periodStart: String(row.period_start),
    settledSpend: Number(row.settled_spend),
    transactionCount: Number(row.transaction_count),
  }));
}

/** What the activity lists for the period filter: the rows' ids, -Σ amount, and the aggregate beside them. */
async function drillDown(filter: ActivityFilter) {
  const where = periodTransactionsWhere(filter);
  if (!where) throw new Error('the period filter gave no where');
  const rows = records((await query(PeriodTransactionsDocument, { where, limit: 1000 })).transactions, 'transactions');
  const total = (await query(PeriodTransactionsTotalDocument, { where })).transactions_aggregate;
  return {
    ids: rows.map((row) => String(row.id)).sort(),
    spend: -rows.reduce((sum, row) => sum + Number(row.amount), 0),
    total,
  };
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  const databaseUrl = await migratedDatabase(postgres.url, 'period_drilldown');
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined); // idle clients cut off at shutdown
  await fill(pool);
  server = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl, adminSecret: DEV_ADMIN_SECRET, jwtSecret: DEV_JWT_SECRET, port: 0 });
  token = await cardholderToken({ userId: USER });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await pool?.end();
  await postgres?.stop();
});

describe('a period of Spend over time drills down to its transactions', () => {
  it('a day: the rows are the transactions created that UTC day in the currency, and sum to its settled spend and count', async () => {
    // Prepare: Monday 30 November = the late capture 50.00 + the capture 20.00 + the force capture 3.00.
    const day = (await chartDays('usd', '2026-11-01')).find((row) => row.periodStart === '2026-11-30');
    const range = periodDays('2026-11-30', 'day', '2026-11-01');

    // Act
    const drilled = await drillDown({ ...NO_FILTER, ...range, currency: 'usd' });

    // Assert
    expect(day).toEqual({ periodStart: '2026-11-30', settledSpend: 7300, transactionCount: 3 });
    expect(drilled.ids).toEqual(['ipi_capture', 'ipi_force_capture', 'ipi_late_capture']);
    expect(drilled.spend).toBe(day?.settledSpend);
    expect(drilled.total).toEqual({ aggregate: { count: 3, sum: { amount: -7300 } } });
  });

  it('a week crossing into December: the rows include its refund and sum to the week the chart shows', async () => {
    // Prepare: Mon 30 Nov – Sun 6 Dec = 50.00 + 20.00 − 7.00 refunded + 3.00 + 1.11.
    const week = byWeek(await chartDays('usd', '2026-11-01')).find((row) => row.periodStart === '2026-11-30');
    const range = periodDays('2026-11-30', 'week', '2026-11-01');

    // Act
    const drilled = await drillDown({ ...NO_FILTER, ...range, currency: 'usd' });

    // Assert
    expect(range).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(week).toEqual({ periodStart: '2026-11-30', settledSpend: 6711, transactionCount: 5 });
    expect(drilled.ids).toEqual(['ipi_capture', 'ipi_force_capture', 'ipi_late_capture', 'ipi_refund', 'ipi_tuesday_midnight']);
    expect(drilled.spend).toBe(week?.settledSpend);
    expect(drilled.total).toEqual({ aggregate: { count: 5, sum: { amount: -6711 } } });
  });

  it('a week that began before the chart\'s range: the rows are those of the days the bar sums', async () => {
    // Prepare: a range starting Wednesday 2 December holds only the refund of that week.
    const week = byWeek(await chartDays('usd', '2026-12-02')).find((row) => row.periodStart === '2026-11-30');
    const range = periodDays('2026-11-30', 'week', '2026-12-02');

    // Act
    const drilled = await drillDown({ ...NO_FILTER, ...range, currency: 'usd' });

    // Assert
    expect(week).toEqual({ periodStart: '2026-11-30', settledSpend: -700, transactionCount: 1 });
    expect(drilled.ids).toEqual(['ipi_refund']);
    expect(drilled.spend).toBe(-700);
  });

  it('narrowed to one card and to refunds, the rows are that part of the period', async () => {
    // Act
    const card = await drillDown({ ...NO_FILTER, from: '2026-11-30', to: '2026-12-06', currency: 'usd', card: 'ic_a2' });
    const refunds = await drillDown({ ...NO_FILTER, from: '2026-11-30', to: '2026-12-06', currency: 'usd', outcome: 'refunded' });

    // Assert
    expect(card.ids).toEqual(['ipi_force_capture']);
    expect(refunds.ids).toEqual(['ipi_refund']);
    expect(refunds.spend).toBe(-700);
  });
});
