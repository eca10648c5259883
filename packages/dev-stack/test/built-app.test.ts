/**
 * What `npm start` serves on the dashboard port by default: an optimized Vite build of ui/ in
 * mode `dev-stack` (with the development sign-in), rebuilt when a source file changes, the last
 * good build kept when an edit does not compile; `DASHBOARD_HMR=true` serves Vite's dev server.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { REPO_ROOT } from '@issuing/dev-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuiltApp } from '../src/dashboard/built-app.js';
import { startDashboardServer, type DashboardServer } from '../src/dashboard/dashboard-server.js';
import { createViteApp } from '../src/dashboard/vite-app.js';

const NO_USERS = { listUsers: () => Promise.resolve([]), mintToken: () => Promise.resolve(undefined) };

async function get(url: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', cache: response.headers.get('cache-control') ?? '', body: await response.text() };
}

/** The entry script the served index.html names. */
async function entryScript(base: string): Promise<{ path: string; body: string }> {
  const html = await get(`${base}/`);
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html.body)?.[1];
  if (!entry) throw new Error(`index.html names no entry script: ${html.body.slice(0, 200)}`);
  return { path: entry, body: (await get(`${base}${entry}`)).body };
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await probe();
    if (done(value) || attempt >= 300) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the dashboard as npm start builds it', () => {
  let server: DashboardServer;

  beforeAll(async () => {
    server = await startDashboardServer({ port: 0, backend: NO_USERS, createApp: () => createBuiltApp({ graphqlUrl: 'http://127.0.0.1:1/v1/graphql' }) });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('serves an optimized build whose lazy chunks include the development sign-in', async () => {
    // Act
    const entry = await entryScript(server.url);
    const signIn = /(DevSignIn-[\w-]+\.js)/.exec(entry.body)?.[1];
    const chunk = signIn ? await get(`${server.url}/assets/${signIn}`) : undefined;

    // Assert: one hashed, cacheable entry (not Vite's per-module dev server), and the dev sign-in
    expect(entry.path).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    expect(entry.body).not.toContain('/@vite/client');
    expect(chunk?.body).toContain('/dev/token');
  });

  it('marks hashed chunks immutable and index.html no-cache, with JavaScript and HTML types', async () => {
    // Act
    const entry = await entryScript(server.url);
    const script = await get(`${server.url}${entry.path}`);
    const html = await get(`${server.url}/`);

    // Assert
    expect(script.type).toMatch(/javascript/);
    expect(script.cache).toContain('immutable');
    expect(html.type).toMatch(/text\/html/);
    expect(html.cache).toBe('no-cache');
  });

  it('answers any app path with index.html (filters live in the URL) and never a file outside the build', async () => {
    // Act
    const deepLink = await get(`${server.url}/some/page?card=ic_1`);
    const traversal = await new Promise<string>((resolve, reject) => {
      // A raw request: fetch would normalise the dots away before sending.
      const port = Number(new URL(server.url).port);
      http.get({ host: '127.0.0.1', port, path: '/assets/../../../package.json' }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });

    // Assert
    expect(deepLink.status).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');
    expect(traversal).not.toContain('"workspaces"');
  });
});

describe('a watched build', () => {
  let project: string;
  let server: DashboardServer;
  const rebuildErrors: string[] = [];

  beforeAll(async () => {
    // A tiny Vite project under the git-ignored .data folder, so it resolves the repo's node_modules.
    await mkdir(path.join(REPO_ROOT, '.data'), { recursive: true });
    project = await mkdtemp(path.join(REPO_ROOT, '.data', 'built-app-test-'));
    await writeFile(path.join(project, 'vite.config.ts'), 'export default {};\n');
    await writeFile(path.join(project, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/main.js"></script>\n');
    await writeFile(path.join(project, 'main.js'), 'document.title = "first " + "version";\n');
    server = await startDashboardServer({
      port: 0,
      backend: NO_USERS,
      createApp: () => createBuiltApp({ graphqlUrl: 'http://127.0.0.1:1/v1/graphql', root: project, onRebuildError: (message) => rebuildErrors.push(message) }),
    });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('serves the new build after an edit, and keeps the last good build when an edit does not compile', async () => {
    // Prepare
    const first = await entryScript(server.url);

    // Act: a good edit, then a broken one
    await writeFile(path.join(project, 'main.js'), 'document.title = "second " + "version";\n');
    const second = await eventually(() => entryScript(server.url), (entry) => entry.body.includes('second version'));
    await writeFile(path.join(project, 'main.js'), 'document.title = ;\n');
    await eventually(() => Promise.resolve(rebuildErrors.length), (count) => count > 0);
    const afterBreak = await entryScript(server.url);

    // Assert
    expect(first.body).toContain('first version');
    expect(second.body).toContain('second version');
    expect(rebuildErrors[0]).toMatch(/^the dashboard did not build: /);
    expect(afterBreak.body).toContain('second version');
  }, 60_000);
});

describe('DASHBOARD_HMR=true', () => {
  let server: DashboardServer;

  beforeAll(async () => {
    server = await startDashboardServer({ port: 0, backend: NO_USERS, createApp: (httpServer) => createViteApp(httpServer, 'http://127.0.0.1:1/v1/graphql') });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it("serves ui/ through Vite's dev server with its hot-reload client", async () => {
    // Act
    const html = await get(`${server.url}/`);

    // Assert
    expect(html.status).toBe(200);
    expect(html.body).toContain('/@vite/client');
    expect(html.body).toContain('/src/main.tsx');
  });
});
