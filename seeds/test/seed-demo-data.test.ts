import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { applyMigrationsDirect, MIGRATIONS_DIR } from '@issuing/db-migrate';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, SeedError, seedDemoData } from '../src/index.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_USER = '332787f1-1814-47e1-870e-2b9be86d1533';
const TABLES = ['users', 'cardholders', 'cards', 'authorizations', 'transactions', 'stripe_events'] as const;

let server: DevPostgres;
let url: string;
let client: pg.Client;

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

async function tableContents(): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM public.${table} t ORDER BY t.id::text`);
    contents[table] = rows.map((r) => r.row).join('\n');
  }
  return contents;
}

beforeAll(async () => {
  server = await startTestPostgres();
  url = await createDatabase(server.url, 'seeds_test');
  await applyMigrationsDirect(url, MIGRATIONS_DIR);
  client = new pg.Client({ connectionString: url });
  await client.connect();
  await seedDemoData(url);
}, 180_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

describe('seedDemoData', () => {
  it('creates the three design users, each linked to the cardholder with their email, with cards', async () => {
    const rows = await query<{ id: string; email: string; cardholder_email: string | null; cards: string }>(
      `SELECT u.id, u.email, ch.email AS cardholder_email,
              (SELECT count(*) FROM public.cards c WHERE c.cardholder_id = u.cardholder_id) AS cards
         FROM public.users u LEFT JOIN public.cardholders ch ON ch.id = u.cardholder_id ORDER BY u.id`,
    );

    expect(rows.map((r) => r.id).sort()).toEqual(DEMO_USERS.map((u) => u.id).sort());
    for (const row of rows) {
      expect(row.cardholder_email).toBe(row.email);
      expect(Number(row.cards)).toBeGreaterThan(0);
    }
  });

  it('gives the default user over 1,000 authorizations and transactions across months and categories', async () => {
    const [stats] = await query<{ auths: string; txns: string; months: string; categories: string }>(
      `SELECT (SELECT count(*) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id) AS auths,
              (SELECT count(*) FROM public.transactions t WHERE t.cardholder_id = u.cardholder_id) AS txns,
              (SELECT count(DISTINCT date_trunc('month', a.created_at)) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id) AS months,
              (SELECT count(DISTINCT a.merchant_category) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id) AS categories
         FROM public.users u WHERE u.id = $1`,
      [DEFAULT_USER],
    );

    expect(Number(stats?.auths)).toBeGreaterThan(1000);
    expect(Number(stats?.txns)).toBeGreaterThan(1000);
    expect(Number(stats?.months)).toBeGreaterThanOrEqual(3);
    expect(Number(stats?.categories)).toBeGreaterThanOrEqual(8);
  });

  it("includes declines, refunds, reversals and pending holds in the default user's history", async () => {
    const [stats] = await query<{ declines: string; refunds: string; reversals: string; holds: string }>(
      `SELECT (SELECT count(*) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id AND NOT a.approved AND a.decline_reason IS NOT NULL) AS declines,
              (SELECT count(*) FROM public.transactions t WHERE t.cardholder_id = u.cardholder_id AND t.type = 'refund') AS refunds,
              (SELECT count(*) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id AND a.status = 'reversed') AS reversals,
              (SELECT count(*) FROM public.authorizations a WHERE a.cardholder_id = u.cardholder_id AND a.status = 'pending' AND a.approved) AS holds
         FROM public.users u WHERE u.id = $1`,
      [DEFAULT_USER],
    );

    expect(Number(stats?.declines)).toBeGreaterThan(0);
    expect(Number(stats?.refunds)).toBeGreaterThan(0);
    expect(Number(stats?.reversals)).toBeGreaterThan(0);
    expect(Number(stats?.holds)).toBeGreaterThan(0);
  });

  it('stores captures as negative and refunds as positive amounts, as Stripe sends them', async () => {
    const rows = await query<{ type: string; positive: string; negative: string }>(
      `SELECT type, count(*) FILTER (WHERE amount > 0) AS positive, count(*) FILTER (WHERE amount < 0) AS negative
         FROM public.transactions GROUP BY type ORDER BY type`,
    );

    expect(rows.map((row) => ({ type: row.type, positive: row.positive !== '0', negative: row.negative !== '0' }))).toEqual([
      { type: 'capture', positive: false, negative: true },
      { type: 'refund', positive: true, negative: false },
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await tableContents();

    const summary = await seedDemoData(url);

    expect(summary.usersInserted).toBe(0);
    expect(await tableContents()).toEqual(before);
  }, 180_000);

  it('says to run the migrations when the schema is missing', async () => {
    const empty = await createDatabase(server.url, 'seeds_no_schema');

    await expect(seedDemoData(empty)).rejects.toThrow(SeedError);
    await expect(seedDemoData(empty)).rejects.toThrow(/npm run migrations/);
  });
});

describe('npm run seeds', () => {
  it('exits non-zero with one readable line when DATABASE_URL is missing', async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;

    const failure = await run(process.execPath, ['--import', 'tsx', 'seeds/src/cli.ts'], { cwd: ROOT, env }).then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(failure).toMatchObject({ code: 1 });
    const stderr = failure !== null && typeof failure === 'object' && 'stderr' in failure ? String(failure.stderr) : '';
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/DATABASE_URL is not set/);
  }, 60_000);
});
