/** `npm run migrations`: applies pending SQL migrations to DATABASE_URL. */
import { applyMigrationsDirect } from './migrations.js';
import { MIGRATIONS_DIR } from './paths.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('migrations: DATABASE_URL is not set; export it (e.g. postgres://postgres:postgres@127.0.0.1:5500/postgres) and run again');
  process.exit(2);
}
try {
  const result = await applyMigrationsDirect(databaseUrl, MIGRATIONS_DIR);
  console.log(JSON.stringify({ msg: 'migrations applied', applied: result.applied, alreadyApplied: result.skipped.length }));
} catch (error) {
  console.error(`migrations: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
