/**
 * However `npm start` ends, nothing it started outlives it: here its entry process is killed
 * with SIGKILL (no chance to clean up), the way a stuck shutdown ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@issuing/dev-defaults';
import { freePort, isPortOpen } from '@issuing/dev-postgres';
import { descendants, survivors, withoutStackVariables } from './processes.js';

const startScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/start.ts');

function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited early with code ${code}; output:\n${seen}`)));
  });
}

describe('npm start killed with SIGKILL', () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no process it started running and every port free', async () => {
    // Prepare
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'issuing-sigkill-'));
    await chmod(dataDir, 0o755);
    const names = ['EMBEDDED_POSTGRES_PORT', 'WEBHOOK_PORT', 'LAMBDA_PORT', 'EVENTBRIDGE_PORT', 'EVENTBRIDGE_PUBSUB_PORT', 'HASURA_GRAPHQL_SERVER_PORT'];
    const ports = await Promise.all(names.map(() => freePort()));
    const running = spawn(process.execPath, ['--import', 'tsx', startScript], {
      cwd: REPO_ROOT,
      env: {
        ...withoutStackVariables(process.env),
        ...Object.fromEntries(names.map((name, index) => [name, String(ports[index])])),
        EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'pg'),
        DEAD_LETTER_DIR: path.join(dataDir, 'dead-letters'),
        DEV_SECRETS_FILE: path.join(dataDir, 'dev-secrets.json'),
        SEED: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = running;
    await waitFor(running, /Ctrl-C stops everything/, 150_000);
    const started = descendants(running.pid ?? 0);
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));

    // Act
    running.kill('SIGKILL');
    await exited;

    // Assert
    expect(started.length).toBeGreaterThanOrEqual(3); // serverless offline, PostgreSQL, the watchdog
    await expect(survivors(started)).resolves.toEqual([]);
    const open = await Promise.all(ports.map((port) => isPortOpen(port)));
    expect(open).toEqual(ports.map(() => false));
  }, 200_000);
});
