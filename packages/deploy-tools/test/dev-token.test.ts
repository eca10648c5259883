import { rm, writeFile } from 'node:fs/promises';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, sandbox } from './support/run-script.js';

const USER = '332787f1-1814-47e1-870e-2b9be86d1533';
const ENV_FILE_KEY = 'c2f7d1a09b8e4f3a6d5c4b3a29180716f5e4d3c2b1a09f8e7d6c5b4a39281706';
const ENVIRONMENT_KEY = 'environment-key-0123456789abcdef0123456789abcdef';

let box: Awaited<ReturnType<typeof sandbox>>;

beforeAll(async () => {
  box = await sandbox();
  await writeFile(box.envFile, `POSTGRES_PASSWORD='x'\nHASURA_GRAPHQL_JWT_SECRET='{"type":"HS256","key":"${ENV_FILE_KEY}"}'\n`);
});

afterAll(async () => {
  if (box) await rm(box.dir, { recursive: true, force: true });
});

describe('npm run dev-token', () => {
  it("prints only a token Hasura accepts for that user: signed with the .env key, the project's claims, expiring", async () => {
    // Act
    const result = await runScript('dev-token', [USER, '--hours', '2'], { PATH: '', ENV_FILE: box.envFile });

    // Assert
    expect(result.code, result.stderr).toBe(0);
    const { payload, protectedHeader } = await jwtVerify(result.stdout.trim(), new TextEncoder().encode(ENV_FILE_KEY));
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload['https://hasura.io/jwt/claims']).toEqual({
      'x-hasura-allowed-roles': ['cardholder'],
      'x-hasura-default-role': 'cardholder',
      'x-hasura-user-id': USER,
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(2 * 3600);
  });

  it('HASURA_GRAPHQL_JWT_SECRET in the environment wins over the .env', async () => {
    const result = await runScript('dev-token', [USER], {
      PATH: '',
      ENV_FILE: box.envFile,
      HASURA_GRAPHQL_JWT_SECRET: JSON.stringify({ type: 'HS384', key: ENVIRONMENT_KEY }),
    });
    expect(result.code, result.stderr).toBe(0);
    const { protectedHeader } = await jwtVerify(result.stdout.trim(), new TextEncoder().encode(ENVIRONMENT_KEY));
    expect(protectedHeader.alg).toBe('HS384');
  });

  it('refuses a user id that is not a UUID, in one line', async () => {
    const result = await runScript('dev-token', ['alice'], { PATH: '', ENV_FILE: box.envFile });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dev-token: user id must be a UUID (users.id), got "alice"\n');
  });

  it('refuses a JWKS configuration, which has no key to sign with', async () => {
    const result = await runScript('dev-token', [USER], {
      PATH: '',
      ENV_FILE: box.envFile,
      HASURA_GRAPHQL_JWT_SECRET: '{"jwk_url":"https://example.auth0.com/.well-known/jwks.json"}',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dev-token: HASURA_GRAPHQL_JWT_SECRET has no HMAC key .*jwk_url/);
  });
});
