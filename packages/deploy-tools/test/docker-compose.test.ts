/**
 * docker-compose.yml cannot run here (CI has no Docker), so it is validated against the Compose
 * specification (dclint: the compose-spec JSON schema plus its lint rules) and checked against
 * the design and the README: the services, ports, healthchecks, secrets and environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DCLinter } from 'dclint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateDockerSecrets } from '../src/docker-secrets.js';
import { REPOSITORY_DIR } from '../src/paths.js';

const COMPOSE_FILE = path.join(REPOSITORY_DIR, 'docker-compose.yml');
const composeText = readFileSync(COMPOSE_FILE, 'utf8');
const compose: unknown = parse(composeText);
const readme = readFileSync(path.join(REPOSITORY_DIR, 'README.md'), 'utf8');

/** The design's ports, the same as `npm start`'s. */
const DESIGN_PORTS = { dashboard: 3000, hasura: 3010, postgres: 5500, localstack: 4566 };

function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`expected a mapping, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value));
}

function services(): Record<string, unknown> {
  return record(record(compose).services);
}

function service(name: string): Record<string, unknown> {
  return record(services()[name]);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function lint(file: string) {
  // Services are listed in dependency order (database first), not alphabetically.
  return new DCLinter({ rules: { 'services-alphabetical-order': 0 }, quiet: false, debug: false, exclude: [] }).lintFiles([file], false);
}

/** Rows `| \`name\` | … |` of the first table after `heading` in the README. */
function readmeTable(heading: string): string[][] {
  const start = readme.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('| '));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
  }
  return rows.slice(2);
}

function readmeSection(heading: string): string {
  const start = readme.indexOf(heading);
  const next = readme.indexOf('\n### ', start + heading.length);
  return readme.slice(start, next === -1 ? undefined : next);
}

