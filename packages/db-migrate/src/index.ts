export { applyMigrationsDirect, readMigrations, MigrationError, type Migration, type ApplyResult } from './migrations.js';
export { HASURA_PROJECT_DIR, MIGRATIONS_DIR, METADATA_DIR } from './paths.js';
