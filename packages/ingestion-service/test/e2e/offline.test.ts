/**
 * End to end through the real Serverless offline runtime: signed POSTs to the webhook, the
 * EventBridge emulator fanning out to the persistence functions, rows in a real PostgreSQL.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@issuing/dev-postgres';
import { API_VERSION, generateCardStories, planDeliveries, signedHeader } from '@issuing/stripe-fixtures';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadLetterStore } from '../../src/adapters/dead-letter-store.js';
import { MAX_ENTRY_BYTES } from '../../src/adapters/event-publisher.js';
import { projectionOf } from '../../src/domain/index.js';
import { createLogger } from '../../src/logger.js';
import { startOffline, type OfflineService } from '../../src/offline/index.js';
import { applyStripeEvent } from '../../src/persistence/index.js';
import { replayDeadLetters } from '../../src/replay/replay-dead-letters.js';
import { lambdaPool, snapshotTables, startTestDatabases, type TestDatabases } from '../support/postgres.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const SECRET = 'whsec_test_e2e_only_not_a_real_secret';

let databases: TestDatabases;
let service: OfflineService | undefined;
let db: pg.Pool;
let deadLetterDir: string;
let proxy: TcpProxy;
const logs: string[] = [];

beforeAll(async () => {
  databases = await startTestDatabases();
  const url = await databases.fresh('e2e');
  db = lambdaPool(url);
  deadLetterDir = await mkdtemp(path.join(os.tmpdir(), 'e2e-dead-letters-'));
  // The service reaches PostgreSQL through a proxy the outage test can cut.
  proxy = await startTcpProxy(databases.server.port);
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  service = await startOffline({
    databaseUrl: proxied.toString(),
    webhookSecret: SECRET,
    httpPort: await freePort(),
    lambdaPort: await freePort(),
    eventBridgePort: await freePort(),
    eventBridgePubSubPort: await freePort(),
    deadLetterDir,
    onLog: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await service?.stop();
  await proxy?.close();
  await db?.end();
  await databases?.stop();
  if (deadLetterDir) await rm(deadLetterDir, { recursive: true, force: true });
});

async function post(body: string, headers: Record<string, string>): Promise<{ status: number; headers: Headers; json: unknown }> {
  if (!service) throw new Error('service not started');
  const response = await fetch(service.webhookUrl, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('serverless offline end to end', () => {
  it('signed deliveries, duplicated and out of order, end as the same rows as the canonical order', async () => {
    // Prepare
    const events = generateCardStories({
      seed: 'e2e', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 5,
      start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-08T00:00:00Z'),
    }).events;
    const deliveries = planDeliveries(events, { seed: 'e2e', duplicateRate: 0.2, reorder: 'local' });
    const canonicalUrl = await databases.fresh('e2e_canonical');
    const canonical = lambdaPool(canonicalUrl);
    for (const event of events) await applyStripeEvent(canonical, event);
    const expected = await snapshotTables(canonical);
    await canonical.end();

    // Act
    const statuses = [];
    for (const { event } of deliveries) {
      const body = JSON.stringify(event, null, 2);
      statuses.push((await post(body, { 'Stripe-Signature': signedHeader(body, SECRET) })).status);
    }
    const actual = await waitFor(() => snapshotTables(db), (state) => JSON.stringify(state) === JSON.stringify(expected));

    // Assert
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(actual).toEqual(expected);
  }, 240_000);

  it('answers authorization requests synchronously with Stripe-Version and the decision the story recorded', async () => {
    // Prepare: a story with real-time declines at a blocked category.
    const events = generateCardStories({
      seed: 'e2e-realtime', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 8,
      start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-08T00:00:00Z'),
      scenarioWeights: { captured: 1, partialCapture: 0, multiCapture: 0, reversed: 0, expired: 0, webhookDeclined: 1, stripeDeclined: 0, incremental: 0 },
    }).events;
    const requests = new Map<string, (typeof events)[number]>();
    const outcomes = new Map<string, boolean>();
    for (const event of events) {
      const id = event.data.object.id;
      if (event.type === 'issuing_authorization.request' && !requests.has(id)) requests.set(id, event);
      if (event.type === 'issuing_authorization.created') outcomes.set(id, event.data.object.approved);
    }
    expect([...outcomes.values()]).toContain(false);
    expect([...outcomes.values()]).toContain(true);

    for (const [id, request] of requests) {
      // Act
      const body = JSON.stringify(request, null, 2);
      const answer = await post(body, { 'Stripe-Signature': signedHeader(body, SECRET) });

      // Assert
      expect(answer.status, id).toBe(200);
      expect(answer.headers.get('stripe-version'), id).toBe(API_VERSION);
      expect(answer.headers.get('content-type'), id).toContain('application/json');
      expect(answer.json, id).toEqual({ approved: outcomes.get(id) });
    }
  });

  it('a delivery with a bad signature is answered 400 and stores nothing', async () => {
    // Prepare
    const [event] = generateCardStories({
      seed: 'e2e-bad', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 0,
      start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-08T00:00:00Z'),
    }).events;
    if (!event) throw new Error('story without events');
    const body = JSON.stringify(event, null, 2);

    // Act
    const answer = await post(body, { 'Stripe-Signature': signedHeader(body, 'whsec_some_other_secret') });

    // Assert
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'invalid signature' });
    const stored = await db.query('SELECT 1 FROM stripe_events WHERE id = $1', [event.id]);
    expect(stored.rowCount).toBe(0);
  });

  it('an event too large for one EventBridge entry, delivered twice, is stored whole and projected exactly once', async () => {
    // Prepare: an authorization whose metadata alone is over EventBridge's 256 KB entry limit.
    const [cardEvent, ...rest] = generateCardStories({
      seed: 'e2e-oversized', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 1,
      start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-08T00:00:00Z'),
    }).events;
    const created = rest.find((event) => event.type === 'issuing_authorization.created');
    if (!cardEvent || !created || created.type !== 'issuing_authorization.created') throw new Error('story without an authorization');
    const metadata = Object.fromEntries(Array.from({ length: 600 }, (_, index) => [`note_${index}`, 'x'.repeat(500)]));
    const oversized = { ...created, data: { ...created.data, object: { ...created.data.object, metadata } } };
    const body = JSON.stringify(oversized, null, 2);
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_ENTRY_BYTES);

    // Act: the same event twice (Stripe retries), each signed anew.
    const first = await post(body, { 'Stripe-Signature': signedHeader(body, SECRET) });
    const second = await post(body, { 'Stripe-Signature': signedHeader(body, SECRET) });
    const rows = await waitFor(
      () => db.query<{ id: string; amount: string }>('SELECT id, amount FROM authorizations WHERE id = $1', [oversized.data.object.id]),
      (result) => result.rowCount === 1,
    );

    // Assert
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(rows.rows).toEqual([{ id: oversized.data.object.id, amount: String(oversized.data.object.amount) }]);
    const stored = await db.query<{ n: number; notes: number }>(
      "SELECT count(*)::int AS n, max((SELECT count(*) FROM jsonb_object_keys(payload->'data'->'object'->'metadata')))::int AS notes FROM stripe_events WHERE id = $1",
      [oversized.id],
    );
    expect(stored.rows).toEqual([{ n: 1, notes: 600 }]);
    const letters = (await createDeadLetterStore(deadLetterDir).list()).letters.filter(({ letter }) => letter.eventId === oversized.id);
    expect(letters).toEqual([]);
  }, 240_000);

  it('while the database is down deliveries end in the dead-letter store after their retries, and a replay loses nothing', async () => {
    // Prepare
    const events = generateCardStories({
      seed: 'e2e-outage', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 2,
      start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-08T00:00:00Z'),
    }).events;
    const expectedLetters = events.reduce((sum, event) => sum + (projectionOf(event.type) ? 2 : 1), 0);
    const store = createDeadLetterStore(deadLetterDir);

    // Act: the database disappears, Stripe keeps delivering.
    await proxy.down();
    const statuses = [];
    for (const event of events) {
      const body = JSON.stringify(event, null, 2);
      statuses.push((await post(body, { 'Stripe-Signature': signedHeader(body, SECRET) })).status);
    }
    // Deliveries still in flight from the tests above may fail too; count only this story's.
    const ours = new Set(events.map((event) => event.id));
    const letters = await waitFor(
      async () => (await store.list()).letters.filter(({ letter }) => ours.has(letter.eventId)),
      (list) => list.length === expectedLetters && list.every(({ letter }) => letter.attempts === 3),
    );
    await proxy.up();
    const replay = await replayDeadLetters(store, db, createLogger({}, { sink: () => undefined }));

    // Assert: accepted (the bus has them), kept on disk after 1 + 2 retries, then all replayed.
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(letters).toHaveLength(expectedLetters);
    expect(letters.every(({ letter }) => letter.attempts === 3)).toBe(true);
    expect(replay.failed).toBe(0);
    expect(replay.replayed).toBeGreaterThanOrEqual(expectedLetters);
    expect(await store.list()).toEqual({ letters: [], unreadable: [] });
    const stored = await db.query('SELECT id FROM stripe_events WHERE id = ANY($1)', [events.map((event) => event.id)]);
    expect(stored.rowCount).toBe(new Set(events.map((event) => event.id)).size);
  }, 240_000);
});
