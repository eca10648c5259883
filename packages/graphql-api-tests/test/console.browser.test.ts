/**
 * The GraphiQL console at /console in a real browser (Debian's chromium, driven by
 * playwright-core): it loads from the installed npm packages with no network, sends the admin
 * secret from its headers editor, and shows the answer of a query against the project's metadata.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METADATA_DIR } from '@issuing/db-migrate';
import { freePort, startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer } from '@issuing/hasura-compatible-server';
import { migratedDatabase } from '@issuing/graphql-test-kit';
import { DEV_ADMIN_SECRET, DEV_JWT_SECRET } from '@issuing/graphql-test-kit';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Replaces the tab's sessionStorage for the page origin with `entries` (runs in the browser). */
async function seedSessionStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.evaluate(`sessionStorage.clear(); for (const [key, value] of Object.entries(${JSON.stringify(entries)})) sessionStorage.setItem(key, value);`);
}

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('GraphQL console in a browser', () => {
  let postgres: DevPostgres;
  let server: { url: string; close(): Promise<void> };
  let profile: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    const url = await migratedDatabase(postgres.url, 'console_browser');
    const db = new pg.Pool({ connectionString: url, max: 1 });
    await db.query(`INSERT INTO users (name, email) VALUES ('Console Reader', 'console.reader@example.com')`);
    await db.end();
    server = await createHasuraServer({
      metadataDir: METADATA_DIR,
      databaseUrl: url,
      adminSecret: DEV_ADMIN_SECRET,
      jwtSecret: DEV_JWT_SECRET,
      port: await freePort(),
    });
    profile = await mkdtemp(path.join(os.tmpdir(), 'console-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      reducedMotion: 'reduce',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await postgres?.stop();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('runs a query with the admin secret and shows the rows', async () => {
    // Prepare: the console keeps GraphiQL's editors (and so the admin secret) in sessionStorage,
    // for the browser session only; seed them as a user would type them.
    const page = await browser.newPage();
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    // (Set on another page of the same origin in the same tab first, so GraphiQL starts from exactly this state.)
    await page.goto(`${server.url}/healthz`);
    await seedSessionStorage(page, {
      'graphiql:query': '{ users { email } }',
      'graphiql:headers': JSON.stringify({ 'x-hasura-admin-secret': DEV_ADMIN_SECRET }),
    });
    await page.goto(`${server.url}/console`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });

    // Act
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    await result.getByText('console.reader@example.com').waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(os.tmpdir(), 'console-browser-failure.png') });
      throw error;
    });

    // Assert
    expect(await result.innerText()).toContain('"email": "console.reader@example.com"');
    expect(failedRequests).toEqual([]);
    await page.screenshot({ path: path.join(os.tmpdir(), 'console-browser-test.png') });
  }, 60_000);

  it('without credentials the console shows Hasura\'s JWT-mode error, not data', async () => {
    // Prepare
    const page = await browser.newPage();
    await page.goto(`${server.url}/healthz`);
    await seedSessionStorage(page, { 'graphiql:query': '{ users { email } }', 'graphiql:headers': '{}' });
    await page.goto(`${server.url}/console`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    // Act
    await page.click('.graphiql-execute-button');
    const result = page.locator('.result-window');
    // JWT mode with no Authorization header (hasura-v2.md §3.11).
    await result.getByText('invalid-headers').waitFor({ timeout: 30_000 });
    // Assert
    expect(await result.innerText()).not.toContain('console.reader@example.com');
  }, 60_000);
});
