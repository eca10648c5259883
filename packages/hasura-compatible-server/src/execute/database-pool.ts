/** The one place the server's PostgreSQL pools are created. */
import pg from 'pg';

export interface PoolOptions {
  databaseUrl: string;
  /** HASURA_GRAPHQL_PG_CONNECTIONS (default 10). */
  pgConnections?: number;
  onLog: (entry: Record<string, unknown>) => void;
}

/** The pool for metadata, run_sql and GraphQL queries; sessions run with `TimeZone=UTC`. */
export function createDatabasePool(opts: PoolOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, options: '-c TimeZone=UTC', max: opts.pgConnections ?? 10 });
  pool.on('error', (error) => opts.onLog({ level: 'error', msg: 'idle database connection failed', error: error.message }));
  return pool;
}
