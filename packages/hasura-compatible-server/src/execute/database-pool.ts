/** The one place the server's PostgreSQL connections are created. */
import pg from 'pg';

export interface PoolOptions {
  databaseUrl: string;
  /** HASURA_GRAPHQL_PG_CONNECTIONS (default 10). */
  pgConnections?: number;
  /** How long a request may wait for a free connection (then pg rejects the connect). */
  poolTimeoutMs: number;
  onLog: (entry: Record<string, unknown>) => void;
}

export interface DatabasePools {
  /** Metadata, run_sql and GraphQL queries; sessions run with `TimeZone=UTC`. */
  pool: pg.Pool;
  /** Cancels the statement a backend is running, over a connection of its own (the pool may be full). */
  cancelBackend: (pid: number) => Promise<void>;
}

export function createDatabasePools(opts: PoolOptions): DatabasePools {
  const pool = new pg.Pool({
    connectionString: opts.databaseUrl,
    options: '-c TimeZone=UTC',
    max: opts.pgConnections ?? 10,
    connectionTimeoutMillis: opts.poolTimeoutMs,
  });
  pool.on('error', (error) => opts.onLog({ level: 'error', msg: 'idle database connection failed', error: error.message }));
  const cancelBackend = async (pid: number): Promise<void> => {
    const client = new pg.Client({ connectionString: opts.databaseUrl, connectionTimeoutMillis: opts.poolTimeoutMs });
    try {
      await client.connect();
      await client.query('SELECT pg_cancel_backend($1)', [pid]);
    } catch (error) {
      opts.onLog({ level: 'warn', msg: 'cancelling a statement failed', pid, error: error instanceof Error ? error.message : String(error) });
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  return { pool, cancelBackend };
}
