/** Configuration: flags over Hasura's environment variable names, validated once, one-line failures. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@issuing/kernel';
import { readConfig } from '../src/index.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('readConfig', () => {
  it("reads Hasura's environment variable names with the documented defaults", () => {
    const config = readConfig([], {
      HASURA_GRAPHQL_DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
      HASURA_GRAPHQL_ADMIN_SECRET: 'secret',
      HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: 'true',
      HASURA_GRAPHQL_METADATA_DIR: '/tmp/metadata',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://u:p@127.0.0.1:5432/db',
      port: 3010,
      host: '127.0.0.1',
      adminSecret: 'secret',
      stringifyNumericTypes: true,
      metadataDir: '/tmp/metadata',
    });
  });

  it("reads Hasura's live-query and WebSocket settings and refuses a non-positive one", () => {
    const env = {
      DATABASE_URL: 'postgres://x@127.0.0.1/y',
      HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '250',
      HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE: '50',
      HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE: '10',
      HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT: '7',
      HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '500',
    };
    expect(readConfig(['--ws-max-connections', '20'], env)).toMatchObject({
      liveQueriesRefetchIntervalMs: 250,
      liveQueriesBatchSize: 50,
      websocketKeepAliveSeconds: 10,
      websocketConnectionInitTimeoutSeconds: 7,
      streamingQueriesRefetchIntervalMs: 500,
      websocketMaxConnections: 20,
    });
    expect(() => readConfig([], { ...env, HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: '0' })).toThrow(/HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL must be a positive integer/);
  });

  it('lets flags win over the environment and falls back to DATABASE_URL', () => {
    const config = readConfig(['--port', '4123', '--host=0.0.0.0'], { DATABASE_URL: 'postgres://x@127.0.0.1/y', HASURA_GRAPHQL_SERVER_PORT: '9999' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://x@127.0.0.1/y', port: 4123, host: '0.0.0.0' });
  });

  it('names the missing or bad setting', () => {
    expect(() => readConfig([], {})).toThrow(/HASURA_GRAPHQL_DATABASE_URL/);
    expect(() => readConfig([], { DATABASE_URL: 'postgres://x@h/d', HASURA_GRAPHQL_SERVER_PORT: 'eighty' })).toThrow(/HASURA_GRAPHQL_SERVER_PORT/);
    expect(() => readConfig(['--bogus'], { DATABASE_URL: 'postgres://x@h/d' })).toThrow(ConfigError);
    expect(() => readConfig([], { DATABASE_URL: 'postgres://x@h/d', HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: 'maybe' })).toThrow(/HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES/);
  });
});

describe('readConfig: bounds and hosts', () => {
  it('reads the bounds in their documented units (seconds for timeouts) and the allowed hosts', () => {
    // Act
    const config = readConfig(['--max-batch-size', '5'], {
      DATABASE_URL: 'postgres://x@127.0.0.1/y',
      HASURA_GRAPHQL_STATEMENT_TIMEOUT: '2.5',
      HASURA_GRAPHQL_PG_POOL_TIMEOUT: '1',
      HASURA_GRAPHQL_MAX_REQUEST_BYTES: '1048576',
      HASURA_GRAPHQL_MAX_BATCH_SIZE: '50',
      HASURA_GRAPHQL_ALLOWED_HOSTS: 'graphql-engine, api.internal',
    });
    // Assert
    expect(config).toMatchObject({
      allowedHosts: ['graphql-engine', 'api.internal'],
      limits: { statementTimeoutMs: 2500, poolTimeoutMs: 1000, maxRequestBytes: 1048576, maxBatchSize: 5 },
    });
  });

  it('names a bound that is not a positive number', () => {
    expect(() => readConfig([], { DATABASE_URL: 'postgres://x@h/d', HASURA_GRAPHQL_MAX_QUERY_DEPTH: '0' })).toThrow(/HASURA_GRAPHQL_MAX_QUERY_DEPTH must be a positive number, got "0"/);
    expect(() => readConfig(['--max-response-bytes', 'lots'], { DATABASE_URL: 'postgres://x@h/d' })).toThrow(/--max-response-bytes must be a positive number/);
  });
});

describe('cli', () => {
  it('exits 2 with one readable line when the configuration is bad', () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts'], { cwd: packageDir, env, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^hasura-compatible-server: .*HASURA_GRAPHQL_DATABASE_URL/);
  });

  it('exits non-zero with one line naming the database when PostgreSQL is unreachable', () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, HASURA_GRAPHQL_DATABASE_URL: 'postgres://nobody:none@127.0.0.1:1/nothing' };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts'], { cwd: packageDir, env, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^hasura-compatible-server: cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nothing/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a JWT secret without an admin secret, like Hasura', () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HASURA_GRAPHQL_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"0123456789abcdef0123456789abcdef"}',
    };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts'], { cwd: packageDir, env, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('hasura-compatible-server: HASURA_GRAPHQL_JWT_SECRET requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  });
});
