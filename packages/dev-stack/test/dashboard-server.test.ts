/**
 * The dev dashboard server's guard: only loopback Host names, only its own Origin on /dev/,
 * bounded JSON bodies; /dev/users lists users and /dev/token mints a cardholder token.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mintDevToken } from '@issuing/dev-defaults';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboardServer, type DashboardServer } from '../src/dashboard/dashboard-server.js';
import { MAX_BODY_BYTES, type DevUser } from '../src/dashboard/dev-api.js';

// A key of this test's own: the dashboard server only passes tokens through.
const DEV_JWT_KEY = randomBytes(32).toString('hex');

const ADA: DevUser = { id: '332787f1-1814-47e1-870e-2b9be86d1533', email: 'ada@example.com', name: 'Ada' };

interface Answer {
  status: number;
  body: string;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('dashboard server (npm start)', () => {
  let server: DashboardServer;
  let port: number;

  beforeAll(async () => {
    server = await startDashboardServer({
      port: 0,
      backend: {
        listUsers: () => Promise.resolve([ADA]),
        mintToken: async (userId) => (userId === ADA.id ? mintDevToken(userId, { key: DEV_JWT_KEY }) : undefined),
      },
      createApp: () => Promise.resolve({
        handle: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<!doctype html><title>app</title>');
        },
        close: () => Promise.resolve(),
      }),
    });
    port = Number(new URL(server.url).port);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 and serves the app and the user list to loopback names', async () => {
    // Act
    const page = await request(`${server.url}/`, { headers: { host: `localhost:${port}` } });
    const users = await request(`${server.url}/dev/users`, { headers: { origin: `http://127.0.0.1:${port}` } });

    // Assert
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(page.status).toBe(200);
    expect(users.status).toBe(200);
    expect(JSON.parse(users.body)).toEqual({ users: [ADA] });
  });

  it.each(['evil.example.com', 'evil.example.com:PORT', '127.0.0.1.nip.io:PORT', '127.0.0.1:1'])('refuses Host %s with 403 (DNS rebinding)', async (pattern) => {
    // Prepare
    const host = pattern.replace('PORT', String(port));

    // Act
    const page = await request(`${server.url}/`, { headers: { host } });
    const users = await request(`${server.url}/dev/users`, { headers: { host } });

    // Assert
    expect(page.status).toBe(403);
    expect(users.status).toBe(403);
    const namesHost: unknown = expect.stringMatching(/Host/);
    expect(JSON.parse(users.body)).toEqual({ error: namesHost });
  });

  it.each(['https://evil.example.com', 'http://localhost:1', 'null', 'http://127.0.0.1.evil.example'])('refuses /dev/ calls from Origin %s with 403', async (origin) => {
    // Act
    const users = await request(`${server.url}/dev/users`, { headers: { origin } });
    const token = await request(`${server.url}/dev/token`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ userId: ADA.id }) });

    // Assert
    expect(users.status).toBe(403);
    expect(token.status).toBe(403);
    expect(JSON.parse(token.body)).toEqual({ error: 'Origin is not this dashboard' });
  });

  it('mints a 12-hour cardholder token for an existing user', async () => {
    // Act
    const answer = await request(`${server.url}/dev/token`, { method: 'POST', headers: { origin: `http://localhost:${port}`, 'content-type': 'application/json' }, body: JSON.stringify({ userId: ADA.id }) });

    // Assert
    expect(answer.status).toBe(200);
    const body: unknown = JSON.parse(answer.body);
    const claims = decodeJwt(typeof body === 'object' && body !== null && 'token' in body ? String(body.token) : '');
    expect(claims['https://hasura.io/jwt/claims']).toEqual({ 'x-hasura-allowed-roles': ['cardholder'], 'x-hasura-default-role': 'cardholder', 'x-hasura-user-id': ADA.id });
    // Valid for 12 hours from now (the issue time is back-dated a minute for clock skew).
    expect(Math.abs((claims.exp ?? 0) - Math.floor(Date.now() / 1000) - 12 * 3600)).toBeLessThan(30);
  });

  it('refuses a body over the limit with 413, a non-JSON body with 415/400, a bad or unknown user with 400/404', async () => {
    // Prepare
    const post = (body: string, contentType = 'application/json') => request(`${server.url}/dev/token`, { method: 'POST', headers: { 'content-type': contentType }, body });

    // Act
    const tooLarge = await post(JSON.stringify({ userId: ADA.id, padding: 'x'.repeat(MAX_BODY_BYTES) }));
    const form = await post(`userId=${ADA.id}`, 'application/x-www-form-urlencoded');
    const notJson = await post('{userId');
    const notUuid = await post(JSON.stringify({ userId: "1' OR '1'='1" }));
    const unknown = await post(JSON.stringify({ userId: '00000000-0000-4000-8000-000000000000' }));
    const wrongMethod = await request(`${server.url}/dev/token`, {});

    // Assert
    expect([tooLarge.status, form.status, notJson.status, notUuid.status, unknown.status, wrongMethod.status]).toEqual([413, 415, 400, 400, 404, 405]);
    expect(JSON.parse(unknown.body)).toEqual({ error: 'no user 00000000-0000-4000-8000-000000000000' });
  });
});
