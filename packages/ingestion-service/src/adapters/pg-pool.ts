/**
 * One small pg pool per Lambda container: one connection by default (a container runs one
 * invocation at a time; the offline stage, which runs them all in one process, sets more), a
 * bounded connect timeout so a dead database fails the invocation instead of hanging it, and a
 * statement timeout.
 */
import pg from 'pg';
import { persistenceConfig, type PersistenceConfig } from '../config.js';
import { logger } from '../logger.js';
import { connectionSettings, createDatabaseCredentialsProvider, type DatabaseCredentialsProvider } from './database-url.js';

type PoolLimits = Pick<PersistenceConfig, 'connectionTimeoutMillis' | 'statementTimeoutMillis'> & { poolMax?: number };

export function createPgPool(connection: string | pg.PoolConfig, config: PoolLimits): pg.Pool {
  const pool = new pg.Pool({
    ...(typeof connection === 'string' ? { connectionString: connection } : connection),
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

/** A pool for the configured source, and a way to make it read rotated credentials again. */
export async function openDatabasePool(
  config: PersistenceConfig,
  credentials: DatabaseCredentialsProvider | undefined = config.database.kind === 'rds-secret'
    ? createDatabaseCredentialsProvider(config.database.secretId, config)
    : undefined,
): Promise<{ pool: pg.Pool; forgetCredentials: () => void }> {
  const pool = createPgPool(await connectionSettings(config.database, credentials), config);
  return { pool, forgetCredentials: () => credentials?.forget() };
}

let opened: Promise<{ pool: pg.Pool; forgetCredentials: () => void }> | undefined;

/** The container's pool, created on first use from the validated configuration. */
export async function getPool(): Promise<pg.Pool> {
  const current = (opened ??= openDatabasePool(persistenceConfig()));
  // A failed start (config, secret) is not cached: the next invocation tries again.
  current.catch(() => {
    if (opened === current) opened = undefined;
  });
  return (await current).pool;
}

/** After PostgreSQL refused the password: the next connection reads the secret again. */
export function forgetDatabaseCredentials(): void {
  void opened?.then(({ forgetCredentials }) => forgetCredentials(), () => undefined);
}
