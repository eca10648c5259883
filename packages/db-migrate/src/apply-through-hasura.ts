/**
 * Applies migrations and metadata through a running Hasura v2 server exactly as its CLI does
 * (config v3): versions are recorded in the catalog state (`cli_state.migrations.<db>`), so
 * `hasura migrate status` and the cli-migrations image agree with what ran here.
 */
import { loadMetadataDir } from '@issuing/hasura-compatible-server';
import { HasuraApiError, type HasuraClient } from './hasura-client.js';
import { MigrationError, readMigrations, type ApplyResult } from './migrations.js';
import { errorMessage, isRecord } from '@issuing/kernel';

export class InconsistentMetadataError extends Error {
  constructor(message: string, readonly objects: unknown[], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InconsistentMetadataError';
  }
}

type JsonObject = Record<string, unknown>;

/** "type name: reason" for one of Hasura's inconsistent-object records. */
export function describeInconsistency(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const type = typeof item.type === 'string' ? item.type : 'object';
  const reason = typeof item.reason === 'string' ? item.reason : JSON.stringify(item.reason ?? item);
  const name = typeof item.name === 'string' ? item.name : JSON.stringify(item.definition ?? {}).slice(0, 160);
  return `${type} ${name}: ${reason}`;
}

export function inconsistencyError(prefix: string, objects: unknown[], cause?: unknown): InconsistentMetadataError {
  const first = objects.length > 0 ? describeInconsistency(objects[0]) : 'no details given';
  const more = objects.length > 1 ? ` (and ${objects.length - 1} more)` : '';
  return new InconsistentMetadataError(`${prefix}: ${first}${more}`, objects, { cause });
}

export interface HasuraApplyOptions {
  client: HasuraClient;
  migrationsDir: string;
  metadataDir: string;
  /** The source name in metadata and in `migrations/<db>/`. */
  databaseName?: string;
}

export interface HasuraApplyResult extends ApplyResult {
  readonly metadataApplied: true;
}

async function readCliState(client: HasuraClient): Promise<JsonObject> {
  const state = await client.metadata({ type: 'get_catalog_state', args: {} });
  if (!isRecord(state)) throw new MigrationError('get_catalog_state returned no object');
  return isRecord(state.cli_state) ? state.cli_state : {};
}

/** Runs every pending `up.sql`, then replaces and reloads the metadata. */
export async function applyThroughHasura(options: HasuraApplyOptions): Promise<HasuraApplyResult> {
  const { client } = options;
  const databaseName = options.databaseName ?? 'default';
  const migrations = await readMigrations(options.migrationsDir);
  const metadata = await loadMetadataDir(options.metadataDir);

  const cliState = await readCliState(client);
  const allMigrations = isRecord(cliState.migrations) ? { ...cliState.migrations } : {};
  const done = isRecord(allMigrations[databaseName]) ? { ...allMigrations[databaseName] } : {};
  const settings = isRecord(cliState.settings) ? cliState.settings : { migration_mode: 'true' };

  const applied: string[] = [];
  const skipped: string[] = [];
  for (const migration of migrations) {
    const label = `${migration.version}_${migration.name}`;
    if (migration.version in done) {
      skipped.push(label);
      continue;
    }
    // Like the CLI: an empty up.sql is not sent but is recorded.
    if (migration.upSql.trim()) {
      try {
        await client.query({ type: 'run_sql', args: { source: databaseName, sql: migration.upSql } });
      } catch (cause) {
        const reason = errorMessage(cause);
        throw new MigrationError(`migration ${label} failed: ${reason}`, { cause });
      }
    }
    done[migration.version] = false; // false = applied cleanly (not dirty)
    allMigrations[databaseName] = done;
    await client.metadata({
      type: 'set_catalog_state',
      args: { type: 'cli', state: { ...cliState, migrations: allMigrations, settings, isStateCopyCompleted: true } },
    });
    applied.push(label);
  }

  try {
    await client.metadata({
      type: 'replace_metadata',
      version: 2,
      args: { allow_inconsistent_metadata: false, metadata },
    });
  } catch (cause) {
    if (cause instanceof HasuraApiError && isRecord(cause.body) && Array.isArray(cause.body.internal)) {
      throw inconsistencyError('metadata is inconsistent with the database', cause.body.internal, cause);
    }
    throw cause;
  }
  const reloaded = await client.metadata({ type: 'reload_metadata', args: { reload_sources: true } });
  if (isRecord(reloaded) && reloaded.is_consistent === false) {
    const objects = Array.isArray(reloaded.inconsistent_objects) ? reloaded.inconsistent_objects : [];
    throw inconsistencyError('metadata is inconsistent after reload', objects);
  }
  return { applied, skipped, metadataApplied: true };
}
