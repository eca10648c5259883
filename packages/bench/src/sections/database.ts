/** A throwaway PostgreSQL with the project's SQL migrations applied. */
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { applyMigrationsDirect, MIGRATIONS_DIR } from '@issuing/db-migrate';

export async function migratedPostgres(settings?: Record<string, string>): Promise<DevPostgres> {
  const postgres = await startTestPostgres(settings);
  try {
    await applyMigrationsDirect(postgres.url, MIGRATIONS_DIR);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  return postgres;
}
