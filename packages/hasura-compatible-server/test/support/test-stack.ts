/** Test support: one PostgreSQL per test file, a database with the author/article fixture, and servers over it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import pg from 'pg';
import { type HasuraServer, type HasuraServerOptions, createHasuraServer } from '../../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_METADATA_DIR = path.join(here, '..', 'fixtures', 'metadata');
export const ADMIN_SECRET = 'test-admin-secret-not-a-real-one-0123456789';
export const JWT_KEY = 'test-jwt-signing-key-not-real-0123456789abcdef';
export const JWT_SECRET = JSON.stringify({ type: 'HS256', key: JWT_KEY });

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
}

export async function startPostgres(): Promise<DevPostgres> {
  return startTestPostgres();
}

/** A fresh database holding the fixture schema and rows. */
export async function fixtureDatabase(serverUrl: string, name: string): Promise<TestDatabase> {
  const url = await createDatabase(serverUrl, name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  await pool.query(await readFile(path.join(here, '..', 'fixtures', 'schema.sql'), 'utf8'));
  return { url, pool };
}

export async function startServer(databaseUrl: string, opts: Partial<HasuraServerOptions> = {}): Promise<HasuraServer> {
  return createHasuraServer({ metadataDir: FIXTURE_METADATA_DIR, databaseUrl, port: 0, ...opts });
}

export interface GraphQLReply {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions: { path: string; code: string } }>;
}

/** POSTs a GraphQL request and returns the status and the parsed body (and raw text). */
export async function gql(
  url: string,
  query: string,
  opts: { variables?: Record<string, unknown>; headers?: Record<string, string>; operationName?: string } = {},
): Promise<{ status: number; body: GraphQLReply; text: string }> {
  const res = await fetch(`${url}/v1/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: JSON.stringify({ query, variables: opts.variables, operationName: opts.operationName }),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as GraphQLReply, text };
}

export async function metadataCall(url: string, body: unknown, headers: Record<string, string> = { 'x-hasura-admin-secret': ADMIN_SECRET }): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/v1/metadata`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
