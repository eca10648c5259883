import { readFile, rm, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvFile } from '../src/env-file.js';
import { runScript, sandbox } from './support/run-script.js';

let box: Awaited<ReturnType<typeof sandbox>>;

beforeAll(async () => {
  box = await sandbox();
});

afterAll(async () => {
  if (box) await rm(box.dir, { recursive: true, force: true });
});

describe('npm run docker-env', () => {
  it('writes owner-only random secrets that Hasura accepts, and refuses to overwrite them without --force', async () => {
    // Act
    const first = await runScript('docker-env', [], { PATH: '', ENV_FILE: box.envFile });
    const firstValues = parseEnvFile(await readFile(box.envFile, 'utf8'));
    const again = await runScript('docker-env', [], { PATH: '', ENV_FILE: box.envFile });
    const forced = await runScript('docker-env', ['--force'], { PATH: '', ENV_FILE: box.envFile });
    const forcedValues = parseEnvFile(await readFile(box.envFile, 'utf8'));

    // Assert
    expect(first.code, first.stderr).toBe(0);
    expect((await stat(box.envFile)).mode & 0o777).toBe(0o600);
    expect(Object.keys(firstValues).sort()).toEqual(['HASURA_GRAPHQL_ADMIN_SECRET', 'HASURA_GRAPHQL_JWT_SECRET', 'POSTGRES_PASSWORD']);
    // Hasura's production checklist: an admin secret of 32+ characters; HS256 keys of 32+ bytes.
    expect(firstValues.HASURA_GRAPHQL_ADMIN_SECRET?.length).toBeGreaterThanOrEqual(32);
    const jwt: unknown = JSON.parse(firstValues.HASURA_GRAPHQL_JWT_SECRET ?? '');
    expect(jwt).toEqual({ type: 'HS256', key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(firstValues.POSTGRES_PASSWORD).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^docker-env: .* exists; keep it, or rerun with -- --force/);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forcedValues.HASURA_GRAPHQL_ADMIN_SECRET).not.toBe(firstValues.HASURA_GRAPHQL_ADMIN_SECRET);
  });
});
