import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, HasuraOwnedDatabaseError, InconsistentMetadataError, METADATA_DIR, MIGRATIONS_DIR, readMigrations } from '../src/index.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');
let postgres: DevPostgres;
let counter = 0;

function freshDatabase(): Promise<string> {
  counter += 1;
  return createDatabase(postgres.url, `direct_${counter}`);
}

/** A copy of the project's metadata with one edit to public_<table>.yaml. */
async function metadataWith(table: string, from: string, to: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'metadata-'));
  await cp(METADATA_DIR, dir, { recursive: true });
  const file = path.join(dir, `databases/default/tables/public_${table}.yaml`);
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`public_${table}.yaml has no ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to));
  return dir;
}

beforeAll(async () => {
  postgres = await startTestPostgres();
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
});

describe('applyMigrations without a Hasura endpoint', () => {
  it('applies every migration and accepts the project metadata; a second run applies nothing', async () => {
    // Prepare
    const databaseUrl = await freshDatabase();
    const all = (await readMigrations(MIGRATIONS_DIR)).map((m) => `${m.version}_${m.name}`);

    // Act
    const first = await applyMigrations({ databaseUrl });
    const second = await applyMigrations({ databaseUrl });

    // Assert
    expect(first).toEqual({ mode: 'direct', applied: all, skipped: [] });
    expect(second).toEqual({ mode: 'direct', applied: [], skipped: all });
  }, 60_000);

  for (const [what, table, from, to, named] of [
    ['a permission column that does not exist', 'users', '        - email\n', '        - email\n        - nickname\n', /users.*nickname|nickname.*users/],
    ['a permission filter on a column that does not exist', 'cards', '        cardholder:\n', '        holder:\n', /cards.*holder|holder.*cards/],
    ['a relationship to a table that does not exist', 'authorizations', '          name: cards\n', '          name: payment_cards\n', /authorizations|payment_cards/],
  ] as const) {
    it(`metadata with ${what} fails with one line naming it`, async () => {
      // Prepare
      const databaseUrl = await freshDatabase();
      const metadataDir = await metadataWith(table, from, to);
      try {
        // Act
        const attempt = applyMigrations({ databaseUrl, metadataDir });

        // Assert
        await expect(attempt).rejects.toThrow(InconsistentMetadataError);
        await expect(attempt).rejects.toThrow(named);
        await expect(attempt).rejects.toThrow(/^metadata is inconsistent with the database: [^\n]+$/);
      } finally {
        await rm(metadataDir, { recursive: true, force: true });
      }
    }, 60_000);
  }

  it('refuses a database a real Hasura already tracks, before applying anything, and says to go through HASURA_GRAPHQL_ENDPOINT', async () => {
    // Prepare: the catalog Hasura v2 creates in its metadata database (compose: the same database).
    const databaseUrl = await freshDatabase();
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA hdb_catalog;
      CREATE TABLE hdb_catalog.hdb_version (hasura_uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(), version text NOT NULL,
        upgraded_on timestamptz NOT NULL DEFAULT now(), cli_state jsonb NOT NULL DEFAULT '{}', console_state jsonb NOT NULL DEFAULT '{}');
      INSERT INTO hdb_catalog.hdb_version (version, cli_state) VALUES ('48', '{"migrations":{"default":{"1780000000000":false}},"settings":{"migration_mode":"true"},"isStateCopyCompleted":true}');`);

    try {
      // Act / Assert
      await expect(applyMigrations({ databaseUrl })).rejects.toBeInstanceOf(HasuraOwnedDatabaseError);
      const cli = await run(process.execPath, ['--import', 'tsx', CLI], {
        env: { ...process.env, DATABASE_URL: databaseUrl, HASURA_GRAPHQL_ENDPOINT: '' },
      }).then(() => ({ code: 0, stderr: '' }), (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }));

      expect(cli.code).toBe(1);
      expect(cli.stderr.trim().split('\n')).toHaveLength(1);
      expect(cli.stderr).toMatch(/^migrations: this database is tracked by a Hasura server .*HASURA_GRAPHQL_ENDPOINT=/);
      const tracking = await admin.query("SELECT to_regclass('issuing_migrations.applied') IS NULL AS untouched, to_regclass('public.stripe_events') IS NULL AS no_tables");
      expect(tracking.rows[0]).toEqual({ untouched: true, no_tables: true });
    } finally {
      await admin.end();
    }
  }, 60_000);

  it('the CLI reports a missing DATABASE_URL in one line and exits non-zero', async () => {
    // Act
    const outcome = await run(process.execPath, ['--import', 'tsx', CLI], {
      env: { ...process.env, DATABASE_URL: '', HASURA_GRAPHQL_ENDPOINT: '' },
    }).then(() => ({ code: 0, stderr: '' }), (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? '' }));

    // Assert
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/^migrations: set DATABASE_URL/);
  }, 60_000);
});
