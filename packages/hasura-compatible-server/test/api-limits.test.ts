/**
 * Hasura's api_limits metadata (hasura-v2 reference §3.14): depth_limit, node_limit, batch_limit
 * and time_limit, each `global` with `per_role` overrides; admin is exempt from all of them,
 * introspection from the depth limit; `disabled: true` turns them all off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, gql, metadataCall, startPostgres, startServer } from './support/test-stack.js';

const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
const user = { ...admin, 'x-hasura-role': 'user', 'x-hasura-user-id': 'user-1' };
const anonymous = { ...admin, 'x-hasura-role': 'anonymous' };
const API_LIMITS = {
  depth_limit: { global: 3, per_role: { user: 1 } },
  node_limit: { global: 10, per_role: { anonymous: 1 } },
  batch_limit: { global: 5, per_role: { user: 1 } },
  time_limit: { global: 10, per_role: { user: 1 } },
};
let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;

async function applyApiLimits(apiLimits: Record<string, unknown>): Promise<void> {
  const exported = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
  const metadata = { ...(exported.body.metadata as Record<string, unknown>), api_limits: apiLimits };
  const replaced = await metadataCall(server.url, { type: 'replace_metadata', version: 2, args: { metadata } });
  expect(replaced.status).toBe(200);
}

async function firstError(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<{ code?: string; message?: string }> {
  const { body } = await gql(server.url, query, { headers, ...(variables ? { variables } : {}) });
  return { code: body.errors?.[0]?.extensions.code, message: body.errors?.[0]?.message };
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'api_limits');
  // Backreferences make PostgreSQL's regex engine try every split of this name (minutes).
  await db.pool.query(`INSERT INTO author (name, user_id) VALUES (repeat('a', 1000) || 'b', 'user-9')`);
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
  await applyApiLimits(API_LIMITS);
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

describe('depth_limit', () => {
  it('refuses a query deeper than the role\'s per_role depth, naming the limit', async () => {
    // Act: author { articles { id } } has depth 2 (fields with a selection set)
    const refused = await firstError('{ author { articles { id } } }', user);
    // Assert
    expect(refused).toEqual({ code: 'depth-limit-exceeded', message: 'the query has depth 2, over the depth limit of 1 for role "user" (api_limits.depth_limit)' });
  });

  it('serves a query at the limit: scalars and fragments add no depth', async () => {
    // Act
    const { body } = await gql(server.url, 'query { author { ...names } } fragment names on author { name }', { headers: user });
    // Assert
    expect(body).toEqual({ data: { author: [{ name: 'Author 1' }] } });
  });

  it('exempts introspection from the depth limit', async () => {
    // Act
    const { body } = await gql(server.url, '{ __schema { queryType { fields { type { ofType { name } } } } } }', { headers: user });
    // Assert
    expect(body.errors).toBeUndefined();
  });

  it('applies the global depth to roles without an override, and none to admin', async () => {
    // Prepare: depth 4
    const deep = '{ author(limit: 1) { articles(limit: 1) { author { articles(limit: 1) { id } } } } }';
    // Act
    const refusedForAnonymous = await firstError('{ article { author { articles { author { id } } } } }', anonymous);
    const asAdmin = await gql(server.url, deep, { headers: admin });
    // Assert
    expect(refusedForAnonymous.code).toBe('depth-limit-exceeded');
    expect(asAdmin.body.errors).toBeUndefined();
  });
});

describe('node_limit', () => {
  it('counts the fields with a selection set against the role\'s node limit', async () => {
    // Act: two root fields with selection sets = 2 nodes, anonymous may have 1
    const refused = await firstError('{ a: article { id } b: article { title } }', anonymous);
    const allowed = await gql(server.url, '{ article(order_by: {id: asc}) { id } }', { headers: anonymous });
    // Assert
    expect(refused).toEqual({ code: 'node-limit-exceeded', message: 'the query has 2 nodes, over the node limit of 1 for role "anonymous" (api_limits.node_limit)' });
    expect(allowed.body).toEqual({ data: { article: [{ id: 2 }, { id: 3 }] } });
  });
});

describe('batch_limit', () => {
  it('refuses a batch longer than the role\'s batch limit, and admin is exempt', async () => {
    // Prepare
    const batch = JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    // Act
    const asUser = await fetch(`${server.url}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...user }, body: batch });
    const asAdmin = await fetch(`${server.url}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: batch });
    // Assert
    expect(await asUser.json()).toEqual({ errors: [{ message: 'the batch has 2 operations, over the batch limit of 1 (api_limits.batch_limit of role "user")', extensions: { path: '$', code: 'batch-limit-exceeded' } }] });
    expect(await asAdmin.json()).toEqual([{ data: { __typename: 'query_root' } }, { data: { __typename: 'query_root' } }]);
  });
});

describe('time_limit', () => {
  it('cancels the role\'s statement after its time limit in seconds, naming the limit', async () => {
    // Act
    const slow = await firstError('query($re: String!) { author(where: {name: {_regex: $re}}) { id } }', { ...user, 'x-hasura-user-id': 'user-9' }, { re: '^(.*)(.*)(.*)\\3\\2\\1$' });
    // Assert
    expect(slow).toEqual({ code: 'time-limit-exceeded', message: 'the query ran longer than the time limit of 1 s (api_limits.time_limit of role "user") and was cancelled' });
  });
});

describe('disabled', () => {
  it('enforces nothing when api_limits.disabled is true', async () => {
    // Prepare
    await applyApiLimits({ ...API_LIMITS, disabled: true });
    try {
      // Act
      const { body } = await gql(server.url, '{ author { articles { id } } }', { headers: user });
      // Assert
      expect(body.errors).toBeUndefined();
    } finally {
      await applyApiLimits(API_LIMITS);
    }
  });
});
