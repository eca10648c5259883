/**
 * The WebSocket transport as Hasura v2 runs it (reference §3.13): graphql-transport-ws messages on
 * the wire, keep-alive pings, close codes (4403, 4406, 4408, 1009, 1012), the upgrade checks
 * (path, Origin, loopback Host, connection limit) and the bounds on one connection.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer, HasuraServerOptions } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, gql, metadataCall, startPostgres, startServer } from './support/test-stack.js';
import { until } from './support/ws-client.js';

let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;
const extraServers: HasuraServer[] = [];

interface RawSocket {
  socket: WebSocket;
  messages: Array<Record<string, unknown>>;
  texts: string[];
  closed: () => { code: number; reason: string } | null;
  send: (message: unknown) => void;
}

/** A plain `ws` socket recording every message (parsed and as text) and the close code. */
async function rawSocket(url: string, protocol: string | null = 'graphql-transport-ws', headers: Record<string, string> = {}): Promise<RawSocket> {
  const socket = protocol === null ? new WebSocket(`${url.replace(/^http/, 'ws')}/v1/graphql`, { headers }) : new WebSocket(`${url.replace(/^http/, 'ws')}/v1/graphql`, protocol, { headers });
  const messages: Array<Record<string, unknown>> = [];
  const texts: string[] = [];
  let closed: { code: number; reason: string } | null = null;
  socket.on('message', (data: Buffer) => {
    const text = data.toString('utf8');
    texts.push(text);
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) messages.push({ ...parsed });
  });
  socket.on('close', (code, reason) => {
    closed = { code, reason: reason.toString('utf8') };
  });
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with HTTP ${res.statusCode}`)));
  });
  return { socket, messages, texts, closed: () => closed, send: (message) => socket.send(JSON.stringify(message)) };
}

/** Sends an upgrade request by hand (to set Host) and returns the HTTP status and body, or 101. */
async function upgradeStatus(url: string, headers: Record<string, string>, path = '/v1/graphql'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({
      hostname,
      port,
      path,
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), 'sec-websocket-protocol': 'graphql-transport-ws', ...headers },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve({ status: 101, body: '' });
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function extraServer(opts: Partial<HasuraServerOptions>): Promise<HasuraServer> {
  const started = await startServer(db.url, { adminSecret: ADMIN_SECRET, liveQueriesRefetchIntervalMs: 100, ...opts });
  extraServers.push(started);
  return started;
}

async function initialised(url: string): Promise<RawSocket> {
  const raw = await rawSocket(url);
  raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
  await until(() => raw.messages.some((m) => m.type === 'connection_ack') || raw.closed() !== null);
  return raw;
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'websocket_transport');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET, liveQueriesRefetchIntervalMs: 100, websocketKeepAliveSeconds: 1 });
});

afterAll(async () => {
  for (const extra of extraServers) await extra.close();
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

describe('graphql-transport-ws on the wire', () => {
  it('acks the admin secret from the init payload, pings keepalive, and streams Postgres numbers exactly', async () => {
    // Prepare
    const raw = await initialised(server.url);
    expect(raw.messages[0]).toEqual({ type: 'connection_ack' });

    // Act
    raw.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { article_by_pk(id: 3) { id views } }' } });
    await until(() => raw.messages.some((m) => m.type === 'next'));
    await until(() => raw.messages.filter((m) => m.type === 'ping').length >= 2);

    // Assert: bigint beyond 2^53 keeps every digit; keep-alive pings carry Hasura's payload
    expect(raw.texts).toContain('{"id":"1","type":"next","payload":{"data":{"article_by_pk":{"id":3,"views":9007199254740993}}}}');
    expect(raw.messages.filter((m) => m.type === 'ping').every((m) => JSON.stringify(m.payload) === '{"message":"keepalive"}')).toBe(true);
    raw.socket.close();
  });

  it('runs a query over the socket as one next and a complete, and answers a ping with a pong', async () => {
    const raw = await initialised(server.url);
    raw.send({ type: 'ping', payload: { n: 1 } });
    raw.send({ id: 'q', type: 'subscribe', payload: { query: 'query One($id: Int!) { author_by_pk(id: $id) { name } }', variables: { id: 2 }, operationName: 'One' } });
    await until(() => raw.messages.some((m) => m.type === 'complete'));
    expect(raw.messages.filter((m) => m.id === 'q')).toEqual([
      { id: 'q', type: 'next', payload: { data: { author_by_pk: { name: 'Author 2' } } } },
      { id: 'q', type: 'complete' },
    ]);
    expect(raw.messages).toContainEqual({ type: 'pong', payload: { n: 1 } });
    raw.socket.close();
  });

  it('closes 4403 Forbidden when connection_init carries a wrong admin secret', async () => {
    const raw = await rawSocket(server.url);
    raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'wrong' } } });
    await until(() => raw.closed() !== null);
    expect(raw.closed()).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('closes 4408 when connection_init does not come in time', async () => {
    const quick = await extraServer({ websocketConnectionInitTimeoutSeconds: 1 });
    const raw = await rawSocket(quick.url);
    await until(() => raw.closed() !== null);
    expect(raw.closed()?.code).toBe(4408);
  });

  it('closes 1009 on a message over the size limit, on either protocol', async () => {
    const small = await extraServer({ websocketMaxMessageBytes: 1024 });
    const raw = await initialised(small.url);
    raw.send({ id: '1', type: 'subscribe', payload: { query: `{ author { id } } # ${'x'.repeat(2048)}` } });
    const legacy = await rawSocket(small.url, 'graphql-ws');
    legacy.send({ type: 'connection_init', payload: { padding: 'x'.repeat(2048) } });
    await until(() => raw.closed() !== null && legacy.closed() !== null);
    expect(raw.closed()?.code).toBe(1009);
    expect(legacy.closed()?.code).toBe(1009);
  });

  it('refuses an operation beyond the per-connection limit with an error, keeping the others', async () => {
    const bounded = await extraServer({ websocketMaxOperations: 1 });
    const raw = await initialised(bounded.url);
    raw.send({ id: 'a', type: 'subscribe', payload: { query: 'subscription { author_by_pk(id: 1) { id } }' } });
    await until(() => raw.messages.some((m) => m.id === 'a' && m.type === 'next'));
    raw.send({ id: 'b', type: 'subscribe', payload: { query: 'subscription { author_by_pk(id: 2) { id } }' } });
    await until(() => raw.messages.some((m) => m.id === 'b'));
    expect(raw.messages.find((m) => m.id === 'b')).toEqual({ id: 'b', type: 'error', payload: [{ message: 'too many operations on this connection (limit 1)', extensions: { path: '$', code: 'start-failed' } }] });
    expect(raw.closed()).toBeNull();
    raw.socket.close();
  });

  it('closes every socket with 1012 when the metadata is reloaded, and on shutdown', async () => {
    const restarting = await extraServer({});
    const first = await initialised(restarting.url);
    expect((await metadataCall(restarting.url, { type: 'reload_metadata', args: {} })).status).toBe(200);
    await until(() => first.closed() !== null);
    expect(first.closed()?.code).toBe(1012);

    const second = await initialised(restarting.url);
    second.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { author { id } }' } });
    await until(() => second.messages.some((m) => m.type === 'next'));
    await restarting.close();
    expect(second.closed()?.code).toBe(1012);
  });
});

