/**
 * The dashboard (issue 7): its production bundle's initial JavaScript (target <= 300 KB gzip,
 * charts lazy), and, against the `npm start` stack with 10,000 feed entries for one user in
 * headless chromium, the first paint with data (target <= 1.5 s) and the long tasks the browser
 * reports while the activity list scrolls through all 10,000 rows (target: none over 50 ms).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '@issuing/dev-postgres';
import { readStackConfig, startStack, startWatchdog } from '@issuing/dev-stack';
import { loadBulkData, USER_A } from '@issuing/graphql-test-kit';
import { buildAuthorization, buildCard, buildCardholder, buildEvent, buildMerchantData, signedHeader } from '@issuing/stripe-fixtures';
import { atMost, info, type Log, type SectionResult } from '../result.js';
import { summarize, type LatencySummary } from '../stats.js';

const SECTION = 'dashboard';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const UI_DIR = path.join(REPO_ROOT, 'ui');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROWS = 10_000;
const run = promisify(execFile);

/** Gzip bytes of the entry chunk and the chunks it imports statically (what the first load needs). */
async function initialJavaScript(outDir: string): Promise<{ bytes: number; chunks: string[]; lazy: string[] }> {
  const assets = path.join(outDir, 'assets');
  const code = new Map<string, string>();
  for (const name of (await readdir(assets)).filter((file) => file.endsWith('.js'))) code.set(name, await readFile(path.join(assets, name), 'utf8'));
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('the built index.html names no entry script');
  const initial = new Set([entry]);
  for (const name of initial) {
    for (const match of (code.get(name) ?? '').matchAll(/^import[^;]*?from\s*"\.\/([^"]+)"/gm)) if (match[1]) initial.add(match[1]);
  }
  const bytes = [...initial].reduce((sum, name) => sum + gzipSync(code.get(name) ?? '').length, 0);
  return { bytes, chunks: [...initial], lazy: [...code.keys()].filter((name) => !initial.has(name)) };
}

// Runs in the page: counts long tasks from the start (the browser's own Long Tasks API).
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

const LIVE_SAMPLES = 20;

/**
 * Live latency: a signed `issuing_authorization.created` for the user's card is posted to the
 * webhook, and the clock stops when its row shows in the already open page (no reload: the
 * activity feed's first page is a subscription, re-run about once a second).
 */
async function liveLatencies(
  browser: Browser,
  url: string,
  webhookUrl: string,
  webhookSecret: string,
  card: { id: string; cardholder_id: string; currency: string },
): Promise<LatencySummary> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForSelector('[data-testid="activity-row"]', { timeout: 120_000 });
    const issuingCard = buildCard({ id: card.id, currency: card.currency, status: 'active', cardholder: buildCardholder({ id: card.cardholder_id }) });
    const samples: number[] = [];
    for (let i = 0; i < LIVE_SAMPLES; i += 1) {
      const created = Math.floor(Date.now() / 1000);
      const merchant = `Bench Live ${created}-${i}`;
      const authorization = buildAuthorization({
        id: `iauth_benchlive_${created}_${i}`,
        card: issuingCard,
        created,
        amount: 1000 + i,
        merchant_amount: 1000 + i,
        merchant_data: buildMerchantData({ name: merchant }),
      });
      const payload = JSON.stringify(buildEvent('issuing_authorization.created', authorization, { id: `evt_benchlive_${created}_${i}`, created }));
      const started = performance.now();
      const posted = await fetch(webhookUrl, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', 'stripe-signature': signedHeader(payload, webhookSecret) } });
      if (posted.status !== 200) throw new Error(`the webhook answered ${posted.status}: ${await posted.text()}`);
      await page.locator('[data-testid="activity-row"]', { hasText: merchant }).first().waitFor({ timeout: 30_000 });
      samples.push(performance.now() - started);
    }
    return summarize(samples);
  } finally {
    await page.close();
  }
}

