/**
 * Runs one of the root scripts the way `npm run` does (tsx, from the repository root), with a
 * PATH of fake executables only, so a missing or broken docker/stripe is whatever the test says.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_DIR } from '../../src/paths.js';

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

export type Script = 'stripe-sls-system' | 'store-stripe-signing-secret' | 'dev-token' | 'docker-env';

/** A fresh folder for fake executables, a HOME and an ENV_FILE. */
export async function sandbox(): Promise<{ dir: string; bin: string; envFile: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deploy-tools-'));
  return { dir, bin: path.join(dir, 'bin'), envFile: path.join(dir, '.env') };
}

/** Writes an executable shell script `name` into `bin`. */
export async function fakeExecutable(bin: string, name: string, script: string): Promise<void> {
  await mkdir(bin, { recursive: true });
  const file = path.join(bin, name);
  await writeFile(file, `#!/bin/sh\n${script}\n`);
  await chmod(file, 0o755);
}

export function runScript(script: Script, args: string[], env: Record<string, string>): Promise<ScriptResult> {
  const entry = path.join(REPOSITORY_DIR, 'packages', 'deploy-tools', 'src', 'cli', `${script}.ts`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', entry, ...args],
      {
        cwd: REPOSITORY_DIR,
        timeout: 60_000,
        env: {
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          AWS_CONFIG_FILE: '/nonexistent/aws-config',
          AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A stand-in for LocalStack's health endpoint on a random loopback port. */
export async function fakeLocalStack(): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/_localstack/health') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ services: { lambda: 'available' }, edition: 'community' }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
