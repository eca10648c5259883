/** The one place the server's PostgreSQL connections are created. */
import { errorMessage } from '@issuing/kernel';
import pg from 'pg';

interface PoolOptions {
  databaseUrl: string;
  /** GraphQL execution logs in with this (e.g. a read-only role); default `databaseUrl`. */
  queryDatabaseUrl?: string | undefined;
  /** HASURA_GRAPHQL_PG_CONNECTIONS (default 10). */
  pgConnections?: number;
  /** How long a request may wait for a free connection (then pg rejects the connect). */
  poolTimeoutMs: number;
  /** statement_timeout of the GraphQL connections (a request may lower it for itself). */
  statementTimeoutMs: number;
  onLog: (entry: Record<string, unknown>) => void;
}

interface DatabasePools {
  /** Metadata, run_sql and introspection (a few connections, no statement timeout); `TimeZone=UTC`. */
  pool: pg.Pool;
  /** GraphQL queries: HASURA_GRAPHQL_PG_CONNECTIONS connections with the statement timeout; `TimeZone=UTC`. */
  queryPool: pg.Pool;
  /** Cancels the statement a backend is running, over a connection of its own (the pool may be full). */
  cancelBackend: (pid: number) => Promise<void>;
}

/** Connections of the metadata pool: metadata calls and run_sql are rare and admin-only. */
const METADATA_CONNECTIONS = 3;

export function createDatabasePools(opts: PoolOptions): DatabasePools {
  const onError = (error: Error) => opts.onLog({ level: 'error', msg: 'idle database connection failed', error: error.message });
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, options: '-c TimeZone=UTC', max: METADATA_CONNECTIONS });
  pool.on('error', onError);
  const queryUrl = opts.queryDatabaseUrl ?? opts.databaseUrl;
  const queryPool = new pg.Pool({
    connectionString: queryUrl,
    options: `-c TimeZone=UTC -c statement_timeout=${Math.max(1, Math.floor(opts.statementTimeoutMs))}`,
    max: opts.pgConnections ?? 10,
    connectionTimeoutMillis: opts.poolTimeoutMs,
  });
  queryPool.on('error', onError);
  const cancelBackend = async (pid: number): Promise<void> => {
    // pg_cancel_backend needs the role that runs the statement: the query role.
    const client = new pg.Client({ connectionString: queryUrl, connectionTimeoutMillis: opts.poolTimeoutMs });
    try {
      await client.connect();
      await client.query('SELECT pg_cancel_backend($1)', [pid]);
    } catch (error) {
      opts.onLog({ level: 'warn', msg: 'cancelling a statement failed', pid, error: errorMessage(error) });
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  return { pool, queryPool, cancelBackend };
}
