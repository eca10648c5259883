// @vitest-environment node
/**
 * The dashboard end to end, as a user runs it: `npm start`'s entry point in its own process
 * (embedded PostgreSQL with the demo data, serverless offline, the GraphQL server, the dashboard
 * through Vite) and Debian's chromium driven by playwright-core. The figures on the page are
 * checked against sums computed directly from the base tables.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import Stripe from 'stripe';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitForOutput } from '@issuing/graphql-test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@issuing/dev-postgres';
import { categoryLabel } from '../../src/domain/categories';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPO = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const START = path.join(REPO, 'packages/dev-stack/src/start.ts');
const SHOTS = path.resolve(import.meta.dirname, '../../test-results');
const DEFAULT_USER = '332787f1-1814-47e1-870e-2b9be86d1533';
// This run's own signing secret, given to the stack and used to sign the simulated purchase.
const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('hex')}`;

interface Figures {
  currency: string;
  settled: number;
  transactions: number;
  pending: number;
  declined: number;
  refunded: number;
}

/** Per-currency figures straight from transactions and authorizations (Stripe's signs). */
async function figuresInSql(db: pg.Pool, userId: string): Promise<Figures[]> {
  const { rows } = await db.query<{ currency: string; settled: string; transactions: string; pending: string; declined: string; refunded: string }>(
    `WITH mine AS (SELECT cardholder_id FROM users WHERE id = $1),
          t AS (SELECT currency, -sum(amount) AS settled, count(*) AS transactions,
                       coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0) AS refunded
                FROM transactions WHERE cardholder_id = (SELECT cardholder_id FROM mine) GROUP BY currency),
          a AS (SELECT currency, coalesce(sum(amount) FILTER (WHERE approved AND status = 'pending'), 0) AS pending,
                       count(*) FILTER (WHERE NOT approved) AS declined
                FROM authorizations WHERE cardholder_id = (SELECT cardholder_id FROM mine) GROUP BY currency)
     SELECT coalesce(t.currency, a.currency) AS currency, coalesce(t.settled, 0) AS settled, coalesce(t.transactions, 0) AS transactions,
            coalesce(a.pending, 0) AS pending, coalesce(a.declined, 0) AS declined, coalesce(t.refunded, 0) AS refunded
     FROM t FULL JOIN a ON a.currency = t.currency ORDER BY 1`,
    [userId],
  );
  return rows.map((row) => ({
    currency: row.currency,
    settled: Number(row.settled),
    transactions: Number(row.transactions),
    pending: Number(row.pending),
    declined: Number(row.declined),
    refunded: Number(row.refunded),
  }));
}

async function figuresOnPage(page: Page, currencies: readonly string[]): Promise<Figures[]> {
  const minor = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-minor'));
  const shown: Figures[] = [];
  for (const currency of currencies) {
    await page.getByTestId(`settled-${currency}`).waitFor({ timeout: 60_000 });
    shown.push({
      currency,
      settled: await minor(`settled-${currency}`),
      transactions: await minor(`transactions-${currency}`),
      pending: await minor(`pending-${currency}`),
      declined: await minor(`declined-${currency}`),
      refunded: await minor(`refunded-${currency}`),
    });
  }
  return shown;
}


/** Does the GraphQL server accept a graphql-transport-ws connection with this token (asked from the page)? */
async function serverSupportsSubscriptions(page: Page, wsUrl: string, token: string): Promise<boolean> {
  return page.evaluate(
    ([url, bearer]) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(url ?? '', 'graphql-transport-ws');
        const done = (answer: boolean) => {
          socket.close();
          resolve(answer);
        };
        socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { headers: { Authorization: `Bearer ${bearer}` } } }));
        socket.onmessage = (message) => done(String(message.data).includes('connection_ack'));
        socket.onerror = () => done(false);
        socket.onclose = () => done(false);
        setTimeout(() => done(false), 5000);
      }),
    [wsUrl, token],
  );
}

