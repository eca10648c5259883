/**
 * `npm run migrations`: applies hasura/migrations and hasura/metadata. With
 * HASURA_GRAPHQL_ENDPOINT set it goes through that Hasura's APIs (as `hasura migrate apply` +
 * `hasura metadata apply` + `reload` would); otherwise straight to DATABASE_URL.
 */
import { applyMigrations } from './apply-migrations.js';
import { readMigrateConfig } from './config.js';
import { errorMessage } from '@issuing/kernel';

function oneLine(error: unknown): string {
  return errorMessage(error).replace(/\s+/g, ' ').trim();
}

try {
  const config = readMigrateConfig();
  const result = await applyMigrations({
    databaseUrl: config.databaseUrl,
    hasuraEndpoint: config.hasuraEndpoint,
    adminSecret: config.adminSecret,
  });
  console.log(JSON.stringify({ msg: 'migrations and metadata applied', mode: result.mode, applied: result.applied, alreadyApplied: result.skipped.length }));
} catch (error) {
  console.error(`migrations: ${oneLine(error)}`);
  process.exitCode = 1;
}
