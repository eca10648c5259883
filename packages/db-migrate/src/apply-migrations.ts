/**
 * One entry point for both worlds: through a real Hasura when an endpoint is given (what its CLI
 * does), otherwise straight to PostgreSQL plus a consistency check of the metadata directory
 * against the migrated database (what the Hasura-compatible server will serve).
 */
import { applyThroughHasura } from './apply-through-hasura.js';
import { checkMetadataDirect } from './check-metadata-direct.js';
import { createHasuraClient } from './hasura-client.js';
import { applyMigrationsDirect } from './migrations.js';
import { METADATA_DIR, MIGRATIONS_DIR } from './paths.js';
import { refuseHasuraOwnedDatabase } from './refuse-hasura-owned.js';

export interface ApplyMigrationsOptions {
  databaseUrl?: string;
  hasuraEndpoint?: string;
  adminSecret?: string;
  migrationsDir?: string;
  metadataDir?: string;
}

export interface ApplyMigrationsResult {
  readonly mode: 'hasura' | 'direct';
  /** `<version>_<name>` of each migration applied by this call, in order. */
  readonly applied: string[];
  readonly skipped: string[];
}

export async function applyMigrations(options: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const metadataDir = options.metadataDir ?? METADATA_DIR;
  if (options.hasuraEndpoint) {
    const client = createHasuraClient(options.hasuraEndpoint, options.adminSecret);
    const result = await applyThroughHasura({ client, migrationsDir, metadataDir });
    return { mode: 'hasura', applied: result.applied, skipped: result.skipped };
  }
  if (!options.databaseUrl) throw new Error('applyMigrations needs databaseUrl or hasuraEndpoint');
  await refuseHasuraOwnedDatabase(options.databaseUrl);
  const result = await applyMigrationsDirect(options.databaseUrl, migrationsDir);
  await checkMetadataDirect(options.databaseUrl, metadataDir);
  return { mode: 'direct', applied: result.applied, skipped: result.skipped };
}
