/**
 * `npm start` with DATABASE_URL: that login is the owner; GraphQL queries get the read-only role
 * when the login may create it, else run as DATABASE_URL's role, said in one warn line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevSecrets, REPO_ROOT } from '@issuing/dev-defaults';
import { freePort, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { withoutStackVariables } from './processes.js';

const startScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/start.ts');
const NAMES = ['WEBHOOK_PORT', 'LAMBDA_PORT', 'EVENTBRIDGE_PORT', 'EVENTBRIDGE_PUBSUB_PORT', 'HASURA_GRAPHQL_SERVER_PORT'];

let postgres: DevPostgres;
let dir: string;

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<pg.QueryResult<T>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<T>(text);
  } finally {
    await client.end();
  }
}

/** A login role owning its own database; returns its URL. */
async function ownerDatabase(name: string, attributes: string): Promise<string> {
  await sql(postgres.url, `CREATE ROLE ${name} LOGIN ${attributes} PASSWORD '${name}-password-0123456789'`);
  await sql(postgres.url, `CREATE DATABASE ${name} OWNER ${name}`);
  const url = new URL(postgres.url);
  url.username = name;
  url.password = `${name}-password-0123456789`;
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs npm start against `databaseUrl` until it runs; then Ctrl-C. Returns its stderr and the GraphQL answer. */
async function startAndQuery(databaseUrl: string): Promise<{ stderr: string; answer: unknown; sessions: string[] }> {
  const ports = await Promise.all(NAMES.map(() => freePort()));
  const secretsFile = path.join(dir, 'dev-secrets.json');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', startScript], {
    cwd: REPO_ROOT,
    env: {
      ...withoutStackVariables(process.env),
      ...Object.fromEntries(NAMES.map((name, index) => [name, String(ports[index])])),
      DATABASE_URL: databaseUrl,
      DEAD_LETTER_DIR: path.join(dir, 'dead-letters'),
      DEV_SECRETS_FILE: secretsFile,
      SEED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (let waited = 0; !stdout.includes('Ctrl-C stops everything'); waited += 200) {
      if (waited > 150_000 || child.exitCode !== null) throw new Error(`npm start did not start:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const response = await fetch(`http://127.0.0.1:${ports[4]}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': loadDevSecrets(secretsFile).adminSecret },
      body: JSON.stringify({ query: '{ users_aggregate { aggregate { count } } }' }),
    });
    const answer: unknown = await response.json();
    const sessions = await sql<{ usename: string }>(postgres.url, "SELECT DISTINCT usename FROM pg_stat_activity WHERE usename LIKE 'issuing_%' OR usename LIKE 'app_%' ORDER BY 1");
    return { stderr, answer, sessions: sessions.rows.map((row) => row.usename) };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  dir = await mkdtemp(path.join(os.tmpdir(), 'dev-stack-database-url-'));
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('npm start with DATABASE_URL', () => {
  it('creates the read-only GraphQL role when that login may create roles, and warns about nothing', async () => {
    // Prepare
    const url = await ownerDatabase('app_admin', 'CREATEROLE');
    // Act
    const { stderr, answer, sessions } = await startAndQuery(url);
    // Assert
    expect(answer).toEqual({ data: { users_aggregate: { aggregate: { count: 0 } } } });
    expect(sessions).toContain('issuing_graphql');
    expect(stderr).not.toMatch(/"level":"(warn|error)"/);
  }, 200_000);

  it('runs GraphQL as that login when it may not create roles, saying so in one warn line', async () => {
    // Prepare
    const url = await ownerDatabase('app_plain', '');
    // Act
    const { stderr, answer } = await startAndQuery(url);
    // Assert
    expect(answer).toEqual({ data: { users_aggregate: { aggregate: { count: 0 } } } });
    const warnings = stderr.split('\n').filter((line) => /"level":"warn"/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('GraphQL queries run as the DATABASE_URL role: the DATABASE_URL role may not create roles (it needs CREATEROLE) to create the read-only role issuing_graphql; set HASURA_GRAPHQL_QUERY_DATABASE_URL to a read-only role to change that');
  }, 200_000);
});
