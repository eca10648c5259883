import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@issuing/dev-postgres';
import { PortsInUseError, assertPortsFree } from '../src/ports.js';
import { ConfigError } from '@issuing/kernel';
import { readStackConfig } from '../src/config.js';

const here = path.dirname(fileURLToPath(import.meta.url));

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
    const child = spawn(path.resolve(here, '../../../node_modules/.bin/tsx'), [path.resolve(here, '../src/start.ts')], {
      env: { ...process.env, WEBHOOK_PORT: String(takenPort), DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:1/postgres' },
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
    expect(() => readStackConfig({ WEBHOOK_PORT: 'four thousand' })).toThrow(ConfigError);
    expect(() => readStackConfig({ WEBHOOK_PORT: 'four thousand' })).toThrow(/WEBHOOK_PORT/);
  });

  it('falls back to the documented dev values and ports', () => {
    const config = readStackConfig({});
    expect(config).toMatchObject({ webhookPort: 4000, hasuraPort: 3010, embeddedPostgresPort: 5500, databaseUrl: undefined });
    expect(config.webhookSecret.startsWith('whsec_dev_')).toBe(true);
  });

  it('rejects a JWT secret that is not JSON', () => {
    expect(() => readStackConfig({ HASURA_GRAPHQL_JWT_SECRET: 'plain-key' })).toThrow(/HASURA_GRAPHQL_JWT_SECRET/);
  });
});
