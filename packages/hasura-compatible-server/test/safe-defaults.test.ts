/**
 * Safe to run on a developer's machine: a web page on another origin cannot use the server
 * (HASURA_GRAPHQL_CORS_DOMAIN as Hasura reads it, plus refusing the request itself), a page whose
 * domain is made to resolve to 127.0.0.1 is refused by its Host (DNS rebinding), and a JWT key set
 * is fetched over https only.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, startPostgres, startServer } from './support/test-stack.js';

const DASHBOARD = 'http://127.0.0.1:5173';
let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'safe_defaults');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET, corsDomain: DASHBOARD });
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

/** A raw request, so the Host header can be chosen. */
function rawRequest(url: string, opts: { method?: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = http.request({ host: target.hostname, port: target.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

function allowHeaders(headers: Headers): string[] {
  return [...headers.keys()].filter((name) => name.startsWith('access-control-allow-'));
}

describe('CORS with an explicit HASURA_GRAPHQL_CORS_DOMAIN', () => {
  it('refuses a foreign origin\'s preflight for the admin secret header and sends no Access-Control-Allow-* header', async () => {
    // Act
    const res = await fetch(`${server.url}/v1/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-hasura-admin-secret' },
    });
    // Assert
    expect(res.status).toBe(403);
    expect(allowHeaders(res.headers)).toEqual([]);
    expect(((await res.json()) as { error: string }).error).toContain('origin https://evil.test is not allowed');
  });

  it('refuses a simple cross-origin POST (one a page can send without any preflight)', async () => {
    // Act
    const res = await fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { origin: 'https://evil.test', 'content-type': 'text/plain' },
      body: JSON.stringify({ type: 'run_sql', args: { sql: 'SELECT 1' } }),
    });
    // Assert
    expect(res.status).toBe(403);
    expect(allowHeaders(res.headers)).toEqual([]);
  });

  it('still answers the configured origin\'s preflight and the server\'s own origin', async () => {
    // Act
    const preflight = await fetch(`${server.url}/v1/graphql`, {
      method: 'OPTIONS',
      headers: { origin: DASHBOARD, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    const sameOrigin = await fetch(`${server.url}/v1/graphql`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    // Assert
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(await sameOrigin.json()).toEqual({ data: { __typename: 'query_root' } });
  });
});

describe('Host check (DNS rebinding)', () => {
  it('refuses a request whose Host is not a loopback name with a clear reason', async () => {
    // Act
    const res = await rawRequest(server.url, { path: '/v1/version', headers: { host: 'rebind.evil.test:3010' } });
    // Assert
    expect(res.status).toBe(403);
    const namesTheSetting: unknown = expect.stringContaining('HASURA_GRAPHQL_ALLOWED_HOSTS');
    expect(JSON.parse(res.body)).toMatchObject({ code: 'access-denied', error: namesTheSetting });
  });

  it('serves localhost, 127.0.0.1 and [::1] with any port', async () => {
    // Act
    const statuses = await Promise.all(['localhost:1234', '127.0.0.1', '[::1]:8080'].map(async (host) => (await rawRequest(server.url, { path: '/v1/version', headers: { host } })).status));
    // Assert
    expect(statuses).toEqual([200, 200, 200]);
  });

  it('serves a host named in HASURA_GRAPHQL_ALLOWED_HOSTS (compose/docker use)', async () => {
    // Prepare
    const compose = await startServer(db.url, { adminSecret: ADMIN_SECRET, allowedHosts: ['graphql-engine'] });
    try {
      // Act
      const named = await rawRequest(compose.url, { path: '/v1/version', headers: { host: 'graphql-engine:8080' } });
      const other = await rawRequest(compose.url, { path: '/v1/version', headers: { host: 'evil.test' } });
      // Assert
      expect([named.status, other.status]).toEqual([200, 403]);
    } finally {
      await compose.close();
    }
  });
});

describe('JWT key sets', () => {
  it('refuses a jwk_url that is plain http on a non-loopback host', async () => {
    // Act
    const started = startServer(db.url, { adminSecret: ADMIN_SECRET, jwtSecret: JSON.stringify({ jwk_url: 'http://keys.example.com/jwks.json' }) });
    // Assert
    await expect(started).rejects.toThrow(/jwk_url must be an https:\/\/ URL/);
  });

  it('refuses a wrong admin secret whatever its length (shorter, longer, one character off)', async () => {
    // Act
    const replies = await Promise.all(['x', `${ADMIN_SECRET}x`, ADMIN_SECRET.slice(0, -1)].map(async (secret) => {
      const res = await fetch(`${server.url}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': secret }, body: JSON.stringify({ query: '{ __typename }' }) });
      return ((await res.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code;
    }));
    // Assert
    expect(replies).toEqual(['access-denied', 'access-denied', 'access-denied']);
  });
});

describe('consoles', () => {
  it('keep the admin secret in sessionStorage, never in localStorage', async () => {
    // Act
    const pages = await Promise.all(['/console', '/console?simple=1'].map(async (path) => (await fetch(`${server.url}${path}`)).text()));
    // Assert
    const [graphiql = '', simple = ''] = pages;
    expect(graphiql).toContain('storage: window.sessionStorage');
    expect(simple).toContain("sessionStorage.setItem('hcs.secret'");
    expect(simple).not.toContain("localStorage.setItem('hcs.secret'");
  });
});