describe('legacy graphql-ws protocol (subscriptions-transport-ws)', () => {
  it('acks, sends ka, streams a live query as data messages and ends it silently on stop', async () => {
    // Prepare
    const raw = await rawSocket(server.url, 'graphql-ws');
    expect(raw.socket.protocol).toBe('graphql-ws');
    raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
    await until(() => raw.messages.some((m) => m.type === 'ka'));
    expect(raw.messages.slice(0, 2)).toEqual([{ type: 'connection_ack' }, { type: 'ka' }]);

    // Act: start, change the data, stop
    raw.send({ id: '1', type: 'start', payload: { query: 'subscription { article_aggregate(where: {title: {_like: "legacy%"}}) { aggregate { count } } }' } });
    await until(() => raw.messages.some((m) => m.type === 'data'));
    await db.pool.query("INSERT INTO article (title, author_id) VALUES ('legacy row', 1)");
    await until(() => raw.messages.filter((m) => m.type === 'data').length >= 2);
    raw.send({ id: '1', type: 'stop' });
    raw.send({ id: 'q', type: 'start', payload: { query: '{ author_by_pk(id: 1) { id } }' } });
    await until(() => raw.messages.some((m) => m.id === 'q' && m.type === 'complete'));
    await db.pool.query("DELETE FROM article WHERE title = 'legacy row'");

    // Assert
    expect(raw.messages.filter((m) => m.id === '1')).toEqual([
      { type: 'data', id: '1', payload: { data: { article_aggregate: { aggregate: { count: 0 } } } } },
      { type: 'data', id: '1', payload: { data: { article_aggregate: { aggregate: { count: 1 } } } } },
    ]);
    expect(raw.messages.filter((m) => m.id === 'q')).toEqual([
      { type: 'data', id: 'q', payload: { data: { author_by_pk: { id: 1 } } } },
      { type: 'complete', id: 'q' },
    ]);
    raw.send({ type: 'connection_terminate' });
    await until(() => raw.closed() !== null);
    expect(raw.closed()?.code).toBe(1000);
  });

  it('is also the protocol when the client names none', async () => {
    const raw = await rawSocket(server.url, null);
    raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
    await until(() => raw.messages.length > 0);
    expect(raw.messages[0]).toEqual({ type: 'connection_ack' });
    raw.socket.close();
  });

  it('answers a failed init with connection_error and close 4400', async () => {
    const raw = await rawSocket(server.url, 'graphql-ws');
    raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': 'wrong' } } });
    await until(() => raw.closed() !== null);
    expect(raw.messages).toEqual([{ type: 'connection_error', payload: 'invalid x-hasura-admin-secret/x-hasura-access-key' }]);
    expect(raw.closed()).toEqual({ code: 4400, reason: 'Connection initialization failed: invalid x-hasura-admin-secret/x-hasura-access-key' });
  });

  it('answers a start before init, a duplicate id and an invalid query with error then complete', async () => {
    const raw = await rawSocket(server.url, 'graphql-ws');
    raw.send({ id: 'early', type: 'start', payload: { query: '{ author { id } }' } });
    raw.send({ type: 'connection_init', payload: { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } } });
    raw.send({ id: 'live', type: 'start', payload: { query: 'subscription { author(limit: 1) { id } }' } });
    raw.send({ id: 'live', type: 'start', payload: { query: 'subscription { author(limit: 1) { id } }' } });
    raw.send({ id: 'bad', type: 'start', payload: { query: 'subscription { author { nope } }' } });
    await until(() => ['early', 'live', 'bad'].every((id) => raw.messages.some((m) => m.id === id && m.type === 'complete')));
    const startFailed = (message: string) => ({ errors: [{ message, extensions: { path: '$', code: 'start-failed' } }] });
    expect(raw.messages.filter((m) => m.id === 'early')).toEqual([
      { type: 'error', id: 'early', payload: startFailed('start received before the connection is initialised') },
      { type: 'complete', id: 'early' },
    ]);
    expect(raw.messages.filter((m) => m.id === 'live' && m.type !== 'data')).toEqual([
      { type: 'error', id: 'live', payload: startFailed('an operation already exists with this id: live') },
      { type: 'complete', id: 'live' },
    ]);
    expect(raw.messages.filter((m) => m.id === 'bad')).toEqual([
      { type: 'error', id: 'bad', payload: { errors: [{ message: "field 'nope' not found in type: 'author'", extensions: { path: '$.selectionSet.author.selectionSet.nope', code: 'validation-failed' } }] } },
      { type: 'complete', id: 'bad' },
    ]);
    raw.socket.close();
  });
});

