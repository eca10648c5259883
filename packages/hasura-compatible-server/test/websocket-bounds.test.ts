/**
 * Operations over WebSocket get the protections of HTTP queries: the document bounds (tokens) and
 * the role's api_limits are checked by the same prepare/plan step, and live-query statements run
 * like HTTP queries (statement timeout, response size limit), cancelled when the server shuts down.
 */
import { isRecord } from '@issuing/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, metadataCall, startPostgres, startServer } from './support/test-stack.js';
import { type TestClient, subscribe, until, wsClient } from './support/ws-client.js';

const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
const user = { ...admin, 'x-hasura-role': 'user', 'x-hasura-user-id': 'user-1' };
// Backreferences make PostgreSQL's regex engine try every split of the 1,000 characters (minutes).
const CATASTROPHIC_REGEX = '^(.*)(.*)(.*)\\3\\2\\1$';
const SLOW_SUBSCRIPTION = 'subscription ($re: String!) { author(where: {name: {_regex: $re}}) { id } }';
let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;
const clients: TestClient[] = [];

function client(headers: Record<string, string>, url = server.url): TestClient {
  const created = wsClient(url, headers);
  clients.push(created);
  return created;
}

async function activeStatements(text: string): Promise<number> {
  const result = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()`, [`%${text}%`]);
  return result.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'websocket_bounds');
  await db.pool.query(`INSERT INTO author (name, user_id) VALUES (repeat('a', 1000) || 'b', 'user-9')`);
  server = await startServer(db.url, {
    adminSecret: ADMIN_SECRET,
    liveQueriesRefetchIntervalMs: 100,
    limits: { statementTimeoutMs: 300, maxResponseBytes: 200, maxTokens: 60 },
  });
  const exported = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
  const current = exported.body.metadata;
  if (!isRecord(current)) throw new Error('export_metadata returned no metadata object');
  const metadata = { ...current, api_limits: { depth_limit: { global: 5, per_role: { user: 1 } } } };
  expect((await metadataCall(server.url, { type: 'replace_metadata', version: 2, args: { metadata } })).status).toBe(200);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

describe('document bounds over WebSocket', () => {
  it("refuses a subscription deeper than the role's api_limits.depth_limit, as over HTTP", async () => {
    // Act
    const live = subscribe(client(user), 'subscription { author { articles { id } } }');
    await until(() => live.error() !== null);
    // Assert
    expect(live.error()).toEqual([
      { message: 'the query has depth 2, over the depth limit of 1 for role "user" (api_limits.depth_limit)', extensions: { path: '$', code: 'depth-limit-exceeded' } },
    ]);
    expect(live.results).toEqual([]);
  });

  it('refuses a subscription over the token limit (HASURA_GRAPHQL_MAX_QUERY_TOKENS)', async () => {
    // Act
    const live = subscribe(client(admin), `subscription { author { ${'id '.repeat(60)}} }`);
    await until(() => live.error() !== null);
    // Assert
    expect(live.error()).toEqual([
      { message: 'the query has more than 60 tokens, over the token limit (HASURA_GRAPHQL_MAX_QUERY_TOKENS)', extensions: { path: '$.query', code: 'token-limit-exceeded' } },
    ]);
  });
});

describe('live-query statements run like HTTP queries', () => {
  it('ends a live query whose result is over the response size limit', async () => {
    // Act: the 1001-character name alone is over 200 bytes
    const live = subscribe(client(admin), 'subscription { author(order_by: {id: asc}) { name } }');
    await until(() => live.error() !== null);
    // Assert
    expect(live.error()).toEqual([
      {
        message: 'the response would be over the response size limit of 200 bytes (HASURA_GRAPHQL_MAX_RESPONSE_BYTES); ask for fewer rows or fields',
        extensions: { path: '$', code: 'response-too-large' },
      },
    ]);
  });

  it('serves a live query within the response size limit', async () => {
    // Act
    const live = subscribe(client(admin), 'subscription { author(where: {id: {_eq: 1}}) { name } }');
    // Assert
    expect(await live.nth(1)).toEqual({ data: { author: [{ name: 'Author 1' }] } });
  });

  it('cancels a live-query statement at the statement timeout', async () => {
    // Act
    const live = subscribe(client(admin), SLOW_SUBSCRIPTION, { re: CATASTROPHIC_REGEX });
    await until(() => live.error() !== null);
    // Assert
    expect(live.error()).toEqual([
      { message: 'the query ran longer than the time limit of 0.3 s (HASURA_GRAPHQL_STATEMENT_TIMEOUT) and was cancelled', extensions: { path: '$', code: 'time-limit-exceeded' } },
    ]);
  });

  it('cancels a running live-query statement when the server shuts down', async () => {
    // Prepare: a statement timeout far longer than the test's, so only the cancel can end it in time
    const slowServer = await startServer(db.url, { adminSecret: ADMIN_SECRET, limits: { statementTimeoutMs: 40_000 } });
    const live = subscribe(client(admin, slowServer.url), SLOW_SUBSCRIPTION, { re: CATASTROPHIC_REGEX });
    for (let i = 0; (await activeStatements('~ $')) === 0; i += 1) {
      if (i > 400 || live.error() !== null) throw new Error(`the regex statement never ran: ${JSON.stringify(live.error())}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Act
    await slowServer.close();
    // Assert
    expect(await activeStatements('~ $')).toBe(0);
  });
});
