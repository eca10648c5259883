/**
 * The GraphQL API under the dashboard's queries: 1,000,000 authorizations and 1,000,000
 * transactions across 1,000 users, the default user holding 100,000 of each, loaded set-based.
 * For each dashboard query: p50/p95 through the Hasura-compatible server (a child process, as
 * `npm start` runs it, so its memory is its own) and the very SQL it sends run directly (the
 * floor). Targets (issue 3): p95 <= 25 ms, server <= 1.5x direct, deep page as fast as the
 * first, server RSS < 200 MB.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { METADATA_DIR } from '@issuing/db-migrate';
import { freePort, startDevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer } from '@issuing/hasura-compatible-server';
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
import pg from 'pg';
import { atMost, below, info, type Log, type SectionResult } from '../result.js';
import { rssOf, startServerProcess, stopServerProcess } from '../server-process.js';
import { now, summarize, type LatencySummary } from '../stats.js';
import { isRecord } from '@issuing/kernel';

const SECTION = 'graphql api';
const DATABASE = 'graphql_bench';
const WARMUP = 30;
const SAMPLES = 300;

interface DashboardQuery {
  name: string;
  operation: string;
  /** The view its one root field reads, to find its statement in the log. */
  root: string;
  variables: Record<string, unknown>;
}

interface CapturedSql {
  text: string;
  params: Array<string | null>;
}

/** `$1 = 'a', $2 = NULL` as PostgreSQL's log prints bind parameters. */
function parseParameters(line: string): Array<string | null> {
  const params: Array<string | null> = [];
  for (const match of line.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    params[Number(match[1]) - 1] = match[2] === 'NULL' ? null : (match[3] ?? '').replaceAll("''", "'");
  }
  return params;
}

/** The statement auto_explain logged in `log` for the root field `root` (the last one). */
function capturedStatement(log: string, root: string, name: string): CapturedSql | undefined {
  const blocks = log.split(/LOG: {2}duration: /).filter((block) => block.includes(`"public"."${root}"`));
  const block = blocks[blocks.length - 1];
  if (!block) return undefined;
  const text = /Query Text: (.+)/.exec(block)?.[1];
  if (!text) throw new Error(`the logged statement of ${name} has no text`);
  const parameters = /Query Parameters: (.*)/.exec(block)?.[1];
  if (text.includes('$1') && parameters === undefined) return undefined; // the rest is still on its way
  return { text, params: parameters ? parseParameters(parameters) : [] };
}



/**
 * POST /v1/graphql over one kept-alive connection with node:http. The floor is measured with pg's
 * lean client, so the server is measured with a lean one too: fetch (undici) spends ~0.3 ms of
 * its own per request here (WHATWG streams and Headers), which is the client's time, not the
 * server's.
 */
interface TimedAnswer {
  data: Record<string, unknown>;
  /** The server's own time for the request, from its Server-Timing header. */
  serverMs: number | undefined;
}

function serverTimingMs(header: string | undefined): number | undefined {
  const match = header ? /total;dur=([0-9.]+)/.exec(header) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

function keepAliveGraphql(url: string, headers: Record<string, string>): { post(query: string, variables: Record<string, unknown>): Promise<TimedAnswer>; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = (query: string, variables: Record<string, unknown>): Promise<TimedAnswer> => {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const request = http.request(`${url}/v1/graphql`, {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (!isRecord(parsed)) throw new Error(`not a GraphQL response (HTTP ${response.statusCode})`);
            const timing = response.headers['server-timing'];
            resolve({ data: dataOf(parsed), serverMs: serverTimingMs(Array.isArray(timing) ? timing[0] : timing) });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      });
      request.on('error', reject);
      request.end(body);
    });
  };
  return { post, close: () => agent.destroy() };
}

async function measure(run: () => Promise<unknown>): Promise<LatencySummary> {
  for (let index = 0; index < WARMUP; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < SAMPLES; index += 1) {
    const started = now();
    await run();
    samples.push(now() - started);
  }
  return summarize(samples);
}

/** Round trips as the client sees them, and the server's own time for the same requests. */
async function measureServer(run: () => Promise<TimedAnswer>): Promise<{ client: LatencySummary; server: LatencySummary }> {
  for (let index = 0; index < WARMUP; index += 1) await run();
  const client: number[] = [];
  const server: number[] = [];
  for (let index = 0; index < SAMPLES; index += 1) {
    const started = now();
    const answer = await run();
    client.push(now() - started);
    if (answer.serverMs === undefined) throw new Error('the server sent no Server-Timing header');
    server.push(answer.serverMs);
  }
  return { client: summarize(client), server: summarize(server) };
}