describe('upgrade checks', () => {
  it('answers 404 off /v1/graphql', async () => {
    expect((await upgradeStatus(server.url, {}, '/v1/metadata')).status).toBe(404);
  });

  it('refuses a non-loopback Host on a loopback-bound server (DNS rebinding)', async () => {
    const refused = await upgradeStatus(server.url, { host: 'attacker.example:80' });
    expect(refused.status).toBe(403);
    expect((await upgradeStatus(server.url, { host: 'localhost' })).status).toBe(101);
  });

  it('admits the Host names of HASURA_GRAPHQL_ALLOWED_HOSTS, as HTTP requests do', async () => {
    const compose = await extraServer({ allowedHosts: ['graphql-engine'] });
    expect((await upgradeStatus(compose.url, { host: 'graphql-engine:8080' })).status).toBe(101);
    const refused = await upgradeStatus(compose.url, { host: 'attacker.example' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'access-denied' });
  });

  it('refuses an Origin that HASURA_GRAPHQL_CORS_DOMAIN does not allow', async () => {
    const cors = await extraServer({ corsDomain: 'http://127.0.0.1:5173' });
    expect((await upgradeStatus(cors.url, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await upgradeStatus(cors.url, { origin: 'http://127.0.0.1:5173' })).status).toBe(101);
    // The server's own origin, as for HTTP requests
    expect((await upgradeStatus(cors.url, { origin: cors.url })).status).toBe(101);
  });

  it('answers 503 beyond the connection limit', async () => {
    const limited = await extraServer({ websocketMaxConnections: 1 });
    const first = await rawSocket(limited.url);
    const refused = await upgradeStatus(limited.url, {});
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toEqual({ path: '$', error: 'too many WebSocket connections (limit 1)', code: 'unexpected' });
    first.socket.close();
  });
});

describe('subscription_root_fields', () => {
  it('trims subscription_root independently of query_root', async () => {
    // Prepare: role user may only subscribe to the article list
    const trimmed = await extraServer({});
    const exported = await metadataCall(trimmed.url, { type: 'export_metadata', args: {} });
    const text = JSON.stringify(exported.body).replace(
      '"role":"user","permission":{"columns":"*","filter":{"author":{"user_id":{"_eq":"X-Hasura-User-Id"}}},"allow_aggregations":true}',
      '"role":"user","permission":{"columns":"*","filter":{"author":{"user_id":{"_eq":"X-Hasura-User-Id"}}},"allow_aggregations":true,"subscription_root_fields":["select"]}',
    );
    expect(text).toContain('"subscription_root_fields":["select"]');
    const args: unknown = JSON.parse(text);
    expect((await metadataCall(trimmed.url, { type: 'replace_metadata', args })).status).toBe(200);

    // Act
    const articleRoots = async (root: 'queryType' | 'subscriptionType'): Promise<string[]> => {
      const { text: reply } = await gql(trimmed.url, `{ __schema { ${root} { fields { name } } } }`, {
        headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user', 'x-hasura-user-id': 'user-1' },
      });
      return [...reply.matchAll(/"name":"([a-z_]+)"/g)].map((m) => m[1] ?? '').filter((n) => ['article', 'article_aggregate', 'article_by_pk', 'article_stream'].includes(n));
    };

    // Assert
    expect(await articleRoots('subscriptionType')).toEqual(['article']);
    expect(await articleRoots('queryType')).toEqual(['article', 'article_aggregate', 'article_by_pk']);
  });
});