export async function benchDashboard(options: { log: Log }): Promise<SectionResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-dashboard-'));
  await chmod(work, 0o755);
  try {
    options.log('  dashboard: production build');
    const outDir = path.join(work, 'dist');
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'));
    await run(path.join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: UI_DIR, env });
    const bundle = await initialJavaScript(outDir);

    options.log(`  dashboard: npm start stack with ${ROWS} feed entries`);
    const [postgresPort, webhookPort, lambdaPort, eventBridgePort, eventBridgePubSubPort, hasuraPort, dashboardPort] = await Promise.all(Array.from({ length: 7 }, () => freePort()));
    const config = readStackConfig({
      ...process.env,
      DATABASE_URL: '',
      DEV_SECRETS_FILE: path.join(work, 'dev-secrets.json'),
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      EMBEDDED_POSTGRES_DIR: path.join(work, 'pg'),
      WEBHOOK_PORT: String(webhookPort),
      LAMBDA_PORT: String(lambdaPort),
      EVENTBRIDGE_PORT: String(eventBridgePort),
      EVENTBRIDGE_PUBSUB_PORT: String(eventBridgePubSubPort),
      HASURA_GRAPHQL_SERVER_PORT: String(hasuraPort),
      DASHBOARD_PORT: String(dashboardPort),
      DEAD_LETTER_DIR: path.join(work, 'dead-letters'),
      SEED: 'false',
    });
    const watchdog = startWatchdog();
    const stack = await startStack(config, { log: () => undefined, watchdog, onPartExit: () => undefined });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      // The bulk load turns row triggers off (session_replication_role), which only the embedded
      // cluster's superuser may do; the stack's own roles are deliberately not superusers.
      const superuserUrl = new URL(stack.databaseUrl);
      superuserUrl.username = 'postgres';
      superuserUrl.password = config.postgresPassword;
      const db = new pg.Pool({ connectionString: superuserUrl.href, max: 2 });
      db.on('error', () => undefined); // an idle connection closed by the stack's shutdown
      let feed: number;
      let liveCard: { id: string; cardholder_id: string; currency: string } | undefined;
      try {
        await loadBulkData(db, { cardholders: 2, bigUserId: USER_A, bigCount: ROWS, total: ROWS + 100 });
        await db.query('ANALYZE');
        feed = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM public.activity_feed WHERE user_id = $1', [USER_A])).rows[0]?.n ?? 0);
        liveCard = (await db.query<{ id: string; cardholder_id: string; currency: string }>(
          'SELECT c.id, c.cardholder_id, c.currency FROM public.cards c JOIN public.users u ON u.cardholder_id = c.cardholder_id WHERE u.id = $1 ORDER BY c.id LIMIT 1',
          [USER_A],
        )).rows[0];
      } finally {
        await db.end();
      }

      const url = `${stack.dashboardUrl}/?user=${USER_A}`;
      const firstPaint = async (): Promise<number> => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(url);
        await page.waitForSelector('[data-testid="activity-row"]', { timeout: 120_000 });
        await page.waitForSelector('[data-testid="settled-usd"]', { timeout: 120_000 });
        const elapsed = Number(await page.evaluate('performance.now()'));
        await page.close();
        return elapsed;
      };
      options.log('  dashboard: first paint with data (cold, then warm)');
      const cold = await firstPaint();
      const warm = [await firstPaint(), await firstPaint(), await firstPaint()].sort((a, b) => a - b)[1] ?? Number.NaN;

      options.log(`  dashboard: scrolling ${ROWS} rows`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(OBSERVE_LONG_TASKS);
      await page.goto(url);
      await page.waitForSelector('[data-testid="activity-row"]', { timeout: 120_000 });
      await page.evaluate('window.__longTasks.length = 0');
      const started = Date.now();
      let deepest = 0;
      while (deepest < Math.min(ROWS, feed) && Date.now() - started < 300_000) {
        deepest = Number(await page.evaluate(`(() => {
          const scroller = document.querySelector('[data-testid="activity-scroller"]');
          scroller.scrollBy(0, 1200);
          return Math.max(0, ...[...document.querySelectorAll('li[aria-posinset]')].map((item) => Number(item.getAttribute('aria-posinset'))));
        })()`));
        await page.waitForTimeout(16);
      }
      const scrollSeconds = (Date.now() - started) / 1000;
      const longTasks = await page.evaluate('window.__longTasks');
      const durations = Array.isArray(longTasks) ? longTasks.map(Number) : [];
      await page.close();

      options.log(`  dashboard: ${LIVE_SAMPLES} purchases posted to the webhook, each awaited in the open page`);
      if (!liveCard) throw new Error(`the bulk user ${USER_A} has no card`);
      const live = await liveLatencies(browser, url, stack.webhookUrl, config.webhookSecret, liveCard);

      return {
        section: SECTION,
        measurements: [
          atMost(SECTION, 'initial JavaScript (gzip)', Math.round(bundle.bytes / 1024), 'KB', 300),
          info(SECTION, 'first paint with data, cold (first page load after start)', Math.round(cold), 'ms'),
          atMost(SECTION, 'first paint with data, warm (median of 3)', Math.round(warm), 'ms', 1500),
          info(SECTION, `rows scrolled through`, deepest, 'rows'),
          atMost(SECTION, 'longest task while scrolling', Math.round(Math.max(0, ...durations)), 'ms', 50),
          info(SECTION, 'long tasks (> 50 ms) while scrolling', durations.length, 'tasks'),
          info(SECTION, 'live: webhook POST to row visible, p50', live.p50, 'ms'),
          info(SECTION, 'live: webhook POST to row visible, p95', live.p95, 'ms'),
        ],
        details: { initialChunks: bundle.chunks, lazyChunks: bundle.lazy, feedEntries: feed, scrollSeconds },
      };
    } finally {
      await browser.close();
      await stack.stop();
      watchdog.release();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
