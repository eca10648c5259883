/**
 * How PostgreSQL executes the dashboard's queries as the server sends them, on a user holding
 * 100,000 authorizations and 100,000 transactions among other users' rows. auto_explain logs
 * each statement's executed plan with row counts; a plan whose nodes touch only about a page of
 * rows is index-driven (no sort of the user's whole history), however deep the page.
 * Counts, not timings: speed itself belongs to `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { METADATA_DIR } from '@issuing/db-migrate';
import { freePort, startDevPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer, type HasuraServer } from '@issuing/hasura-compatible-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  cardholderToken,
  dataOf,
  DEV_ADMIN_SECRET,
  DEV_JWT_SECRET,
  graphql,
  loadBulkData,
  loadDashboardOperations,
  migratedDatabase,
  USER_A,
} from '@issuing/graphql-test-kit';

const BIG = 100_000;
const operations = loadDashboardOperations();
let dataDir: string;
let postgres: DevPostgres;
let pool: pg.Pool;
let server: HasuraServer;
let token: string;
let log = '';

function op(name: string): string {
  const found = operations.get(name);
  if (!found) throw new Error(`no operation ${name}`);
  return found.text;
}

interface PlanNode {
  line: string;
  rows: number;
}

/** The executed plan nodes logged while `work` ran. */
async function planOf(work: () => Promise<unknown>): Promise<{ text: string; nodes: PlanNode[] }> {
  const start = log.length;
  await work();
  // PostgreSQL's log reaches us asynchronously: wait until the executed plan has been logged.
  for (let waited = 0; waited < 10_000 && !/actual rows=/.test(log.slice(start)); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  const text = log.slice(start);
  const nodes = text.split('\n').flatMap((line) => {
    const match = /\(actual rows=(\d+)|actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/.exec(line);
    const rows = match?.[1] ?? match?.[2];
    return rows === undefined ? [] : [{ line: line.trim(), rows: Number(rows) }];
  });
  return { text, nodes };
}

function maxRows(nodes: PlanNode[], pattern: RegExp = /./): number {
  return Math.max(0, ...nodes.filter((node) => pattern.test(node.line)).map((node) => node.rows));
}

/** Nodes that read the feed, and sorts: a page must touch about one page of them. */
const FEED_OR_SORT = /feed_entries|Sort|Limit/;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-plans-'));
  postgres = await startDevPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    onLog: (line: unknown) => {
      log += `${String(line)}\n`;
    },
  });
  const databaseUrl = await migratedDatabase(postgres.url, 'query_plans');
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  await loadBulkData(pool, { cardholders: 200, bigUserId: USER_A, bigCount: BIG, total: BIG + 199 * 500 });
  await pool.query('ANALYZE');
  // Only the server's new sessions explain their statements.
  await pool.query(`ALTER DATABASE query_plans SET session_preload_libraries = 'auto_explain'`);
  await pool.query('ALTER DATABASE query_plans SET auto_explain.log_min_duration = 0');
  await pool.query('ALTER DATABASE query_plans SET auto_explain.log_analyze = on');
  await pool.query('ALTER DATABASE query_plans SET auto_explain.log_timing = off');
  server = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl, adminSecret: DEV_ADMIN_SECRET, jwtSecret: DEV_JWT_SECRET, port: 0 });
  token = await cardholderToken({ userId: USER_A });
  // Let the server's start-up statements (catalog introspection) reach the log before measuring.
  dataOf(await graphql(server.url, '{ users { id } }', { headers: bearer(token) }));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}, 300_000);

