/**
 * Reads Hasura CLI v3 migrations (`migrations/<db>/<version>_<name>/up.sql`) and applies the
 * pending ones straight to PostgreSQL, each in its own transaction, recording what was applied.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { errorMessage } from '@issuing/kernel';

export interface Migration {
  /** Millisecond-epoch version from the folder name, as Hasura's CLI reads it. */
  readonly version: string;
  readonly name: string;
  readonly upSql: string;
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Lists `<dir>/<version>_<name>/up.sql` in ascending version order. */
export async function readMigrations(databaseDir: string): Promise<Migration[]> {
  if (!existsSync(databaseDir)) throw new MigrationError(`migrations folder ${databaseDir} does not exist`);
  const entries = await readdir(databaseDir, { withFileTypes: true });
  const migrations: Migration[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const match = /^(\d+)_(.+)$/.exec(entry.name);
    if (!match?.[1] || !match[2]) continue;
    const upPath = path.join(databaseDir, entry.name, 'up.sql');
    const upSql = existsSync(upPath) ? await readFile(upPath, 'utf8') : '';
    migrations.push({ version: match[1], name: match[2], upSql });
  }
  return migrations.sort((a, b) => (BigInt(a.version) < BigInt(b.version) ? -1 : 1));
}

// A private schema, not hdb_catalog: a real Hasura owns hdb_catalog and must never find a
// hand-made one (see shared/reference/hasura-v2.md §2.3).
const TRACKING_DDL = `
  CREATE SCHEMA IF NOT EXISTS issuing_migrations;
  CREATE TABLE IF NOT EXISTS issuing_migrations.applied (
    database_name text NOT NULL,
    version       text NOT NULL,
    name          text NOT NULL,
    applied_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (database_name, version)
  );`;

// Serialises concurrent runners (two `npm start`s, parallel test files) on one database.
const ADVISORY_LOCK_KEY = 7_100_442_001;

export interface ApplyResult {
  readonly applied: string[];
  readonly skipped: string[];
}

/**
 * Applies pending migrations to `databaseUrl`. Each migration runs in one transaction together
 * with its tracking row, so a failure leaves neither; re-running applies only what is missing.
 */
export async function applyMigrationsDirect(
  databaseUrl: string,
  databaseDir: string,
  databaseName = 'default',
): Promise<ApplyResult> {
  const migrations = await readMigrations(databaseDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  const skipped: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    await client.query(TRACKING_DDL);
    const done = await client.query<{ version: string }>(
      'SELECT version FROM issuing_migrations.applied WHERE database_name = $1',
      [databaseName],
    );
    const doneVersions = new Set(done.rows.map((row) => row.version));
    for (const migration of migrations) {
      const label = `${migration.version}_${migration.name}`;
      if (doneVersions.has(migration.version)) {
        skipped.push(label);
        continue;
      }
      try {
        await client.query('BEGIN');
        if (migration.upSql.trim()) await client.query(migration.upSql);
        await client.query(
          'INSERT INTO issuing_migrations.applied (database_name, version, name) VALUES ($1, $2, $3)',
          [databaseName, migration.version, migration.name],
        );
        await client.query('COMMIT');
        applied.push(label);
      } catch (cause) {
        await client.query('ROLLBACK').catch(() => undefined);
        const reason = errorMessage(cause);
        throw new MigrationError(`migration ${label} failed: ${reason}`, { cause });
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return { applied, skipped };
}