describe.runIf(existsSync(CHROMIUM) || process.env.CI)('dashboard in a browser against npm start', () => {
  let child: ChildProcess;
  let dataDir: string;
  let output = '';
  let dashboardUrl = '';
  let graphqlUrl = '';
  let webhookUrl = '';
  let db: pg.Pool;
  let browser: Browser;
  let users: Array<{ id: string; email: string; cardholder_id: string }>;

  beforeAll(async () => {
    const names = ['EMBEDDED_POSTGRES_PORT', 'WEBHOOK_PORT', 'LAMBDA_PORT', 'EVENTBRIDGE_PORT', 'EVENTBRIDGE_PUBSUB_PORT', 'HASURA_GRAPHQL_SERVER_PORT', 'DASHBOARD_PORT'];
    const ports = await Promise.all(names.map(() => freePort()));
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'dashboard-e2e-'));
    await chmod(dataDir, 0o755);
    await mkdir(SHOTS, { recursive: true });
    child = spawn(TSX, [START], {
      cwd: REPO,
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'VITEST', 'TEST', 'MODE'].includes(name))),
        ...Object.fromEntries(names.map((name, index) => [name, String(ports[index])])),
        EMBEDDED_POSTGRES_DIR: path.join(dataDir, 'pg'),
        DEAD_LETTER_DIR: path.join(dataDir, 'dead-letters'),
        DEV_SECRETS_FILE: path.join(dataDir, 'dev-secrets.json'),
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = await waitForOutput(child, /Ctrl-C stops everything[\s\S]*Bearer /, 240_000);
    dashboardUrl = /dashboard:\s+(http:\/\/\S+)/.exec(output)?.[1] ?? '';
    graphqlUrl = /GraphQL API \(Hasura v2\):\s+POST (\S+)/.exec(output)?.[1] ?? '';
    webhookUrl = /webhook \(Stripe events\):\s+POST (\S+)/.exec(output)?.[1] ?? '';
    db = new pg.Pool({ connectionString: /database \(owner\):\s+(postgres:\/\/\S+)/.exec(output)?.[1], max: 2 });
    users = (await db.query<{ id: string; email: string; cardholder_id: string }>('SELECT id::text AS id, email, cardholder_id FROM users ORDER BY email')).rows;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await db?.end();
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('npm start prints the dashboard URL first, on 127.0.0.1', () => {
    const block = output.slice(output.indexOf('The system is running'));
    expect(block.split('\n')[1]).toMatch(/^\s+dashboard:\s+http:\/\/127\.0\.0\.1:\d+/);
  });

  it('signs in as the preselected default user and shows figures equal to SQL over the base tables', async () => {
    // Prepare
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(dashboardUrl);
    const radios = page.getByRole('radio');
    await radios.first().waitFor({ timeout: 120_000 });

    // Act
    const listed = await radios.count();
    const preselected = await page.getByRole('radio', { checked: true }).getAttribute('value');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const expected = await figuresInSql(db, DEFAULT_USER);
    const shown = await figuresOnPage(page, expected.map((row) => row.currency));
    await page.getByTestId('activity-row').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-default-user.png'), fullPage: true });
    // Scroll the activity list down past several keyset pages (100 rows each).
    const scroller = page.getByTestId('activity-scroller');
    const deepest = () => page.locator('li[aria-posinset]').evaluateAll((items) => Math.max(0, ...items.map((item) => Number(item.getAttribute('aria-posinset')))));
    for (let attempt = 0; attempt < 60 && (await deepest()) < 350; attempt += 1) {
      await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await page.waitForTimeout(250);
    }
    const shownRows = await page.locator('li[aria-posinset]').evaluateAll((items) =>
      items.map((item) => ({ position: Number(item.getAttribute('aria-posinset')), id: item.querySelector('[data-testid="activity-row"]')?.getAttribute('data-id') ?? '' })),
    );
    const feed = (await db.query<{ id: string }>('SELECT id FROM activity_feed WHERE user_id = $1 ORDER BY occurred_at DESC, id DESC', [DEFAULT_USER])).rows.map((row) => row.id);

    // Assert
    expect(listed).toBe(users.length);
    expect(preselected).toBe(DEFAULT_USER);
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('user')).toBe(DEFAULT_USER);
    expect(Math.max(...shownRows.map((row) => row.position))).toBeGreaterThanOrEqual(350);
    expect(shownRows.map((row) => row.id)).toEqual(shownRows.map((row) => feed[row.position - 1]));
    await page.close();
  }, 180_000);

  it('?user= opens signed in as a second user, who sees none of the first user\'s activity', async () => {
    // Prepare
    const second = users.find((user) => user.id !== DEFAULT_USER);
    if (!second) throw new Error('the demo data has one user only');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

    // Act
    await page.goto(`${dashboardUrl}/?user=${second.id}`);
    await page.getByTestId('activity-row').first().waitFor({ timeout: 120_000 });
    const ids = await page.getByTestId('activity-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
    const expected = await figuresInSql(db, second.id);
    const shown = await figuresOnPage(page, expected.map((row) => row.currency));
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-second-user-phone.png'), fullPage: true });

    // Assert
    const owners = await db.query<{ id: string; cardholder_id: string }>(
      `SELECT id, cardholder_id FROM authorizations WHERE id = ANY($1) UNION ALL SELECT id, cardholder_id FROM transactions WHERE id = ANY($1)`,
      [ids],
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(owners.rows).toHaveLength(ids.length);
    expect(new Set(owners.rows.map((row) => row.cardholder_id))).toEqual(new Set([second.cardholder_id]));
    expect(shown).toEqual(expected);
    expect(await page.getByTestId('signed-in-user').textContent()).toContain(second.email);
    await page.close();
  }, 180_000);

  it('switches users without reloading the stack', async () => {
    // Prepare
    const third = users.find((user) => user.id !== DEFAULT_USER && user !== users.find((u) => u.id !== DEFAULT_USER)) ?? users[0];
    if (!third) throw new Error('no users');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${dashboardUrl}/?user=${DEFAULT_USER}`);
    await page.getByTestId('signed-in-user').waitFor({ timeout: 120_000 });

    // Act
    await page.getByRole('button', { name: 'Switch user' }).click();
    await page.getByText(third.email).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-user').filter({ hasText: third.email }).waitFor({ timeout: 60_000 });
    const expected = await figuresInSql(db, third.id);
    const shown = await figuresOnPage(page, expected.map((row) => row.currency));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-switched-user-dark.png'), fullPage: true });

    // Assert
    expect(shown).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('user')).toBe(third.id);
    await page.close();
  }, 180_000);

  it('narrows the summary, the charts and the activity to one card, with figures equal to SQL for that card', async () => {
    // Prepare
    const card = (await db.query<{ id: string; currency: string }>(
      `SELECT c.id, c.currency FROM cards c JOIN users u ON u.cardholder_id = c.cardholder_id WHERE u.id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT 1`,
      [DEFAULT_USER],
    )).rows[0];
    if (!card) throw new Error('the default user has no card');
    const sums = (await db.query<{ settled: string; transactions: string; pending: string; declined: string; refunded: string }>(
      `SELECT (SELECT coalesce(-sum(amount), 0) FROM transactions WHERE card_id = $1) AS settled,
              (SELECT count(*) FROM transactions WHERE card_id = $1) AS transactions,
              (SELECT coalesce(sum(amount), 0) FROM authorizations WHERE card_id = $1 AND approved AND status = 'pending') AS pending,
              (SELECT count(*) FROM authorizations WHERE card_id = $1 AND NOT approved) AS declined,
              (SELECT coalesce(sum(amount), 0) FROM transactions WHERE card_id = $1 AND type = 'refund') AS refunded`,
      [card.id],
    )).rows[0];
    const categories = (await db.query<{ category: string | null; count: string }>(
      'SELECT merchant_category AS category, count(*) AS count FROM transactions WHERE card_id = $1 GROUP BY 1', [card.id])).rows;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${dashboardUrl}/?user=${DEFAULT_USER}`);
    await page.getByTestId('activity-row').first().waitFor({ timeout: 120_000 });

    // Act
    await page.getByRole('button', { name: 'Only this card' }).first().click();
    await page.getByText(/^Summary: .* only$/).waitFor({ timeout: 60_000 });
    const shown = await figuresOnPage(page, [card.currency]);
    await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="activity-row"]')].length > 0 && new URL(location.href).searchParams.get('card') === id, card.id);
    const ids = await page.getByTestId('activity-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
    await page.getByRole('heading', { name: /^Spend by category: .* only$/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: /^Spend over time: .* only$/ }).waitFor({ timeout: 60_000 });
    const categoryTable = page.getByRole('table', { name: `Spend by category in ${card.currency.toUpperCase()}` });
    const categoryCounts = () => categoryTable.locator('tbody tr').evaluateAll((rows) =>
      Object.fromEntries(rows.map((row) => {
        const cells = row.querySelectorAll('td');
        return [cells[0]?.textContent ?? '', Number(cells[2]?.textContent)];
      })));
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-one-card.png'), fullPage: true });

    // Assert
    expect(shown).toEqual([{ currency: card.currency, settled: Number(sums?.settled), transactions: Number(sums?.transactions), pending: Number(sums?.pending), declined: Number(sums?.declined), refunded: Number(sums?.refunded) }]);
    const cardsOfRows = await db.query<{ card_id: string }>(
      `SELECT card_id FROM authorizations WHERE id = ANY($1) UNION ALL SELECT card_id FROM transactions WHERE id = ANY($1) AND authorization_id IS NULL`,
      [ids],
    );
    expect(new Set(cardsOfRows.rows.map((row) => row.card_id))).toEqual(new Set([card.id]));
    await expect.poll(categoryCounts, { timeout: 30_000 }).toEqual(Object.fromEntries(categories.map((row) => [categoryLabel(row.category), Number(row.count)])));
    await page.close();
  }, 180_000);

  it('clicking a bar of Spend over time lists the transactions of that period, which sum to it in SQL', async () => {
    // Prepare: the last 12 months by week; the tallest bar.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${dashboardUrl}/?user=${DEFAULT_USER}`);
    await page.getByTestId('activity-row').first().waitFor({ timeout: 120_000 });
    await page.getByRole('combobox', { name: 'Range' }).click();
    await page.getByRole('option', { name: 'Last 12 months' }).click();
    const bars = page.locator('.MuiBarChart-element');
    await bars.first().waitFor({ timeout: 60_000 });
    // The bars grow in (and the range's data arrives) after the first frame: measure once they stand still.
    const measure = () => bars.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()).map((box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2, height: box.height })));
    let boxes = await measure();
    for (let attempt = 0; attempt < 100; attempt += 1) {
      await page.waitForTimeout(200);
      const again = await measure();
      if (JSON.stringify(again) === JSON.stringify(boxes)) break;
      boxes = again;
    }
    const tallest = boxes.reduce((best, box) => (box.height > best.height ? box : best));

    // Act
    await page.mouse.click(tallest.x, tallest.y);
    await page.getByTestId('period-total').waitFor({ timeout: 60_000 });
    const params = new URL(page.url()).searchParams;
    const total = page.getByTestId('period-total');
    const shown = { spend: Number(await total.getAttribute('data-minor')), count: Number(await total.getAttribute('data-count')) };
    await page.getByTestId('activity-row').first().waitFor({ timeout: 60_000 });
    const ids = await page.getByTestId('activity-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-period-drilldown.png'), fullPage: true });

    // Assert: the URL holds a week (UTC days) of the chart's currency; the rows are that week's transactions.
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const currency = params.get('currency') ?? '';
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)).toBeLessThanOrEqual(6 * 86_400_000);
    const inSql = (await db.query<{ spend: string; count: string; days: string }>(
      `WITH mine AS (SELECT cardholder_id FROM users WHERE id = $1)
       SELECT (SELECT coalesce(-sum(amount), 0) FROM transactions WHERE cardholder_id = (SELECT cardholder_id FROM mine) AND currency = $2
                 AND created_at >= $3::date AT TIME ZONE 'UTC' AND created_at < ($4::date + 1) AT TIME ZONE 'UTC') AS spend,
              (SELECT count(*) FROM transactions WHERE cardholder_id = (SELECT cardholder_id FROM mine) AND currency = $2
                 AND created_at >= $3::date AT TIME ZONE 'UTC' AND created_at < ($4::date + 1) AT TIME ZONE 'UTC') AS count,
              (SELECT coalesce(sum(settled_spend), 0) FROM spend_over_time WHERE cardholder_id = (SELECT cardholder_id FROM mine) AND currency = $2
                 AND granularity = 'day' AND period_start BETWEEN $3::date AND $4::date) AS days`,
      [DEFAULT_USER, currency, from, to],
    )).rows[0];
    expect(Number(inSql?.count)).toBeGreaterThan(0);
    expect(shown).toEqual({ spend: Number(inSql?.spend), count: Number(inSql?.count) });
    expect(Number(inSql?.days)).toBe(Number(inSql?.spend));
    const listed = await db.query<{ inside: boolean }>(
      `SELECT created_at >= $2::date AT TIME ZONE 'UTC' AND created_at < ($3::date + 1) AT TIME ZONE 'UTC' AS inside FROM transactions WHERE id = ANY($1)`,
      [ids, from, to],
    );
    expect(listed.rows).toHaveLength(ids.length);
    expect(listed.rows.every((row) => row.inside)).toBe(true);
    await page.close();
  }, 180_000);

  it('shows a simulated purchase live, without a reload (needs server subscriptions)', async (context) => {
    // Prepare
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await page.goto(`${dashboardUrl}/?user=${DEFAULT_USER}`);
    await page.getByTestId('activity-row').first().waitFor({ timeout: 120_000 });
    const token = String(((await (await fetch(`${dashboardUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: DEFAULT_USER }) })).json()) as { token?: string }).token);
    if (!(await serverSupportsSubscriptions(page, graphqlUrl.replace(/^http/, 'ws'), token))) {
      await page.close();
      context.skip('the GraphQL server does not accept graphql-transport-ws subscriptions yet');
      return;
    }
    const card = (await db.query<{ id: string; cardholder_id: string; currency: string }>(
      `SELECT c.id, c.cardholder_id, c.currency FROM cards c JOIN users u ON u.cardholder_id = c.cardholder_id WHERE u.id = $1 AND c.status = 'active' LIMIT 1`,
      [DEFAULT_USER],
    )).rows[0];
    if (!card) throw new Error('the default user has no active card');
    const created = Math.floor(Date.now() / 1000);
    const merchant = `Live Test Cafe ${created}`;
    const authorization = {
      id: `iauth_e2e_live_${created}`, object: 'issuing.authorization', amount: 1234, amount_details: null, approved: true,
      authorization_method: 'online', balance_transactions: [], card: { id: card.id, object: 'issuing.card', cardholder: { id: card.cardholder_id } },
      cardholder: card.cardholder_id, created, currency: card.currency, livemode: false, merchant_amount: 1234, merchant_currency: card.currency,
      merchant_data: { category: 'eating_places_restaurants', category_code: '5812', name: merchant, city: 'London', country: 'GB', network_id: '1', postal_code: 'N1', state: null, terminal_id: null, url: null },
      metadata: {}, network_data: null, pending_request: null, request_history: [], status: 'pending', transactions: [], verification_data: {}, wallet: null,
    };
    const event = { id: `evt_e2e_live_${created}`, object: 'event', api_version: '2026-10-28.endive', created, data: { object: authorization }, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type: 'issuing_authorization.created' };
    const payload = JSON.stringify(event);

    // Act
    const posted = await fetch(webhookUrl, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', 'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) } });

    // Assert: the row appears with no navigation (Hasura re-runs live queries about once a second).
    expect(posted.status).toBe(200);
    await page.getByTestId('activity-row').filter({ hasText: merchant }).waitFor({ timeout: 10_000 });
    await page.close();
  }, 180_000);
});
