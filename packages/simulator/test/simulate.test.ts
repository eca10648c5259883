import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Stripe from 'stripe';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SimulatorConnectionError, simulate, type SimulateOptions } from '../src/index.js';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SECRET = 'whsec_test_simulator_secret';

/** What the stand-in webhook saw. */
interface Seen {
  requests: number;
  verified: number;
  failedVerification: number;
  eventIds: string[];
  approved: number;
  declined: number;
}

/**
 * A tiny webhook on 127.0.0.1 that checks every signature with stripe's constructEvent and
 * answers authorization requests like the service: decline a blocked merchant category.
 */
async function startWebhook(secret: string): Promise<{ url: string; seen: Seen; close(): Promise<void> }> {
  const seen: Seen = { requests: 0, verified: 0, failedVerification: 0, eventIds: [], approved: 0, declined: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.requests += 1;
      let event: Stripe.Event;
      try {
        event = Stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature'] ?? ''), secret);
      } catch {
        seen.failedVerification += 1;
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"bad signature"}');
        return;
      }
      seen.verified += 1;
      seen.eventIds.push(event.id);
      if (event.type === 'issuing_authorization.request') {
        const blocked = event.data.object.card.spending_controls.blocked_categories ?? [];
        const approved = !blocked.includes(event.data.object.merchant_data.category);
        if (approved) seen.approved += 1;
        else seen.declined += 1;
        res.writeHead(200, { 'Content-Type': 'application/json', 'Stripe-Version': '2026-10-28.endive' });
        res.end(JSON.stringify({ approved }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test webhook has no TCP address');
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}/stripe-event`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function options(url: string, overrides: Partial<SimulateOptions> = {}): SimulateOptions {
  return {
    url,
    secret: SECRET,
    stories: 3,
    authorizationsPerCard: 6,
    seed: 'simulator-test',
    concurrency: 4,
    duplicates: 0.1,
    timeoutMs: 5000,
    ...overrides,
  };
}

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

describe('simulate', () => {
  it('sends only requests whose signatures Stripe verifies, and its counts match what the webhook saw', async () => {
    // Prepare
    const webhook = await startWebhook(SECRET);
    closeServer = () => webhook.close();

    // Act
    const summary = await simulate(options(webhook.url));

    // Assert
    expect(webhook.seen.failedVerification).toBe(0);
    expect(summary.sent).toBe(webhook.seen.requests);
    expect(summary.accepted).toBe(webhook.seen.verified);
    expect(summary.rejected).toBe(0);
    expect(summary.approved).toBe(webhook.seen.approved);
    expect(summary.declined).toBe(webhook.seen.declined);
    expect(summary.approved).toBeGreaterThan(0);
  });

  it('delivers every event at least once and some twice', async () => {
    const webhook = await startWebhook(SECRET);
    closeServer = () => webhook.close();

    const summary = await simulate(options(webhook.url, { duplicates: 0.3 }));

    const distinct = new Set(webhook.seen.eventIds);
    expect(distinct.size).toBe(summary.events);
    expect(webhook.seen.eventIds.length).toBe(summary.events + summary.duplicates);
    expect(summary.duplicates).toBeGreaterThan(0);
  });

  it('counts every answer as rejected when the webhook has another secret', async () => {
    const webhook = await startWebhook('whsec_a_different_secret');
    closeServer = () => webhook.close();

    const summary = await simulate(options(webhook.url, { stories: 1, duplicates: 0 }));

    expect(summary.accepted).toBe(0);
    expect(summary.rejected).toBe(summary.sent);
    expect(summary.statuses).toEqual({ '400': summary.sent });
  });

  it('fails with a connection error naming the URL when nothing listens there', async () => {
    const webhook = await startWebhook(SECRET);
    await webhook.close();

    const attempt = simulate(options(webhook.url, { stories: 1 }));

    await expect(attempt).rejects.toBeInstanceOf(SimulatorConnectionError);
    await expect(simulate(options(webhook.url, { stories: 1 }))).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('npm run simulate', () => {
  // Its own dev secrets file, not the repository's .data/dev-secrets.json.
  const secretsDir = path.join(os.tmpdir(), `simulator-test-${process.pid}`);
  afterAll(async () => {
    await rm(secretsDir, { recursive: true, force: true });
  });

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = { ...process.env, DEV_SECRETS_FILE: path.join(secretsDir, 'dev-secrets.json') };
    return run(process.execPath, ['--import', 'tsx', 'packages/simulator/src/cli.ts', ...args], { cwd: ROOT, env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    );
  }

  it('prints the summary as JSON with --json', async () => {
    const webhook = await startWebhook(SECRET);
    closeServer = () => webhook.close();

    const result = await cli(['--url', webhook.url, '--secret', SECRET, '--stories', '1', '--seed', 'cli', '--json']);

    expect(result.code).toBe(0);
    const summary: unknown = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ sent: webhook.seen.requests, accepted: webhook.seen.verified, rejected: 0 });
  }, 60_000);

  it('exits non-zero with one readable line for an unreachable URL', async () => {
    const webhook = await startWebhook(SECRET);
    await webhook.close();

    const result = await cli(['--url', webhook.url, '--stories', '1']);

    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/cannot reach the webhook/);
  }, 60_000);

  it('exits non-zero with one readable line for a bad flag value', async () => {
    const result = await cli(['--stories', 'many']);

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('simulate: --stories must be an integer from 1 to 10000, got "many"');
  }, 60_000);
});
