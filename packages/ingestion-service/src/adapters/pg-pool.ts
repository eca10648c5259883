/**
 * One small pg pool per Lambda container: one connection (a container runs one invocation at a
 * time), a bounded connect timeout so a dead database fails the invocation instead of hanging
 * it, and a statement timeout.
 */
import pg from 'pg';
import { persistenceConfig, type PersistenceConfig } from '../config.js';
import { logger } from '../logger.js';

export function createPgPool(config: Pick<PersistenceConfig, 'databaseUrl' | 'connectionTimeoutMillis' | 'statementTimeoutMillis'>): pg.Pool {
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: 1,
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

let pool: pg.Pool | undefined;

/** The container's pool, created on first use from the validated configuration. */
export function getPool(): pg.Pool {
  pool ??= createPgPool(persistenceConfig());
  return pool;
}
