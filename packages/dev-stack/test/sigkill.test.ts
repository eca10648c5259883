/**
 * However `npm start` ends, nothing it started outlives it: here its entry process is killed
 * with SIGKILL (no chance to clean up), the way a stuck shutdown ends, and one of its parts crashes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForOutput } from '@issuing/graphql-test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@issuing/dev-defaults';
import { freePort } from '@issuing/dev-postgres';
import { isPortOpen } from '@issuing/kernel';
import { commandLine, descendants, survivors, withoutStackVariables } from './processes.js';

const startScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/start.ts');


const NAMES = ['EMBEDDED_POSTGRES_PORT', 'WEBHOOK_PORT', 'LAMBDA_PORT', 'EVENTBRIDGE_PORT', 'EVENTBRIDGE_PUBSUB_PORT', 'HASURA_GRAPHQL_SERVER_PORT'];

/** npm start on free ports with a fresh data folder, once it printed that it runs. */
async function startRunning(dataDir: string): Promise<{ child: ChildProcess; ports: number[]; output: () => string }> {
  const ports = await Promise.all(NAMES.map(() => freePort()));
  const child = spawn(process.execPath, ['--import', 'tsx', startScript], {
    cwd: REPO_ROOT,
    env: {
      ...withoutStackVariables(process.env),
      ...Object.fromEntries(NAMES.map((name, index) => [name, String(ports[index])])),
      EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'pg'),
      DEAD_LETTER_DIR: path.join(dataDir, 'dead-letters'),
      DEV_SECRETS_FILE: path.join(dataDir, 'dev-secrets.json'),
      SEED: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let seen = '';
  child.stdout?.on('data', (chunk: Buffer) => (seen += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (seen += chunk.toString('utf8')));
  await waitForOutput(child, /Ctrl-C stops everything/, 150_000);
  return { child, ports, output: () => seen };
}

describe('npm start, ended abruptly', () => {
  const dataDirs: string[] = [];
  const children: ChildProcess[] = [];
  async function freshDataDir(): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'issuing-sigkill-'));
    await chmod(dir, 0o755);
    dataDirs.push(dir);
    return dir;
  }
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
  });

  it('by a SIGKILL of its entry process leaves no process it started running and every port free', async () => {
    // Prepare
    const { child, ports } = await startRunning(await freshDataDir());
    children.push(child);
    const started = descendants(child.pid ?? 0);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

    // Act
    child.kill('SIGKILL');
    await exited;

    // Assert
    expect(started.length).toBeGreaterThanOrEqual(3); // serverless offline, PostgreSQL, the watchdog
    await expect(survivors(started)).resolves.toEqual([]);
    const open = await Promise.all(ports.map((port) => isPortOpen(port)));
    expect(open).toEqual(ports.map(() => false));
  }, 200_000);

  it('by a crash of serverless offline stops everything else and exits non-zero with one line saying so', async () => {
    // Prepare
    const { child, ports, output } = await startRunning(await freshDataDir());
    children.push(child);
    const started = descendants(child.pid ?? 0);
    const serverless = started.find((pid) => /serverless\.js offline start/.test(commandLine(pid)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    // Act: the crash, as the kernel would do it
    if (serverless === undefined) throw new Error(`serverless offline not found among ${started.join(', ')}`);
    process.kill(serverless, 'SIGKILL');
    const code = await exited;

    // Assert
    expect(code).toBe(1);
    expect(output()).toContain('npm start: serverless offline exited unexpectedly (signal SIGKILL); stopping everything');
    await expect(survivors(started)).resolves.toEqual([]);
    const open = await Promise.all(ports.map((port) => isPortOpen(port)));
    expect(open).toEqual(ports.map(() => false));
  }, 200_000);
});
