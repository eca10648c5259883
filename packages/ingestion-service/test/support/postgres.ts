/** One real PostgreSQL per test file, migrated once; fresh databases are copies of a template. */
import { applyMigrationsDirect, MIGRATIONS_DIR } from '@issuing/db-migrate';
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import pg from 'pg';

export interface TestDatabases {
  server: DevPostgres;
  /** A new, migrated database (a copy of the template); returns its URL. */
  fresh(name: string): Promise<string>;
  stop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

export async function startTestDatabases(): Promise<TestDatabases> {
  const server = await startTestPostgres();
  // Unique names: with TEST_DATABASE_URL several test files share one server.
  const prefix = `ingestion_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const template = `${prefix}_template`;
  const created: string[] = [template];
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await applyMigrationsDirect(withDatabase(server.url, template), MIGRATIONS_DIR);
  return {
    server,
    async fresh(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
      const database = `${prefix}_${name}`;
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);
      created.push(database);
      return withDatabase(server.url, database);
    },
    async stop() {
      for (const database of created.reverse()) {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      }
      await admin.end();
      await server.stop();
    },
  };
}

const PROJECTIONS = ['cardholders', 'cards', 'authorizations', 'transactions'] as const;

/** Every projection row (without updated_at), the stored events and who is linked to whom. */
export async function snapshotTables(db: pg.Pool): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of PROJECTIONS) {
    const rows = await db.query(`SELECT * FROM public.${table} ORDER BY id`);
    result[table] = rows.rows.map(({ updated_at: _ignored, ...rest }: Record<string, unknown>) => rest);
  }
  result.stripe_events = (await db.query('SELECT id, type, created FROM public.stripe_events ORDER BY id')).rows;
  result.users = (await db.query('SELECT cardholder_id, lower(email) AS email FROM public.users ORDER BY cardholder_id')).rows;
  return result;
}

/** A pool shaped like a Lambda container's: one connection, short connect timeout. */
export function lambdaPool(url: string, connectionTimeoutMillis = 2000): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis });
  pool.on('error', () => undefined);
  return pool;
}
