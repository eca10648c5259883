import { execFile } from 'node:child_process';
import { mkdtemp, cp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { loadMetadataDir } from '@issuing/hasura-compatible-server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, InconsistentMetadataError, MigrationError, METADATA_DIR, MIGRATIONS_DIR, readMigrations } from '../src/index.js';
import { startFakeHasura, type FakeHasura } from './fake-hasura.js';

const run = promisify(execFile);
const ADMIN_SECRET = 'test-admin-secret-not-real';
const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');

let postgres: DevPostgres;
let counter = 0;

async function freshHasura(): Promise<{ fake: FakeHasura; databaseUrl: string }> {
  counter += 1;
  const databaseUrl = await createDatabase(postgres.url, `through_hasura_${counter}`);
  return { fake: await startFakeHasura(databaseUrl, ADMIN_SECRET), databaseUrl };
}

async function tableNames(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return result.rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

function callTypes(fake: FakeHasura): string[] {
  return fake.calls.map((call) => `${call.path} ${String(call.body.type)}`);
}

beforeAll(async () => {
  postgres = await startTestPostgres();
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
});

describe('applyMigrations through a Hasura endpoint', () => {
  it('runs each pending up.sql with run_sql on source default and records it in the CLI catalog state, then replaces and reloads the metadata', async () => {
    // Prepare
    const { fake, databaseUrl } = await freshHasura();
    const versions = (await readMigrations(MIGRATIONS_DIR)).map((migration) => migration.version);
    try {
      // Act
      const result = await applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET });

      // Assert
      expect(result.mode).toBe('hasura');
      expect(result.applied.map((label) => label.split('_')[0])).toEqual(versions);
      const expectedCalls = ['/v1/metadata get_catalog_state'];
      for (let index = 0; index < versions.length; index += 1) expectedCalls.push('/v2/query run_sql', '/v1/metadata set_catalog_state');
      expectedCalls.push('/v1/metadata replace_metadata', '/v1/metadata reload_metadata');
      expect(callTypes(fake)).toEqual(expectedCalls);
      expect(fake.calls.every((call) => call.adminSecret === ADMIN_SECRET)).toBe(true);
      const runSql = fake.calls.filter((call) => call.body.type === 'run_sql');
      expect(runSql.every((call) => JSON.stringify(call.body.args).includes('"source":"default"'))).toBe(true);
      // After each migration the whole state is written with that version marked clean (false).
      const states = fake.calls.filter((call) => call.body.type === 'set_catalog_state').map((call) => call.body.args);
      expect(states[0]).toMatchObject({ type: 'cli', state: { migrations: { default: { [versions[0] ?? '']: false } } } });
      expect(fake.cliState).toMatchObject({ migrations: { default: Object.fromEntries(versions.map((v) => [v, false])) }, isStateCopyCompleted: true });
      expect(await tableNames(databaseUrl)).toEqual(expect.arrayContaining(['authorizations', 'transactions', 'users', 'feed_entries', 'activity_feed']));
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('sends replace_metadata version 2 with the directory inlined and inconsistency not allowed', async () => {
    // Prepare
    const { fake } = await freshHasura();
    try {
      // Act
      await applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET });

      // Assert
      const replace = fake.calls.find((call) => call.body.type === 'replace_metadata');
      expect(replace?.body.version).toBe(2);
      expect(replace?.body.args).toMatchObject({
        allow_inconsistent_metadata: false,
        metadata: {
          version: 3,
          sources: [{ name: 'default', kind: 'postgres', configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } } }],
        },
      });
      const text = JSON.stringify(replace?.body);
      expect(text).not.toContain('!include');
      for (const table of ['users', 'cardholders', 'cards', 'authorizations', 'transactions', 'activity_feed']) {
        expect(text).toContain(`"table":{"name":"${table}","schema":"public"}`);
      }
      expect(text).not.toContain('"name":"stripe_events"');
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('a second run applies nothing and still applies the metadata', async () => {
    // Prepare
    const { fake } = await freshHasura();
    try {
      await applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET });
      fake.calls.length = 0;

      // Act
      const again = await applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET });

      // Assert
      expect(again.applied).toEqual([]);
      expect(callTypes(fake)).toEqual(['/v1/metadata get_catalog_state', '/v1/metadata replace_metadata', '/v1/metadata reload_metadata']);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('a failing up.sql stops the run, names the migration and is not recorded', async () => {
    // Prepare
    const { fake } = await freshHasura();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await cp(path.join(dir, '1764201700000_dashboard_read_model'), path.join(dir, '1999999999999_broken'), { recursive: true });
    await writeFile(path.join(dir, '1999999999999_broken', 'up.sql'), 'SELECT no_such_column FROM public.users;');
    try {
      // Act
      const attempt = applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET, migrationsDir: dir });

      // Assert
      await expect(attempt).rejects.toThrow(MigrationError);
      await expect(attempt).rejects.toThrow(/1999999999999_broken/);
      expect(JSON.stringify(fake.cliState)).not.toContain('1999999999999');
      expect(callTypes(fake)).not.toContain('/v1/metadata replace_metadata');
    } finally {
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('metadata that Hasura finds inconsistent fails with one line naming the object', async () => {
    // Prepare
    const { fake } = await freshHasura();
    fake.inconsistentObjects = [{
      definition: { role: 'cardholder', table: { name: 'users', schema: 'public' } },
      name: 'table_permission cardholder.select in table users in source default',
      reason: 'Inconsistent object: in table "users": the column "nickname" does not exist',
      type: 'select_permission',
    }];
    try {
      // Act
      const attempt = applyMigrations({ hasuraEndpoint: fake.url, adminSecret: ADMIN_SECRET });

      // Assert
      await expect(attempt).rejects.toThrow(InconsistentMetadataError);
      await expect(attempt).rejects.toThrow(/select_permission table_permission cardholder\.select in table users.*"nickname" does not exist/);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('the CLI exits non-zero with one readable line when Hasura rejects the metadata', async () => {
    // Prepare
    const { fake } = await freshHasura();
    fake.inconsistentObjects = [{ name: 'array_relationship cards in table cardholders', reason: 'column "holder" does not exist', type: 'array_relation' }];
    try {
      // Act
      const outcome = await run(process.execPath, ['--import', 'tsx', CLI], {
        env: { ...process.env, DATABASE_URL: '', HASURA_GRAPHQL_ENDPOINT: fake.url, HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET },
      }).then(() => ({ code: 0, stderr: '' }), (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }));

      // Assert
      expect(outcome.code).toBe(1);
      const lines = outcome.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^migrations: metadata is inconsistent .*array_relation array_relationship cards in table cardholders: column "holder" does not exist/);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('a wrong admin secret is reported as Hasura access-denied, not as success', async () => {
    // Prepare
    const { fake } = await freshHasura();
    try {
      // Act
      const attempt = applyMigrations({ hasuraEndpoint: fake.url, adminSecret: 'wrong-secret' });

      // Assert
      await expect(attempt).rejects.toThrow(/get_catalog_state: HTTP 401 invalid x-hasura-admin-secret.*access-denied/);
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('the metadata directory', () => {
  it('reads as export-shaped JSON with every tracked table inlined', async () => {
    // Prepare / Act
    const metadata = await loadMetadataDir(METADATA_DIR);

    // Assert
    const sources = metadata.sources;
    expect(Array.isArray(sources)).toBe(true);
    const tables = Array.isArray(sources) ? (sources[0] as { tables?: Array<{ table: { name: string } }> }).tables : undefined;
    expect(tables?.map((entry) => entry.table.name).sort()).toEqual([
      'activity_feed', 'authorizations', 'card_spend_by_category', 'card_spend_over_time', 'cardholders', 'cards', 'spend_by_category', 'spend_over_time', 'spending_totals', 'transactions', 'users',
    ]);
  });
});
