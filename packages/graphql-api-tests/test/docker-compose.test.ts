/**
 * docker-compose.yml cannot run here (no Docker), so its structure is checked instead: the
 * services, pinned images, ports, Hasura's env and the project folders it mounts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const compose: unknown = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

interface Service {
  image?: unknown;
  ports?: unknown;
  environment?: unknown;
  volumes?: unknown;
  depends_on?: unknown;
  profiles?: unknown;
}

function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`expected a mapping, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value));
}

function service(name: string): Service {
  return record(record(record(compose).services)[name]);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

describe('docker-compose.yml', () => {
  it('declares postgres, hasura, localstack and the dashboard placeholder', () => {
    expect(Object.keys(record(record(compose).services)).sort()).toEqual(['dashboard', 'hasura', 'localstack', 'postgres']);
  });

  it('pins every image to an exact version (no latest)', () => {
    for (const name of ['postgres', 'hasura', 'localstack', 'dashboard']) {
      const image = String(service(name).image);
      expect(image, name).toMatch(/^[\w./-]+:[\w.-]*\d[\w.-]*$/);
      expect(image, name).not.toContain('latest');
    }
    expect(String(service('hasura').image)).toMatch(/^hasura\/graphql-engine:v2\.\d+\.\d+\.cli-migrations-v3$/);
  });

  it('publishes postgres on 5432, hasura on 8080 and localstack on 4566, on loopback only', () => {
    expect(strings(service('postgres').ports)).toEqual(['127.0.0.1:5432:5432']);
    expect(strings(service('hasura').ports)).toEqual(['127.0.0.1:8080:8080']);
    expect(strings(service('localstack').ports)).toEqual(['127.0.0.1:4566:4566']);
  });

  it('mounts the project migrations and metadata where the cli-migrations image reads them', () => {
    const mounts = strings(service('hasura').volumes).map((mount) => mount.split(':'));
    expect(mounts).toEqual(expect.arrayContaining([
      ['./hasura/migrations', '/hasura-migrations', 'ro'],
      ['./hasura/metadata', '/hasura-metadata', 'ro'],
    ]));
    for (const [source] of mounts) expect(existsSync(path.join(ROOT, source ?? '')), source).toBe(true);
  });

  it('gives Hasura the database, the dev admin and JWT secrets, the console, and no unauthenticated role', () => {
    const env = record(service('hasura').environment);
    expect(env.HASURA_GRAPHQL_DATABASE_URL).toBe('postgres://postgres:postgres@postgres:5432/postgres');
    expect(env.HASURA_GRAPHQL_ADMIN_SECRET).toBe('dev-admin-secret-change-me-0123456789');
    expect(JSON.parse(String(env.HASURA_GRAPHQL_JWT_SECRET))).toEqual({ type: 'HS256', key: 'dev-jwt-signing-key-change-me-0123456789abcdef' });
    expect(env.HASURA_GRAPHQL_ENABLE_CONSOLE).toBe('true');
    expect(env).not.toHaveProperty('HASURA_GRAPHQL_UNAUTHORIZED_ROLE');
  });

  it('the env var databases.yaml reads the URL from is the one Hasura gets', () => {
    const databases = readFileSync(path.join(ROOT, 'hasura/metadata/databases/databases.yaml'), 'utf8');
    const fromEnv = /from_env:\s*(\S+)/.exec(databases)?.[1];
    expect(fromEnv).toBeDefined();
    expect(record(service('hasura').environment)).toHaveProperty(fromEnv ?? '');
  });

  it('starts Hasura only once postgres is healthy', () => {
    expect(record(record(service('hasura').depends_on).postgres).condition).toBe('service_healthy');
  });

  it('runs LocalStack with EventBridge, SQS, Secrets Manager and Lambda on the compose network', () => {
    const env = record(service('localstack').environment);
    const services = String(env.SERVICES).split(',').map((item) => item.trim());
    expect(services).toEqual(expect.arrayContaining(['events', 'sqs', 'secretsmanager', 'lambda']));
    expect(env.LAMBDA_DOCKER_NETWORK).toBe(record(record(record(compose).networks).default).name);
  });

  it('keeps the dashboard placeholder out of a plain `docker compose up`', () => {
    expect(strings(service('dashboard').profiles)).toEqual(['dashboard']);
  });
});