afterAll(async () => {
  await server?.close();
  await pool?.end();
  await postgres?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('dashboard query plans over 100,000 rows of one user', () => {
  it('the first feed page reads about one page of feed entries through the (user_id, occurred_at, id) index', async () => {
    // Act
    const plan = await planOf(async () => dataOf(await graphql(server.url, op('ActivityFeed'), { variables: { limit: 20 }, headers: bearer(token) })));

    // Assert
    expect(plan.text).toMatch(/Index Scan using feed_entries_user_occurred_idx/);
    expect(plan.text).not.toMatch(/Seq Scan on feed_entries/);
    expect(maxRows(plan.nodes, FEED_OR_SORT)).toBeLessThanOrEqual(21);
  });

  it('a page 100 pages deep reads no more rows than the first', async () => {
    // Prepare
    const cursor = (await pool.query<{ occurred_at: Date; id: string }>(
      `SELECT occurred_at, id FROM public.activity_feed WHERE user_id = $1 ORDER BY occurred_at DESC, id DESC OFFSET 1999 LIMIT 1`, [USER_A])).rows[0];
    if (!cursor) throw new Error('user A has fewer than 2000 feed entries');

    // Act
    const plan = await planOf(async () => {
      const data = dataOf(await graphql(server.url, op('ActivityFeedPage'), {
        variables: { limit: 20, beforeOccurredAt: cursor.occurred_at.toISOString(), beforeId: cursor.id }, headers: bearer(token),
      }));
      expect(Array.isArray(data.activity_feed) && data.activity_feed.length).toBe(20);
    });

    // Assert
    expect(plan.text).toMatch(/Index Scan using feed_entries_user_occurred_idx/);
    expect(plan.text).not.toMatch(/Seq Scan on feed_entries/);
    const feedScan = plan.text.split('feed_entries_user_occurred_idx')[1]?.split('SubPlan')[0] ?? '';
    expect(feedScan).not.toMatch(/Rows Removed by Filter: \d{2,}/);
    expect(maxRows(plan.nodes, FEED_OR_SORT)).toBeLessThanOrEqual(21);
  });

  it('a period\'s transactions are read through the (cardholder_id, created_at, id) index, that period\'s rows only', async () => {
    // Prepare: the busiest UTC week of the user's transactions, bounded as the dashboard bounds it.
    const week = (await pool.query<{ start: string; end: string; count: string }>(
      `SELECT to_char(w, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS start, to_char(w + interval '7 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS end, count(*) AS count
       FROM (SELECT date_trunc('week', t.created_at AT TIME ZONE 'UTC') AS w FROM public.transactions t JOIN public.users u ON u.cardholder_id = t.cardholder_id
             WHERE u.id = $1) weeks
       GROUP BY w ORDER BY count(*) DESC LIMIT 1`, [USER_A])).rows[0];
    if (!week || Number(week.count) <= 100) throw new Error('user A has no week with more than a page of transactions');
    const where = { _and: [{ created_at: { _gte: week.start } }, { created_at: { _lt: week.end } }, { currency: { _eq: 'usd' } }] };

    // Act
    const plan = await planOf(async () => {
      const data = dataOf(await graphql(server.url, op('PeriodTransactions'), { variables: { where, limit: 100 }, headers: bearer(token) }));
      expect(Array.isArray(data.transactions) && data.transactions.length).toBe(100);
    });

    // Assert: the period bounds reach the index (no scan of the user's 100,000 transactions).
    expect(plan.text).toMatch(/Index Scan using transactions_cardholder_created_idx[^\n]*\n\s*Index Cond: \(\(cardholder_id = \w+\.id\) AND \(created_at >= /);
    expect(plan.text).not.toMatch(/Seq Scan on transactions/);
    expect(maxRows(plan.nodes, /transactions/)).toBeLessThanOrEqual(Number(week.count));
    expect(Number(week.count)).toBeLessThan(BIG / 4);
  });

  it('totals, spend by category and spend over time (per cardholder and per card) read the user\'s rollup rows by key, never the projections', async () => {
    const card = (await pool.query<{ id: string; currency: string }>(
      'SELECT c.id, c.currency FROM cards c JOIN users u ON u.cardholder_id = c.cardholder_id WHERE u.id = $1 ORDER BY c.id LIMIT 1', [USER_A])).rows[0];
    if (!card) throw new Error('user A has no card');
    for (const [name, variables] of [
      ['SpendingTotals', {}],
      ['SpendByCategory', { currency: 'usd', limit: 10 }],
      ['SpendOverTime', { currency: 'usd', granularity: 'day', from: '2025-01-01' }],
      ['CardSpendByCategory', { cardId: card.id, currency: card.currency, limit: 10 }],
      ['CardSpendOverTime', { cardId: card.id, currency: card.currency, granularity: 'day', from: '2025-01-01' }],
    ] as const) {
      // Act
      const plan = await planOf(async () => dataOf(await graphql(server.url, op(name), { variables, headers: bearer(token) })));

      // Assert
      expect(plan.text, name).toMatch(/Index Scan using spending_rollup_\w+_pkey/);
      expect(plan.text, name).not.toMatch(/Seq Scan on (spending_rollup|authorizations|transactions|feed_entries)/);
      expect(plan.text, name).not.toMatch(/on (authorizations|transactions|feed_entries)\b/);
      expect(maxRows(plan.nodes), name).toBeLessThanOrEqual(1000);
    }
  });
});
