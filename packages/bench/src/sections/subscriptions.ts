/**
 * Live queries on the Hasura-compatible server (issue 7): N concurrent subscribers (default 1,000)
 * across N/10 users, each a graphql-ws client with its own WebSocket and JWT, subscribed to one of
 * the dashboard's operations (spending totals, or the first page of the activity feed) turned into
 * a subscription. Measured: the time until every subscriber has its first result, the server's
 * RSS with all of them connected, and the statements per second PostgreSQL runs for them in a
 * steady window (pg_stat_statements; without multiplexing it would be one per subscriber per
 * refetch interval).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, startDevPostgres } from '@issuing/dev-postgres';
import { cardholderToken, loadBulkData, loadDashboardOperations, migratedDatabase, USER_A } from '@issuing/graphql-test-kit';
import { type Client, createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { atMost, info, type Log, type SectionResult } from '../result.js';
import { rssOf, startServerProcess, stopServerProcess } from '../server-process.js';
import { now } from '../stats.js';

const SECTION = 'subscriptions';
const DATABASE = 'subscriptions_bench';
const STEADY_SECONDS = 10;



/**
 * Statements the database ran since the last reset (pg_stat_statements), leaving out the bench's
 * own: queries, and apart from them the transaction control around a query whose role has a lower
 * api_limits.time_limit (BEGIN, SET LOCAL statement_timeout, COMMIT: no query work).
 */
async function statementsRun(pool: pg.Pool): Promise<{ all: number; multiplexed: number; transactionControl: number }> {
  const { rows } = await pool.query<{ queries: string | null; multiplexed: string | null; control: string | null }>(
    `SELECT (sum(calls) FILTER (WHERE NOT control))::text AS queries, (sum(calls) FILTER (WHERE query LIKE '%_hc_cohort%'))::text AS multiplexed,
            (sum(calls) FILTER (WHERE control))::text AS control
     FROM (SELECT calls, query, query ~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SET)\\y' AS control FROM pg_stat_statements
           WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%') AS s`,
  );
  return { all: Number(rows[0]?.queries ?? 0), multiplexed: Number(rows[0]?.multiplexed ?? 0), transactionControl: Number(rows[0]?.control ?? 0) };
}

/** A dashboard query turned into the subscription the dashboard sends (same root field and arguments). */
function asSubscription(text: string): string {
  return text.replace(/^query\b/m, 'subscription');
}

export async function benchSubscriptions(options: { log: Log; subscribers: number }): Promise<SectionResult> {
  const subscribers = options.subscribers;
  const userCount = Math.max(1, Math.round(subscribers / 10));
  const operations = loadDashboardOperations();
  const documents = ['SpendingTotals', 'ActivityFeed'].map((name) => {
    const found = operations.get(name);
    if (!found) throw new Error(`ui/src/operations has no ${name}`);
    return asSubscription(found.text);
  });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-bench-subscriptions-'));
  const postgres = await startDevPostgres({ dataDir, port: await freePort(), persistent: false, settings: { fsync: 'off', synchronous_commit: 'off', shared_preload_libraries: 'pg_stat_statements' } });
  let child: ChildProcess | undefined;
  let pool: pg.Pool | undefined;
  const clients: Client[] = [];
  try {
    const databaseUrl = await migratedDatabase(postgres.url, DATABASE);
    pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    pool.on('error', () => undefined);
    await loadBulkData(pool, { cardholders: userCount, bigUserId: USER_A, bigCount: 1000, total: userCount * 200 });
    await pool.query('VACUUM ANALYZE');
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const users = (await pool.query<{ id: string }>('SELECT id::text AS id FROM public.users ORDER BY email LIMIT $1', [userCount])).rows.map((row) => row.id);

    const server = await startServerProcess(databaseUrl, { HASURA_COMPAT_WS_MAX_CONNECTIONS: String(subscribers + 10) });
    child = server.child;
    const { url, pid } = server;
    const idleRssMb = rssOf(pid).rssMb;

    options.log(`  subscriptions: ${subscribers} subscribers across ${users.length} users …`);
    const tokens = await Promise.all(users.map((userId) => cardholderToken({ userId })));
    let firstResults = 0;
    let errors = 0;
    const started = now();
    for (let index = 0; index < subscribers; index += 1) {
      const client = createClient({
        url: `${url.replace(/^http/, 'ws')}/v1/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { headers: { Authorization: `Bearer ${tokens[index % tokens.length] ?? ''}` } },
        retryAttempts: 0,
      });
      clients.push(client);
      let first = true;
      const query = documents[index % documents.length] ?? '';
      client.subscribe(
        { query, variables: query.includes('$limit') ? { limit: 20 } : {} },
        {
          next: () => {
            if (first) firstResults += 1;
            first = false;
          },
          error: () => {
            errors += 1;
          },
          complete: () => undefined,
        },
      );
    }
    while (firstResults + errors < subscribers) {
      if (now() - started > 120_000) throw new Error(`only ${firstResults} of ${subscribers} subscribers got a first result within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (errors > 0) throw new Error(`${errors} subscriptions failed`);
    const allFirstMs = Math.round(now() - started);
    options.log(`  subscriptions: every subscriber had its first result after ${allFirstMs} ms`);

    // Steady state: unchanged data, so the statements are the polls alone.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await pool.query('SELECT pg_stat_statements_reset()');
    await new Promise((resolve) => setTimeout(resolve, STEADY_SECONDS * 1000));
    const ran = await statementsRun(pool);
    const statementsPerSecond = Math.round((ran.all / STEADY_SECONDS) * 10) / 10;
    const multiplexedShare = ran.all > 0 ? Math.round((ran.multiplexed / ran.all) * 100) : 0;
    const rssMb = rssOf(pid).rssMb;
    options.log(`  subscriptions: ${statementsPerSecond} statements/s (${multiplexedShare}% multiplexed), server RSS ${rssMb} MB (idle ${idleRssMb} MB)`);
    return {
      section: SECTION,
      measurements: [
        info(SECTION, 'subscribers', subscribers, 'subscribers'),
        info(SECTION, 'time to every first result', allFirstMs, 'ms'),
        // One statement per refetch interval (1 s) per document and batch of 100 cohorts (user × document).
        atMost(SECTION, 'database queries per second', statementsPerSecond, '/s', Math.ceil((users.length * documents.length) / 100) + 2),
        info(SECTION, 'server RSS with every subscriber', rssMb, 'MB'),
        info(SECTION, 'server RSS before', idleRssMb, 'MB'),
      ],
      details: { subscribers, users: users.length, documents: documents.length, steadySeconds: STEADY_SECONDS, statements: ran, multiplexedShare, withoutMultiplexing: `${subscribers} statements/s` },
    };
  } finally {
    await Promise.all(
      clients.map(async (client) => {
        await client.dispose();
      }),
    );
    await stopServerProcess(child);
    await pool?.end();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
