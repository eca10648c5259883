/**
 * Subscriptions as Hasura v2 serves them (reference §3.13): live queries over WebSocket with the
 * graphql-transport-ws protocol, authenticated by the connection_init payload's headers, under the
 * same permissions as queries, re-run every refetch interval and sent only when changed, with
 * subscribers of the same query multiplexed onto one SQL statement per tick.
 */
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, JWT_KEY, JWT_SECRET, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';
import { type TestClient, subscribe, until, wsClient } from './support/ws-client.js';

const CLAIMS = 'https://hasura.io/jwt/claims';
const REFETCH_MS = 100;

let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;
let logs: Array<Record<string, unknown>> = [];
const clients: TestClient[] = [];

async function token(userId: string, expiresAt?: number, key = JWT_KEY): Promise<string> {
  const claims = { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': userId };
  return new SignJWT({ sub: userId, [CLAIMS]: claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresAt ?? '1h')
    .sign(new TextEncoder().encode(key));
}

async function userClient(userId: string, url = server.url): Promise<TestClient> {
  const client = wsClient(url, { Authorization: `Bearer ${await token(userId)}` });
  clients.push(client);
  return client;
}

/** The live-query statements the server sent to the database (one log line each). */
function liveQueryStatements(): Array<{ reason: string; tick: number; cohorts: number; subscribers: number }> {
  return logs.flatMap((entry) =>
    entry.type === 'live-query-sql' && typeof entry.reason === 'string' && typeof entry.tick === 'number' && typeof entry.cohorts === 'number' && typeof entry.subscribers === 'number'
      ? [{ reason: entry.reason, tick: entry.tick, cohorts: entry.cohorts, subscribers: entry.subscribers }]
      : [],
  );
}

/** Multiplexed statements that failed and were re-run per cohort (none expected). */
function multiplexFailures(): Array<Record<string, unknown>> {
  return logs.filter((entry) => typeof entry.msg === 'string' && entry.msg.startsWith('multiplexed live query failed'));
}

async function insertArticle(title: string, authorId: number): Promise<number> {
  const { rows } = await db.pool.query<{ id: number }>('INSERT INTO article (title, author_id) VALUES ($1, $2) RETURNING id', [title, authorId]);
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('insert returned no id');
  return id;
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'subscriptions');
  server = await startServer(db.url, {
    adminSecret: ADMIN_SECRET,
    jwtSecret: JWT_SECRET,
    liveQueriesRefetchIntervalMs: REFETCH_MS,
    streamingQueriesRefetchIntervalMs: REFETCH_MS,
    onLog: (entry) => logs.push(entry),
  });
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await db.pool.query("DELETE FROM article WHERE title LIKE 'live %'");
  logs = [];
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

describe('subscription_root', () => {
  it('offers each role the same table root fields as query_root, by the role permission', async () => {
    const { body } = await gql(server.url, '{ __schema { subscriptionType { name fields { name } } } }', {
      headers: { authorization: `Bearer ${await token('user-1')}` },
    });
    const type = body.data?.__schema;
    expect(type).toMatchObject({ subscriptionType: { name: 'subscription_root' } });
    const names = JSON.stringify(type).match(/"name":"[a-z_]+"/g) ?? [];
    // role user: author without aggregations, article with them (fixture permissions)
    expect(names).toEqual(expect.arrayContaining(['"name":"article"', '"name":"article_aggregate"', '"name":"article_by_pk"', '"name":"author"', '"name":"author_by_pk"']));
    expect(names).not.toContain('"name":"author_aggregate"');
  });

  it('refuses a subscription over HTTP POST as Hasura does', async () => {
    const { body } = await gql(server.url, 'subscription { article { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
    expect(body.errors?.[0]?.message).toBe('subscriptions are not supported over HTTP, use websockets instead');
  });
});

describe('live queries', () => {
  it('sends the first result at once, then the inserted row of this user and never another user’s', async () => {
    // Prepare
    const live = subscribe(await userClient('user-1'), 'subscription { article(order_by: {id: asc}) { id title } }');
    const first = await live.nth(1);
    expect(first).toEqual({ data: { article: [{ id: 1, title: 'Article 1' }, { id: 2, title: 'Article 2' }] } });

    // Act: a row for user-2 (author 2) and then one for user-1 (author 1)
    await insertArticle('live other user', 2);
    const mine = await insertArticle('live mine', 1);
    await until(() => JSON.stringify(live.results).includes('live mine'));

    // Assert: no result ever carried author 2's rows
    expect(live.results.at(-1)).toEqual({ data: { article: [{ id: 1, title: 'Article 1' }, { id: 2, title: 'Article 2' }, { id: mine, title: 'live mine' }] } });
    expect(JSON.stringify(live.results)).not.toContain('live other user');
    expect(JSON.stringify(live.results)).not.toContain('Article 3');
  });

  it('sends nothing while the result stays the same', async () => {
    // Prepare
    const live = subscribe(await userClient('user-2'), 'subscription { article_aggregate { aggregate { count } } }');
    expect(await live.nth(1)).toEqual({ data: { article_aggregate: { aggregate: { count: 2 } } } });

    // Act: let the query re-run several times on unchanged data, then change it
    await until(() => liveQueryStatements().filter((s) => s.reason === 'poll').length >= 4);
    await insertArticle('live count', 2);

    // Assert: the second message is the changed count (nothing was sent in between)
    expect(await live.nth(2)).toEqual({ data: { article_aggregate: { aggregate: { count: 3 } } } });
    expect(live.results).toHaveLength(2);
  });

  it('runs one SQL statement per tick for many subscribers of the same query and session', async () => {
    // Prepare: five connections of the same user with the same document
    const subscriptions = await Promise.all([1, 2, 3, 4, 5].map(async () => subscribe(await userClient('user-1'), 'subscription { author { id name } }')));
    for (const live of subscriptions) expect(await live.nth(1)).toEqual({ data: { author: [{ id: 1, name: 'Author 1' }] } });
    const firstPollTick = Math.max(...liveQueryStatements().map((s) => s.tick)) + 1;

    // Act
    await until(() => liveQueryStatements().filter((s) => s.reason === 'poll' && s.tick >= firstPollTick + 2).length > 0);

    // Assert: each tick, exactly one statement, for one cohort of five subscribers
    const polls = liveQueryStatements().filter((s) => s.reason === 'poll' && s.tick >= firstPollTick && s.tick < firstPollTick + 2);
    expect(polls).toEqual([
      { reason: 'poll', tick: firstPollTick, cohorts: 1, subscribers: 5 },
      { reason: 'poll', tick: firstPollTick + 1, cohorts: 1, subscribers: 5 },
    ]);
  });

  it('multiplexes different users onto one statement per tick, each still seeing only their rows', async () => {
    // Prepare
    const query = 'subscription Mine($limit: Int) { article(order_by: {id: asc}, limit: $limit) { id author_id } }';
    const one = subscribe(await userClient('user-1'), query, { limit: 10 });
    const two = subscribe(await userClient('user-2'), query, { limit: 10 });
    expect(await one.nth(1)).toEqual({ data: { article: [{ id: 1, author_id: 1 }, { id: 2, author_id: 1 }] } });
    expect(await two.nth(1)).toEqual({ data: { article: [{ id: 3, author_id: 2 }, { id: 4, author_id: 2 }] } });

    const bothSubscribed = Math.max(...liveQueryStatements().map((s) => s.tick));

    // Act
    const mine = await insertArticle('live for user 2', 2);
    const next = await two.nth(2);
    await until(() => liveQueryStatements().some((s) => s.tick > bothSubscribed + 2));

    // Assert: user 2 saw the row, user 1 nothing new; each tick ran one statement for both cohorts
    expect(next).toEqual({ data: { article: [{ id: 3, author_id: 2 }, { id: 4, author_id: 2 }, { id: mine, author_id: 2 }] } });
    expect(one.results).toHaveLength(1);
    expect(multiplexFailures()).toEqual([]);
    const polls = liveQueryStatements().filter((s) => s.tick > bothSubscribed && s.tick <= bothSubscribed + 2);
    expect(polls).toEqual([
      { reason: 'poll', tick: bothSubscribed + 1, cohorts: 2, subscribers: 2 },
      { reason: 'poll', tick: bothSubscribed + 2, cohorts: 2, subscribers: 2 },
    ]);
  });

  it('gives each cohort of a multiplexed statement its own list and JSON variables', async () => {
    // Prepare: the same document, different variables (a text[] list and a jsonb value)
    const query = 'subscription ($titles: [String!], $tag: jsonb) { article(where: {title: {_in: $titles}, tags: {_contains: $tag}}, order_by: {id: asc}) { id } }';
    const test = await userClient('user-1');
    const cards = subscribe(test, query, { titles: ['Article 1', 'Article 2'], tag: { topic: 'cards' } });
    const fraud = subscribe(test, query, { titles: ['Article 1', 'Article 2', 'Article "3"'], tag: { topic: 'fraud' } });
    expect(await cards.nth(1)).toEqual({ data: { article: [{ id: 1 }] } });
    expect(await fraud.nth(1)).toEqual({ data: { article: [{ id: 2 }] } });
    const before = Math.max(...liveQueryStatements().map((s) => s.tick));

    // Act: a new row matching the first cohort only
    const { rows } = await db.pool.query<{ id: number }>(`INSERT INTO article (title, author_id, tags) VALUES ('Article 2', 1, '{"topic":"cards"}') RETURNING id`);
    await until(() => cards.results.length >= 2 && liveQueryStatements().some((s) => s.tick > before + 1));

    // Assert: the statement was multiplexed (two cohorts), and each cohort got its own answer
    expect(cards.results[1]).toEqual({ data: { article: [{ id: 1 }, { id: rows[0]?.id }] } });
    expect(fraud.results).toHaveLength(1);
    expect(liveQueryStatements().filter((s) => s.tick > before)).toContainEqual(expect.objectContaining({ reason: 'poll', cohorts: 2 }));
    expect(multiplexFailures()).toEqual([]);
    await db.pool.query('DELETE FROM article WHERE id = $1', [rows[0]?.id]);
  });

  it('stops polling when the last subscriber leaves', async () => {
    // Prepare
    const test = await userClient('user-1');
    const live = subscribe(test, 'subscription { author_by_pk(id: 1) { id } }');
    expect(await live.nth(1)).toEqual({ data: { author_by_pk: { id: 1 } } });
    await until(() => liveQueryStatements().some((s) => s.reason === 'poll'));

    // Act: unsubscribe, then start a different live query and wait for several of its polls
    live.stop();
    const other = subscribe(test, 'subscription { article_by_pk(id: 1) { id } }');
    expect(await other.nth(1)).toEqual({ data: { article_by_pk: { id: 1 } } });
    const since = logs.length;
    await until(() => logs.slice(since).filter((e) => e.type === 'live-query-sql' && e.reason === 'poll').length >= 3);

    // Assert: only the remaining query was polled
    const polled = logs.slice(since).filter((e) => e.type === 'live-query-sql' && e.reason === 'poll');
    expect(polled.every((e) => e.subscribers === 1 && e.cohorts === 1)).toBe(true);
    expect(polled).toHaveLength(new Set(polled.map((e) => e.tick)).size);
  });
});

describe('streaming subscriptions', () => {
  it('sends batches past the cursor in cursor order, only this user’s rows, and moves the cursor on', async () => {
    // Prepare
    const live = subscribe(await userClient('user-1'), 'subscription { article_stream(batch_size: 2, cursor: {initial_value: {id: 0}, ordering: ASC}) { id title } }');
    expect(await live.nth(1)).toEqual({ data: { article_stream: [{ id: 1, title: 'Article 1' }, { id: 2, title: 'Article 2' }] } });

    // Act: another user's row, then three of this user's
    await insertArticle('live stream other', 2);
    const a = await insertArticle('live stream a', 1);
    const b = await insertArticle('live stream b', 1);
    const c = await insertArticle('live stream c', 1);
    await until(() => JSON.stringify(live.results).includes('live stream c'));

    // Assert: every row exactly once, at most two per batch, never the other user's
    const batches = live.results.slice(1).map((r) => r.data?.article_stream);
    expect(batches.flat()).toEqual([
      { id: a, title: 'live stream a' },
      { id: b, title: 'live stream b' },
      { id: c, title: 'live stream c' },
    ]);
    expect(batches.every((batch) => Array.isArray(batch) && batch.length >= 1 && batch.length <= 2)).toBe(true);
  });

  it('refuses a cursor over two columns with Hasura’s message', async () => {
    const live = subscribe(await userClient('user-1'), 'subscription { article_stream(batch_size: 1, cursor: {initial_value: {id: 0, title: "a"}}) { id } }');
    await until(() => live.error() !== null);
    expect(live.error()).toEqual([{ message: 'multiple column cursors are not supported yet', extensions: { path: '$.selectionSet.article_stream.args.cursor', code: 'validation-failed' } }]);
  });
});

describe('WebSocket auth', () => {
  it('closes the connection with 4403 Forbidden for a token with a bad signature', async () => {
    const test = wsClient(server.url, { Authorization: `Bearer ${await token('user-1', undefined, 'not-the-key-0123456789abcdef0123456789')}` });
    clients.push(test);
    const live = subscribe(test, 'subscription { article { id } }');
    await until(() => test.closed() !== null);
    expect(test.closed()).toEqual({ code: 4403, reason: 'Forbidden' });
    expect(live.results).toEqual([]);
  });

  it('drops the socket when the JWT expires', async () => {
    // Prepare: a token valid for two more seconds
    const test = wsClient(server.url, { Authorization: `Bearer ${await token('user-1', Math.floor(Date.now() / 1000) + 2)}` });
    clients.push(test);
    const live = subscribe(test, 'subscription { author { id } }');
    expect(await live.nth(1)).toEqual({ data: { author: [{ id: 1 }] } });

    // Act
    await until(() => test.closed() !== null);

    // Assert: Hasura drops the socket without a close frame (1006 on the client)
    expect(test.closed()?.code).toBe(1006);
    expect(logs.some((e) => e.event === 'jwt_expired')).toBe(true);
  });

  it('answers an invalid subscription with an error message in Hasura’s shape', async () => {
    const live = subscribe(await userClient('user-1'), 'subscription { author { remarks_internal } }');
    await until(() => live.error() !== null);
    expect(live.error()).toEqual([{ message: "field 'remarks_internal' not found in type: 'author'", extensions: { path: '$.selectionSet.author.selectionSet.remarks_internal', code: 'validation-failed' } }]);
  });

  it('ends a live query whose SQL fails with an error message carrying the database error code', async () => {
    const admin = wsClient(server.url, { 'x-hasura-admin-secret': ADMIN_SECRET });
    clients.push(admin);
    const live = subscribe(admin, 'subscription ($id: uuid!) { tag_event_by_pk(event_id: $id) { label } }', { id: 'not-a-uuid' });
    await until(() => live.error() !== null);
    const namesTheCause: unknown = expect.stringContaining('invalid input syntax for type uuid');
    expect(live.error()).toEqual([{ message: namesTheCause, extensions: { path: '$', code: 'data-exception' } }]);
    expect(live.results).toEqual([]);
  });
});
