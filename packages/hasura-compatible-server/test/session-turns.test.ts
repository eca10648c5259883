/**
 * One cardholder cannot take the server from everyone else (issue 6): at most
 * HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION requests of one session run at once, the rest wait
 * their turn in a bounded queue, and other users are served meanwhile. The admin is exempt.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { SessionGate } from '../src/endpoints/session-gate.js';
import { GraphQLRequestError } from '../src/errors.js';
import { ADMIN_SECRET, JWT_KEY, JWT_SECRET, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';

// Backreferences over 1,000 characters: PostgreSQL works on it for minutes unless cancelled.
const CATASTROPHIC_REGEX = '^(.*)(.*)(.*)\\3\\2\\1$';
const SLOW_QUERY = 'query($re: String!) { author(where: {name: {_regex: $re}}) { id } }';
const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };

let postgres: DevPostgres;
let db: TestDatabase;

async function reviewer(userId: string): Promise<Record<string, string>> {
  const claims = { 'x-hasura-allowed-roles': ['reviewer'], 'x-hasura-default-role': 'reviewer', 'x-hasura-user-id': userId };
  const token = await new SignJWT({ 'https://hasura.io/jwt/claims': claims }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(JWT_KEY));
  return { authorization: `Bearer ${token}` };
}

async function runningRegexes(): Promise<number> {
  const result = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%~ $%' AND query NOT LIKE '%pg_stat_activity%'`);
  return result.rows[0]?.n ?? 0;
}

/** Samples the number of running regex statements until `done` settles; the highest seen. */
async function highestWhile(done: Promise<unknown>): Promise<number> {
  let settled = false;
  void done.finally(() => (settled = true));
  let highest = 0;
  while (!settled) {
    highest = Math.max(highest, await runningRegexes());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return highest;
}

function codesOf(replies: Array<{ body: { errors?: Array<{ extensions: { code: string } }> } }>): string[] {
  return replies.map((reply) => reply.body.errors?.[0]?.extensions.code ?? 'data').sort();
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'session_turns');
  await db.pool.query(`INSERT INTO author (name) VALUES (repeat('a', 1000) || 'b')`);
});

afterAll(async () => {
  await db?.pool.end();
  await postgres?.stop();
});

describe('turns per session', () => {
  let server: HasuraServer;

  beforeAll(async () => {
    server = await startServer(db.url, {
      adminSecret: ADMIN_SECRET,
      jwtSecret: JWT_SECRET,
      limits: { statementTimeoutMs: 1_000, poolTimeoutMs: 10_000, maxConcurrentPerSession: 2, maxWaitingPerSession: 2 },
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it("runs at most two of one user's requests at once, while another user is answered meanwhile", async () => {
    // Prepare
    const mallory = await reviewer('mallory');
    const alice = await reviewer('alice');

    // Act: three slow requests of one user, then one of another
    const slow = Promise.all([1, 2, 3].map(() => gql(server.url, SLOW_QUERY, { headers: mallory, variables: { re: CATASTROPHIC_REGEX } })));
    const highest = highestWhile(slow);
    for (let i = 0; i < 200 && (await runningRegexes()) < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    const other = await gql(server.url, '{ author_by_pk(id: 1) { name } }', { headers: alice });
    const runningWhenAnswered = await runningRegexes();

    // Assert: the third waited for a turn and then ran to its own time limit
    expect(other.body).toEqual({ data: { author_by_pk: { name: 'Author 1' } } });
    expect(runningWhenAnswered).toBeGreaterThan(0);
    expect(codesOf(await slow)).toEqual(['time-limit-exceeded', 'time-limit-exceeded', 'time-limit-exceeded']);
    expect(await highest).toBe(2);
  });

  it('refuses at once what does not fit in the waiting queue, naming the setting', async () => {
    // Prepare
    const mallory = await reviewer('mallory');

    // Act: two run, two wait, two are refused
    const replies = await Promise.all(Array.from({ length: 6 }, () => gql(server.url, SLOW_QUERY, { headers: mallory, variables: { re: CATASTROPHIC_REGEX } })));

    // Assert
    expect(codesOf(replies)).toEqual(['concurrency-limit-exceeded', 'concurrency-limit-exceeded', 'time-limit-exceeded', 'time-limit-exceeded', 'time-limit-exceeded', 'time-limit-exceeded']);
    expect(replies.find((reply) => reply.body.errors?.[0]?.extensions.code === 'concurrency-limit-exceeded')?.body.errors?.[0]?.message).toContain('HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION');
  });

  it('does not gate the admin, whom Hasura exempts from every limit', async () => {
    // Act
    const slow = Promise.all([1, 2, 3].map(() => gql(server.url, SLOW_QUERY, { headers: admin, variables: { re: CATASTROPHIC_REGEX } })));
    const highest = await highestWhile(slow);

    // Assert
    expect(highest).toBe(3);
  });
});

describe('a bounded wait', () => {
  it("refuses a request whose session's turns stay taken longer than the pool timeout", async () => {
    // Prepare
    const server = await startServer(db.url, { jwtSecret: JWT_SECRET, adminSecret: ADMIN_SECRET, limits: { statementTimeoutMs: 3_000, poolTimeoutMs: 300, maxConcurrentPerSession: 1 } });
    try {
      const mallory = await reviewer('mallory');
      const holder = gql(server.url, SLOW_QUERY, { headers: mallory, variables: { re: CATASTROPHIC_REGEX } });
      for (let i = 0; i < 200 && (await runningRegexes()) < 1; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));

      // Act
      const waiting = await gql(server.url, '{ author_by_pk(id: 1) { name } }', { headers: mallory });

      // Assert
      expect(waiting.body.errors?.[0]?.extensions.code).toBe('concurrency-limit-exceeded');
      expect(waiting.body.errors?.[0]?.message).toContain('300 ms');
      expect((await holder).body.errors?.[0]?.extensions.code).toBe('time-limit-exceeded');
    } finally {
      await server.close();
    }
  });
});

describe('SessionGate', () => {
  it('gives a turn given up by a waiter who left to the next waiter, in order', async () => {
    // Prepare
    const gate = new SessionGate({ perSession: 1, maxWaiting: 5, waitMs: 60_000 });
    const endFirst = await gate.enter('user');
    const leaving = new AbortController();
    const left = gate.enter('user', leaving.signal);
    const next = gate.enter('user');

    // Act
    leaving.abort();
    const leftError = await left.catch((error: unknown) => error);
    endFirst();
    const endNext = await next;

    // Assert: the one who left got the error, the next one got the turn, and turns are per key
    expect(leftError).toBeInstanceOf(GraphQLRequestError);
    expect(typeof endNext).toBe('function');
    const otherUser = await gate.enter('another user');
    otherUser();
    endNext();
  });
});
