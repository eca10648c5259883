// @vitest-environment node
/**
 * `npm run build` makes the production bundle: it has no development sign-in (no /dev/ calls,
 * no user picker), keeps the OIDC sign-in, and loads the charts library lazily.
 */
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const UI_DIR = path.resolve(import.meta.dirname, '..');
const VITE = path.resolve(UI_DIR, '../node_modules/.bin/vite');
const run = promisify(execFile);

describe('production build', () => {
  let outDir: string;
  let chunks: Map<string, string>;
  let entry: string;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'dashboard-build-'));
    // What `npm run build` runs, in its own process (Vitest's NODE_ENV=test would make a dev build).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'VITEST', 'TEST', 'MODE'].includes(name)));
    await run(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: UI_DIR, env });
    const assets = path.join(outDir, 'assets');
    chunks = new Map();
    for (const name of (await readdir(assets)).filter((file) => file.endsWith('.js'))) chunks.set(name, await readFile(path.join(assets, name), 'utf8'));
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    entry = /<script type="module" crossorigin src="\/assets\/([^"]+)"/.exec(html)?.[1] ?? '';
  }, 180_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('contains no development sign-in code', () => {
    const all = [...chunks.values()].join('\n');
    const found = ['/dev/token', '/dev/users', 'Sign in (development)', '332787f1-1814-47e1-870e-2b9be86d1533'].filter((marker) => all.includes(marker));
    expect(chunks.size).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it('signs in with OIDC (authorization code + PKCE via oidc-client-ts)', () => {
    const code = chunks.get(entry) ?? '';
    expect(code.includes('signinRedirect')).toBe(true);
    expect(code.includes('code_challenge')).toBe(true);
  });

  it('keeps the charts out of the initial JavaScript, which stays under 300 KB gzip', () => {
    // Prepare: the entry chunk and the chunks it imports statically.
    const initial = new Set([entry]);
    for (const name of initial) {
      for (const match of (chunks.get(name) ?? '').matchAll(/^import[^;]*?from\s*"\.\/([^"]+)"/gm)) if (match[1]) initial.add(match[1]);
    }
    const bytes = [...initial].reduce((sum, name) => sum + gzipSync(chunks.get(name) ?? '').length, 0);

    // Assert
    expect(entry).not.toBe('');
    expect([...initial].some((name) => /Chart|Donut/.test(name))).toBe(false);
    expect([...chunks.keys()].some((name) => /CategoryDonut/.test(name))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });
});
