/**
 * One small pg pool per Lambda container: one connection by default (a container runs one
 * invocation at a time; the offline stage, which runs them all in one process, sets more), a bounded connect timeout so a dead database fails the invocation instead of hanging
 * it, and a statement timeout.
 */
import pg from 'pg';
import { persistenceConfig, type PersistenceConfig } from '../config.js';
import { logger } from '../logger.js';
import { createDatabaseUrlProvider } from './database-url.js';

export function createPgPool(
  databaseUrl: string,
  config: Pick<PersistenceConfig, 'connectionTimeoutMillis' | 'statementTimeoutMillis'> & { poolMax?: number },
): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.poolMax ?? 1,
    connectionTimeoutMillis: config.connectionTimeoutMillis,
    idleTimeoutMillis: 60_000,
    statement_timeout: config.statementTimeoutMillis,
    // Client-side bound too: a connection that silently stops answering fails the invocation.
    query_timeout: config.statementTimeoutMillis + 2000,
  });
  // An idle connection that dies (database restart) emits 'error'; without a listener the
  // process would crash. The next query opens a new connection.
  pool.on('error', (error) => logger.warn('idle PostgreSQL connection failed', { error }));
  return pool;
}

let pool: Promise<pg.Pool> | undefined;

/** The container's pool, created on first use from the validated configuration. */
export function getPool(): Promise<pg.Pool> {
  pool ??= (async () => {
    const config = persistenceConfig();
    return createPgPool(await createDatabaseUrlProvider(config)(), config);
  })();
  // A failed start (config, secret) is not cached: the next invocation tries again.
  pool.catch(() => {
    pool = undefined;
  });
  return pool;
}
