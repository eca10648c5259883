export { applyMigrationsDirect, readMigrations, MigrationError, type Migration, type ApplyResult } from './migrations.js';
export { applyMigrations, type ApplyMigrationsOptions, type ApplyMigrationsResult } from './apply-migrations.js';
export { applyThroughHasura, InconsistentMetadataError, describeInconsistency, type HasuraApplyOptions } from './apply-through-hasura.js';
export { createHasuraClient, HasuraApiError, type HasuraClient } from './hasura-client.js';
export { HASURA_PROJECT_DIR, MIGRATIONS_DIR, METADATA_DIR } from './paths.js';
export { HasuraOwnedDatabaseError } from './refuse-hasura-owned.js';
export { createAppDatabase, createGraphqlRole, syncGraphqlGrants, DatabaseRoleError } from './database-roles.js';
