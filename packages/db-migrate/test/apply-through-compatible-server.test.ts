/**
 * The Hasura mode against the project's Hasura-compatible server, which implements the same
 * admin API (run_sql, catalog state, replace/reload metadata) as Hasura v2.
 */
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer, type HasuraServer } from '@issuing/hasura-compatible-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../src/index.js';

const ADMIN_SECRET = 'test-admin-secret-not-real';
let postgres: DevPostgres;
let server: HasuraServer;

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
    body: JSON.stringify(body),
  });
  return response.json();
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  const databaseUrl = await createDatabase(postgres.url, 'through_compatible_server');
  server = await createHasuraServer({ databaseUrl, adminSecret: ADMIN_SECRET, port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await postgres?.stop();
});

describe('applyMigrations through the Hasura-compatible server', () => {
  it('leaves the CLI catalog state listing every version and the API serving the tracked tables', async () => {
    // Prepare
    const versions = (await readMigrations(MIGRATIONS_DIR)).map((m) => m.version);

    // Act
    const result = await applyMigrations({ hasuraEndpoint: server.url, adminSecret: ADMIN_SECRET });

    // Assert
    expect(result.applied.map((label) => label.split('_')[0])).toEqual(versions);
    expect(await post('/v1/metadata', { type: 'get_catalog_state', args: {} })).toMatchObject({
      cli_state: { migrations: { default: Object.fromEntries(versions.map((v) => [v, false])) } },
    });
    expect(await post('/v1/graphql', { query: '{ users { id } activity_feed(limit: 1) { id } spending_totals { currency } }' }))
      .toEqual({ data: { users: [], activity_feed: [], spending_totals: [] } });
  }, 60_000);

  it('a second run applies nothing', async () => {
    // Act
    const again = await applyMigrations({ hasuraEndpoint: server.url, adminSecret: ADMIN_SECRET });

    // Assert
    expect(again.applied).toEqual([]);
  }, 60_000);
});
