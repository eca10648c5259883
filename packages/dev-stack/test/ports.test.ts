import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@issuing/dev-defaults';
import { freePort } from '@issuing/dev-postgres';
import { PortsInUseError, assertPortsFree } from '../src/ports.js';
import { ConfigError } from '@issuing/kernel';
import { readStackConfig } from '../src/config.js';

const here = path.dirname(fileURLToPath(import.meta.url));

let dir: string;
let secretsFile: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dev-stack-config-'));
  secretsFile = path.join(dir, 'dev-secrets.json');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ports already in use', () => {
  let blocker: net.Server;
  let takenPort: number;
  beforeAll(async () => {
    takenPort = await freePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(takenPort, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('are all named in one error with the variable that moves them', async () => {
    // Act
    const attempt = assertPortsFree([
      { name: 'webhook', port: takenPort, envVar: 'WEBHOOK_PORT' },
      { name: 'GraphQL server', port: await freePort(), envVar: 'HASURA_GRAPHQL_SERVER_PORT' },
    ]);
    // Assert
    await expect(attempt).rejects.toBeInstanceOf(PortsInUseError);
    await expect(attempt).rejects.toThrow(`port ${takenPort} (webhook) is already in use on 127.0.0.1; stop what uses it or set WEBHOOK_PORT`);
  });

  it('make npm start exit non-zero with one readable line and no stack trace', async () => {
    // Prepare
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(here, '../src/start.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, WEBHOOK_PORT: String(takenPort), DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:1/postgres', DEV_SECRETS_FILE: secretsFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Act
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    // Assert
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `npm start: port ${takenPort} (webhook) is already in use on 127.0.0.1; stop what uses it or set WEBHOOK_PORT`,
    ]);
  }, 30_000);
});

describe('stack configuration', () => {
  it('rejects a port that is not a number, naming the variable', () => {
    expect(() => readStackConfig({ WEBHOOK_PORT: 'four thousand', DEV_SECRETS_FILE: secretsFile })).toThrow(ConfigError);
    expect(() => readStackConfig({ WEBHOOK_PORT: 'four thousand', DEV_SECRETS_FILE: secretsFile })).toThrow(/WEBHOOK_PORT/);
  });

  it('falls back to the documented dev ports and the generated dev secrets', () => {
    // Act
    const config = readStackConfig({ DEV_SECRETS_FILE: secretsFile });
    const again = readStackConfig({ DEV_SECRETS_FILE: secretsFile });
    // Assert
    expect(config).toMatchObject({ webhookPort: 4000, lambdaPort: 4002, eventBridgePort: 4010, eventBridgePubSubPort: 4011, hasuraPort: 3010, embeddedPostgresPort: 5500, databaseUrl: undefined });
    expect(config.webhookSecret).toMatch(/^whsec_/);
    expect(config.webhookSecret).not.toBe('whsec_dev_local_only_not_a_real_secret');
    expect(config.adminSecret).not.toBe('dev-admin-secret-change-me-0123456789');
    expect(JSON.parse(config.jwtSecret)).toMatchObject({ type: 'HS256' });
    expect(again).toEqual(config);
  });

  it('lets the environment win over the generated secrets', () => {
    // Act
    const config = readStackConfig({ DEV_SECRETS_FILE: secretsFile, STRIPE_WEBHOOK_SECRET: 'whsec_from_stripe_listen', HASURA_GRAPHQL_ADMIN_SECRET: 'mine-and-long-enough' });
    // Assert
    expect(config).toMatchObject({ webhookSecret: 'whsec_from_stripe_listen', adminSecret: 'mine-and-long-enough', adminSecretSource: 'HASURA_GRAPHQL_ADMIN_SECRET' });
  });

  it('rejects a JWT secret that is not JSON and a query database URL that is not postgres://', () => {
    expect(() => readStackConfig({ DEV_SECRETS_FILE: secretsFile, HASURA_GRAPHQL_JWT_SECRET: 'plain-key' })).toThrow(/HASURA_GRAPHQL_JWT_SECRET/);
    expect(() => readStackConfig({ DEV_SECRETS_FILE: secretsFile, HASURA_GRAPHQL_QUERY_DATABASE_URL: 'mysql://x' })).toThrow('HASURA_GRAPHQL_QUERY_DATABASE_URL is not a postgres:// URL: "mysql://x"');
  });
});
