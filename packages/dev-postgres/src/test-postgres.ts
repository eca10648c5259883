import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';
import { postgresUser, reachableTempBase } from './run-as.js';
import { startDevPostgres, type DevPostgres } from './start-dev-postgres.js';

/**
 * A throwaway cluster in a temporary directory on a free port, for tests and benchmarks.
 * Honours TEST_DATABASE_URL when it is set (then `stop` does nothing and the caller owns the data).
 */
export async function startTestPostgres(settings?: Record<string, string>): Promise<DevPostgres> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, port: Number(new URL(external).port || 5432), stop: async () => undefined };
  // Under root the server runs as the postgres user: the folder must be one it can reach.
  const base = await reachableTempBase(await postgresUser(), os.tmpdir());
  const parent = await mkdtemp(path.join(base, 'issuing-pg-'));
  await chmod(parent, 0o711); // mkdtemp makes it private to us; the data folder inside is the server's own
  const port = await freePort();
  const started = await startDevPostgres({
    dataDir: path.join(parent, 'data'),
    port,
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings },
  }).catch(async (error: unknown) => {
    await rm(parent, { recursive: true, force: true });
    throw error;
  });
  return {
    ...started,
    stop: async () => {
      await started.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh database on the server behind `url` and returns its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}