describe('docker-compose.yml against the Compose specification', () => {
  it('validates against the compose-spec schema with no lint finding', () => {
    const [result] = lint(COMPOSE_FILE);
    expect(result?.messages.map((message) => `${message.line}: ${message.rule} ${message.message}`)).toEqual([]);
  });

  it('the validator does reject a file that breaks the specification', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'compose-'));
    const broken = path.join(dir, 'docker-compose.yml');
    await writeFile(broken, composeText.replace('    restart: unless-stopped\n', '    restart: sometimes\n    healthchek: {}\n'));
    try {
      expect(lint(broken)[0]?.errorCount).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('docker-compose.yml against the design', () => {
  it('runs postgres, hasura, localstack and a built dashboard, each restarted unless stopped', () => {
    expect(Object.keys(services()).sort()).toEqual(['dashboard', 'hasura', 'localstack', 'postgres']);
    for (const name of Object.keys(services())) expect(service(name).restart, name).toBe('unless-stopped');
    expect(record(service('dashboard').build)).toMatchObject({ context: '.', dockerfile: 'docker/dashboard.Dockerfile' });
    expect(existsSync(path.join(REPOSITORY_DIR, 'docker/dashboard.Dockerfile'))).toBe(true);
  });

  it('publishes the design ports (those of npm start) on loopback only', () => {
    for (const [name, port] of Object.entries(DESIGN_PORTS)) {
      const [published] = strings(service(name).ports);
      expect(published?.split(':').slice(0, 2), name).toEqual(['127.0.0.1', String(port)]);
    }
    expect(strings(service('hasura').ports)).toEqual(['127.0.0.1:3010:8080']);
    expect(strings(service('postgres').ports)).toEqual(['127.0.0.1:5500:5432']);
  });

  it('pins every image to an exact version; LocalStack 4 knows the nodejs22.x runtime', () => {
    for (const name of ['postgres', 'hasura', 'localstack']) {
      expect(String(service(name).image), name).toMatch(/^[\w./-]+:[\w.-]*\d[\w.-]*$/);
    }
    expect(String(service('hasura').image)).toMatch(/^hasura\/graphql-engine:v2\.\d+\.\d+\.cli-migrations-v3$/);
    expect(String(service('localstack').image)).toMatch(/^localstack\/localstack:4\.\d+\.\d+$/);
    const dockerfile = readFileSync(path.join(REPOSITORY_DIR, 'docker/dashboard.Dockerfile'), 'utf8');
    for (const [, image] of dockerfile.matchAll(/^FROM (\S+)/gm)) expect(image).toMatch(/:\d+\.\d+\.\d+-/);
  });

  it('healthchecks mean ready: PostgreSQL over TCP, Hasura /healthz, LocalStack health, the dashboard page', () => {
    const test = (name: string) => strings(record(service(name).healthcheck).test).join(' ');
    expect(test('postgres')).toMatch(/pg_isready .*--host=127\.0\.0\.1/);
    expect(test('hasura')).toContain('http://localhost:8080/healthz');
    expect(test('localstack')).toContain('http://localhost:4566/_localstack/health');
    expect(test('dashboard')).toContain('http://127.0.0.1:3000/');
  });

  it('starts each service only once what it needs is healthy', () => {
    expect(record(record(service('hasura').depends_on).postgres).condition).toBe('service_healthy');
    expect(record(record(service('dashboard').depends_on).hasura).condition).toBe('service_healthy');
  });

  it('mounts the project migrations and metadata where the cli-migrations image reads them', () => {
    const mounts = strings(service('hasura').volumes).map((mount) => mount.split(':'));
    expect(mounts).toEqual(expect.arrayContaining([
      ['./hasura/migrations', '/hasura-migrations', 'ro'],
      ['./hasura/metadata', '/hasura-metadata', 'ro'],
    ]));
    for (const [source] of mounts) expect(existsSync(path.join(REPOSITORY_DIR, source ?? '')), source).toBe(true);
  });

  it('the env var databases.yaml reads the URL from is the one Hasura gets', () => {
    const databases = readFileSync(path.join(REPOSITORY_DIR, 'hasura/metadata/databases/databases.yaml'), 'utf8');
    const fromEnv = /from_env:\s*(\S+)/.exec(databases)?.[1];
    expect(fromEnv).toBeDefined();
    expect(record(service('hasura').environment)).toHaveProperty(fromEnv ?? '');
  });

  it('no secret is written in the file: each is required from .env, and docker-env generates exactly those', () => {
    const required = [...composeText.matchAll(/\$\{(\w+):\?/g)].map(([, name]) => name);
    expect([...new Set(required)].sort()).toEqual(Object.keys(generateDockerSecrets()).sort());
    const hasura = record(service('hasura').environment);
    expect(String(hasura.HASURA_GRAPHQL_ADMIN_SECRET)).toMatch(/^\$\{HASURA_GRAPHQL_ADMIN_SECRET:\?/);
    expect(String(hasura.HASURA_GRAPHQL_JWT_SECRET)).toMatch(/^\$\{HASURA_GRAPHQL_JWT_SECRET:\?/);
    expect(String(record(service('postgres').environment).POSTGRES_PASSWORD)).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(hasura).not.toHaveProperty('HASURA_GRAPHQL_UNAUTHORIZED_ROLE');
  });

  it("limits Hasura's CORS to the dashboard origin", () => {
    const domains = String(record(service('hasura').environment).HASURA_GRAPHQL_CORS_DOMAIN).split(',').map((domain) => domain.trim());
    expect(domains.sort()).toEqual([`http://127.0.0.1:${DESIGN_PORTS.dashboard}`, `http://localhost:${DESIGN_PORTS.dashboard}`]);
  });

  it('builds the dashboard against Hasura as the browser reaches it', () => {
    expect(record(record(service('dashboard').build).args)).toEqual({
      VITE_GRAPHQL_URL: `http://localhost:${DESIGN_PORTS.hasura}/v1/graphql`,
      VITE_GRAPHQL_WS_URL: `ws://localhost:${DESIGN_PORTS.hasura}/v1/graphql`,
    });
  });

  it('LocalStack runs EventBridge, SQS, Secrets Manager and Lambda, with Lambdas on the compose network', () => {
    const env = record(service('localstack').environment);
    const list = String(env.SERVICES).split(',').map((item) => item.trim());
    expect(list).toEqual(expect.arrayContaining(['events', 'sqs', 'secretsmanager', 'lambda', 'apigateway', 'cloudformation']));
    expect(env.LAMBDA_DOCKER_NETWORK).toBe(record(record(record(compose).networks).default).name);
  });
});

describe('docker-compose.yml agrees with the README', () => {
  it("the README's service table names the compose services with their published ports", () => {
    const rows = readmeTable('### With Docker');
    const documented = Object.fromEntries(rows.map(([name = '', address = '']) => [name.replaceAll('`', ''), Number(/:(\d{4})\b/.exec(address)?.[1])]));
    const published = Object.fromEntries(Object.keys(services()).map((name) => [name, Number(strings(service(name).ports)[0]?.split(':')[1])]));
    expect(documented).toEqual(published);
  });

  it("the README's .env table lists exactly the variables compose reads", () => {
    const fromCompose = [...new Set([...composeText.matchAll(/\$\{(\w+)[:}]/g)].map(([, name]) => name))].sort();
    const rows = readmeTable('The `.env` that `npm run docker-env` writes');
    expect(rows.map(([name = '']) => name.replaceAll('`', '')).sort()).toEqual(fromCompose);
  });

  it('the README commands use the published ports', () => {
    const section = readmeSection('### With Docker');
    expect(section).toContain(`127.0.0.1:${DESIGN_PORTS.postgres}/postgres`);
    expect(section).toContain(`HASURA_GRAPHQL_ENDPOINT=http://127.0.0.1:${DESIGN_PORTS.hasura}`);
    expect(section).toContain('docker compose up -d --wait');
    expect(section).toContain('npm run docker-env');
  });
});
