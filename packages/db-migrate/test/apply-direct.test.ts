import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, InconsistentMetadataError, METADATA_DIR, MIGRATIONS_DIR, readMigrations } from '../src/index.js';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');
let postgres: DevPostgres;
let counter = 0;

function freshDatabase(): Promise<string> {
  counter += 1;
  return createDatabase(postgres.url, `direct_${counter}`);
}

/** A copy of the project's metadata with one permission naming a column that does not exist. */
async function metadataWithUnknownColumn(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'metadata-'));
  await cp(METADATA_DIR, dir, { recursive: true });
  const file = path.join(dir, 'databases/default/tables/public_users.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('        - email\n', '        - email\n        - nickname\n'));
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

  it('metadata naming an unknown column fails with one line naming the permission and the column', async () => {
    // Prepare
    const databaseUrl = await freshDatabase();
    const metadataDir = await metadataWithUnknownColumn();
    try {
      // Act
      const attempt = applyMigrations({ databaseUrl, metadataDir });

      // Assert
      await expect(attempt).rejects.toThrow(InconsistentMetadataError);
      await expect(attempt).rejects.toThrow(/users.*nickname|nickname.*users/);
    } finally {
      await rm(metadataDir, { recursive: true, force: true });
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
