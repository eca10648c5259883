/** Helpers for sections that run the GraphQL server as a child process and watch it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { METADATA_DIR } from '@issuing/db-migrate';
import { freePort } from '@issuing/dev-postgres';
import { DEV_ADMIN_SECRET, DEV_JWT_SECRET } from '@issuing/graphql-test-kit';

/** The process's resident memory now and at its peak, in MB (Linux /proc). */
export function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string): number => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** Resolves once the server answers /healthz; rejects when it exits or after 30 s. */
async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not answer /healthz within 30 s');
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER_CLI = path.join(REPO_ROOT, 'packages/hasura-compatible-server/src/cli.ts');

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
}

/**
 * The Hasura-compatible server as its own process, as npm start runs it, on a free port with the
 * project's metadata and the test kit's secrets; resolves once it answers /healthz.
 */
export async function startServerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_CLI], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
      HASURA_GRAPHQL_METADATA_DIR: METADATA_DIR,
      HASURA_GRAPHQL_SERVER_PORT: String(port),
      HASURA_GRAPHQL_ADMIN_SECRET: DEV_ADMIN_SECRET,
      HASURA_GRAPHQL_JWT_SECRET: DEV_JWT_SECRET,
      ...env,
    },
    stdio: 'ignore',
  });
  await waitForHealth(url, child);
  if (child.pid === undefined) throw new Error('the server process has no pid');
  return { child, pid: child.pid, url };
}

/** Stops a server process started above (SIGTERM) and waits for it to exit. */
export async function stopServerProcess(child: ChildProcess | undefined): Promise<void> {
  if (child?.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
