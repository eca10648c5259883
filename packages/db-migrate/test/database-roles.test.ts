/**
 * The stack's database roles on a real PostgreSQL: the owner is no superuser, the GraphQL role
 * can read what the metadata tracks and nothing else, and the GraphQL server works with both.
 */
import { randomBytes } from 'node:crypto';
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer, type HasuraServer } from '@issuing/hasura-compatible-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, createAppDatabase, createGraphqlRole, DatabaseRoleError, METADATA_DIR, syncGraphqlGrants } from '../src/index.js';

const owner = { name: 'issuing_owner', password: randomBytes(16).toString('hex') };
const graphql = { name: 'issuing_graphql', password: randomBytes(16).toString('hex') };

let postgres: DevPostgres;
let ownerUrl: string;
let graphqlUrl: string;

async function as(url: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement fails with, or 'ok'. */
async function outcome(url: string, sql: string): Promise<string> {
  try {
    await as(url, sql);
    return 'ok';
  } catch (error) {
    return error instanceof Error && 'code' in error ? String(error.code) : String(error);
  }
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  ({ ownerUrl, graphqlUrl } = await createAppDatabase(postgres.url, { database: 'issuing', owner, graphql }));
  await applyMigrations({ databaseUrl: ownerUrl });
  await syncGraphqlGrants(ownerUrl, { role: graphql.name, metadataDir: METADATA_DIR });
  await as(ownerUrl, "INSERT INTO public.users (id, name, email) VALUES ('332787f1-1814-47e1-870e-2b9be86d1533', 'Ada', 'ada@example.com')");
  await as(ownerUrl, "INSERT INTO public.stripe_events (id, type, created, payload) VALUES ('evt_1', 'issuing_card.created', now(), '{}')");
}, 120_000);

afterAll(async () => {
  await postgres?.stop();
});

describe('the owner role', () => {
  it('is no superuser and cannot run programs on the server, yet owns and migrates the schema', async () => {
    // Act
    const me = await as(ownerUrl, 'SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user');
    const copy = await outcome(ownerUrl, "COPY (SELECT 1) TO PROGRAM 'true'");
    const tables = await as(ownerUrl, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user");
    // Assert
    expect(me.rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    expect(copy).toBe('42501'); // insufficient_privilege: needs pg_execute_server_program
    expect(tables.rows[0]?.n).toBe(0);
  });
});

describe('the GraphQL role', () => {
  it('reads tracked tables and views, the view calling an application function included', async () => {
    expect(await outcome(graphqlUrl, 'SELECT id, email FROM public.users')).toBe('ok');
    expect(await outcome(graphqlUrl, 'SELECT * FROM public.activity_feed')).toBe('ok'); // calls feed_settlement_status()
    expect(await outcome(graphqlUrl, 'SELECT * FROM public.spending_totals')).toBe('ok');
  });

  it('cannot insert, update or delete', async () => {
    expect(await outcome(graphqlUrl, "INSERT INTO public.users (name) VALUES ('Mallory')")).toBe('42501');
    expect(await outcome(graphqlUrl, "UPDATE public.users SET name = 'Mallory'")).toBe('42501');
    expect(await outcome(graphqlUrl, 'DELETE FROM public.users')).toBe('42501');
    expect(await outcome(graphqlUrl, 'CREATE TABLE public.mine (id int)')).toBe('42501');
  });

  it('cannot run programs on the server with COPY … TO PROGRAM', async () => {
    expect(await outcome(graphqlUrl, "COPY (SELECT 1) TO PROGRAM 'id > /tmp/pwned'")).toBe('42501');
  });

  it('cannot read stripe_events or any other untracked object, nor call the application functions', async () => {
    expect(await outcome(graphqlUrl, 'SELECT * FROM public.stripe_events')).toBe('42501');
    expect(await outcome(graphqlUrl, 'SELECT * FROM public.feed_entries')).toBe('42501');
    expect(await outcome(graphqlUrl, 'SELECT * FROM issuing_migrations.applied')).toBe('42501');
    expect(await outcome(graphqlUrl, 'SELECT public.dashboard_read_model_rebuild()')).toBe('42501');
  });

  it('loses on the next start a privilege the metadata does not give', async () => {
    // Prepare: someone granted more by hand
    await as(ownerUrl, `GRANT SELECT, INSERT ON public.stripe_events TO ${graphql.name}`);
    // Act
    const summary = await syncGraphqlGrants(ownerUrl, { role: graphql.name, metadataDir: METADATA_DIR });
    // Assert
    expect(await outcome(graphqlUrl, 'SELECT * FROM public.stripe_events')).toBe('42501');
    expect(summary.tables).toBe(11); // users, cardholders, cards, authorizations, transactions + 6 dashboard views
  });
});

describe('the GraphQL server with the two roles', () => {
  let server: HasuraServer;
  const adminSecret = randomBytes(16).toString('hex');
  beforeAll(async () => {
    server = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl: ownerUrl, queryDatabaseUrl: graphqlUrl, adminSecret, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function post(route: string, body: object): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  }

  it('answers GraphQL queries through the read-only role', async () => {
    // Act
    const answer = await post('/v1/graphql', { query: '{ users { name email } }' });
    const sessions = await as(ownerUrl, "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'issuing' AND usename = $1", [graphql.name]);
    // Assert
    expect(answer).toEqual({ status: 200, body: { data: { users: [{ name: 'Ada', email: 'ada@example.com' }] } } });
    expect(sessions.rows).toEqual([{ usename: graphql.name }]);
  });

  it('runs run_sql as the owner', async () => {
    // Act
    const answer = await post('/v2/query', { type: 'run_sql', args: { sql: 'SELECT current_user' } });
    // Assert
    expect(answer).toEqual({ status: 200, body: { result_type: 'TuplesOk', result: [['current_user'], [owner.name]] } });
  });
});

describe('a database given by the user', () => {
  it('gets the read-only role when its login may create roles', async () => {
    // Prepare: a login with CREATEROLE owning its database
    const admin = { name: 'app_admin', password: randomBytes(16).toString('hex') };
    await as(postgres.url, `CREATE ROLE app_admin LOGIN CREATEROLE PASSWORD '${admin.password}'`);
    await as(postgres.url, 'CREATE DATABASE app OWNER app_admin');
    const url = new URL(postgres.url);
    url.username = admin.name;
    url.password = admin.password;
    url.pathname = '/app';
    // Act
    const readerUrl = await createGraphqlRole(url.toString(), { name: 'app_reader', password: randomBytes(16).toString('hex') });
    // Assert
    expect(await outcome(readerUrl, 'SELECT current_user')).toBe('ok');
  });

  it('without the right to create roles is refused with one line saying what it needs', async () => {
    // Act
    const attempt = createGraphqlRole(ownerUrl, { name: 'another_reader', password: 'x'.repeat(20) });
    // Assert
    await expect(attempt).rejects.toThrow(DatabaseRoleError);
    await expect(attempt).rejects.toThrow('the DATABASE_URL role may not create roles (it needs CREATEROLE) to create the read-only role another_reader');
  });
});