export async function benchGraphqlApi(options: { log: Log }): Promise<SectionResult> {
  const operations = loadDashboardOperations();
  const textOf = (name: string): string => {
    const found = operations.get(name);
    if (!found) throw new Error(`ui/src/operations has no ${name}`);
    return found.text;
  };
  let log = '';
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-bench-graphql-'));
  const postgres = await startDevPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', shared_buffers: '256MB', max_wal_size: '4GB' },
    onLog: (line: unknown) => {
      log += `${String(line)}\n`;
    },
  });
  let child: ChildProcess | undefined;
  let pool: pg.Pool | undefined;
  try {
    const databaseUrl = await migratedDatabase(postgres.url, DATABASE);
    pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    pool.on('error', () => undefined); // an idle client cut off at shutdown must not hide the real outcome
    options.log('  graphql api: loading 1,000,000 authorizations and 1,000,000 transactions …');
    let started = now();
    await loadBulkData(pool, { cardholders: 1000, bigUserId: USER_A, bigCount: 100_000, total: 1_000_000 });
    await pool.query('VACUUM ANALYZE');
    const loadSeconds = Math.round((now() - started) / 100) / 10;
    options.log(`  graphql api: loaded and read model rebuilt in ${loadSeconds} s`);

    const cursor = (await pool.query<{ occurred_at: Date; id: string }>(
      'SELECT occurred_at, id FROM public.activity_feed WHERE user_id = $1 ORDER BY occurred_at DESC, id DESC OFFSET 1999 LIMIT 1', [USER_A])).rows[0];
    if (!cursor) throw new Error('the default user has fewer than 2,000 feed entries');
    const queries: DashboardQuery[] = [
      { name: 'feed first page', operation: 'ActivityFeed', root: 'activity_feed', variables: { limit: 20 } },
      { name: 'feed page 100 deep', operation: 'ActivityFeedPage', root: 'activity_feed', variables: { limit: 20, beforeOccurredAt: cursor.occurred_at.toISOString(), beforeId: cursor.id } },
      { name: 'totals', operation: 'SpendingTotals', root: 'spending_totals', variables: {} },
      { name: 'spend by category', operation: 'SpendByCategory', root: 'spend_by_category', variables: { currency: 'usd', limit: 10 } },
      { name: 'spend over time (days)', operation: 'SpendOverTime', root: 'spend_over_time', variables: { currency: 'usd', granularity: 'day', from: '2025-01-01' } },
      { name: 'spend over time (months)', operation: 'SpendOverTime', root: 'spend_over_time', variables: { currency: 'usd', granularity: 'month', from: '2025-01-01' } },
    ];
    const token = await cardholderToken({ userId: USER_A, expiresIn: 3 * 3600 });

    // 1. The exact SQL the server sends for each query, from auto_explain's log.
    await pool.query(`ALTER DATABASE ${DATABASE} SET session_preload_libraries = 'auto_explain'`);
    await pool.query(`ALTER DATABASE ${DATABASE} SET auto_explain.log_min_duration = 0`);
    const capturing = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl, adminSecret: DEV_ADMIN_SECRET, jwtSecret: DEV_JWT_SECRET, port: 0 });
    const statements = new Map<string, CapturedSql>();
    try {
      for (const query of queries) {
        const mark = log.length;
        dataOf(await graphql(capturing.url, textOf(query.operation), { variables: query.variables, headers: bearer(token) }));
        // PostgreSQL's log reaches us asynchronously: wait for this statement's plan.
        let statement: CapturedSql | undefined;
        for (let waited = 0; waited < 10_000 && !statement; waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          statement = capturedStatement(log.slice(mark), query.root, query.name);
        }
        if (!statement) throw new Error(`no SQL was logged for ${query.name}`);
        statements.set(query.name, statement);
      }
    } finally {
      await capturing.close();
      await pool.query(`ALTER DATABASE ${DATABASE} RESET ALL`);
    }
    await pool.end();
    pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    pool.on('error', () => undefined);
    const direct = pool;

    // 2. The server as its own process, as npm start runs it.
    const server = await startServerProcess(databaseUrl);
    child = server.child;
    const { url, pid } = server;

    const client = keepAliveGraphql(url, bearer(token));
    const measurements = [];
    const details: Record<string, unknown> = { loadSeconds, samplesPerQuery: SAMPLES, users: 1000, rows: { authorizations: 1_000_000, transactions: 1_000_000, defaultUser: 100_000 } };
    const p95ByQuery = new Map<string, number>();
    for (const query of queries) {
      const statement = statements.get(query.name);
      if (!statement) throw new Error(`no SQL captured for ${query.name}`);
      const text = textOf(query.operation);
      started = now();
      const { client: observed, server } = await measureServer(() => client.post(text, query.variables));
      const floor = await measure(() => direct.query(statement.text, statement.params));
      p95ByQuery.set(query.name, observed.p95);
      options.log(`  ${query.name}: client p50 ${observed.p50} / p95 ${observed.p95} ms; server time p50 ${server.p50} ms; direct SQL p50 ${floor.p50} / p95 ${floor.p95} ms`);
      const ratio = (value: number): number => Math.round((value / floor.p50) * 100) / 100;
      measurements.push(
        info(SECTION, `${query.name} p50`, observed.p50, 'ms'),
        atMost(SECTION, `${query.name} p95`, observed.p95, 'ms', 25),
        info(SECTION, `${query.name} server time p50`, server.p50, 'ms'),
        info(SECTION, `${query.name} direct SQL p50`, floor.p50, 'ms'),
        info(SECTION, `${query.name} direct SQL p95`, floor.p95, 'ms'),
        // The ratio: the server's time (arrival → answer, Server-Timing) over the same SQL.
        atMost(SECTION, `${query.name} server time/direct p50`, ratio(server.p50), 'x', 1.5),
        // What a client sees adds one HTTP round trip (~0.4 ms here), a floor no server avoids.
        info(SECTION, `${query.name} client-observed/direct p50`, ratio(observed.p50), 'x'),
      );
      details[query.name] = { clientObserved: observed, serverTime: server, direct: floor, sql: statement.text.slice(0, 2000) };
    }
    client.close();
    const first = p95ByQuery.get('feed first page') ?? Number.NaN;
    const deep = p95ByQuery.get('feed page 100 deep') ?? Number.NaN;
    measurements.push(atMost(SECTION, 'feed p95 deep/first', Math.round((deep / first) * 100) / 100, 'x', 1.5));
    const memory = rssOf(pid);
    details.serverMemory = memory;
    measurements.push(below(SECTION, 'server RSS', memory.rssMb, 'MB', 200), info(SECTION, 'server peak RSS', memory.peakMb, 'MB'));
    return { section: SECTION, measurements, details };
  } finally {
    await stopServerProcess(child);
    await pool?.end();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
