import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SERVICE_DIR } from '../../src/offline/paths.js';

const run = promisify(execFile);
const tsxCli = path.join(path.dirname(createRequire(path.join(SERVICE_DIR, 'package.json')).resolve('tsx/package.json')), 'dist', 'cli.mjs');
const replayCli = path.join(SERVICE_DIR, 'src', 'replay', 'cli.ts');

async function replay(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [tsxCli, replayCli, ...args], { env: { PATH: process.env.PATH, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    // execFile rejects with the exit code and the captured output on the error object.
    const field = (name: string): unknown => (typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined);
    const code = field('code');
    const stdout = field('stdout');
    const stderr = field('stderr');
    return {
      code: typeof code === 'number' ? code : -1,
      stdout: typeof stdout === 'string' ? stdout : '',
      stderr: typeof stderr === 'string' ? stderr : '',
    };
  }
}

describe('npm run replay', () => {
  it('without DATABASE_URL says so in one line and exits non-zero', async () => {
    const result = await replay([], {});
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toBe('replay failed: invalid persistence configuration: DATABASE_URL: is not set (nor DATABASE_SECRET_ID)');
  });

  it('an unreachable database for --rebuild gives one readable line and a non-zero exit', async () => {
    const result = await replay(['--rebuild'], { DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none', PG_CONNECTION_TIMEOUT_MS: '1000' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^replay failed: rebuilding the projections from stripe_events failed: .*ECONNREFUSED/);
  });
});
