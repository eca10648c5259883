/**
 * The database goes away in the middle of a stream: the handlers throw (so the platform
 * retries), every failed delivery lands in the local dead-letter store, valid traffic after
 * the outage keeps flowing, and a replay afterwards loses nothing.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateCardStories } from '@issuing/stripe-fixtures';
import type { EventBridgeEvent } from 'aws-lambda';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeadLetterStore } from '../../src/adapters/dead-letter-store.js';
import { claimCheckOf } from '../../src/domain/event-detail.js';
import { EVENT_ROUTES, type RoutedFunctionName } from '../../src/domain/index.js';
import { createPersistenceHandler } from '../../src/handlers/persistence-handler.js';
import { withLocalDeadLetters } from '../../src/handlers/with-local-dead-letters.js';
import { createLogger } from '../../src/logger.js';
import { applyStripeEvent, PERSIST_FUNCTIONS, recordEvent } from '../../src/persistence/index.js';
import { replayDeadLetters } from '../../src/replay/replay-dead-letters.js';
import { lambdaPool, snapshotTables, startTestDatabases, type TestDatabases } from '../support/postgres.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const silent = createLogger({}, { sink: () => undefined });
const ATTEMPTS = 3; // the first try plus the offline bus's maximumRetryAttempts: 2

let databases: TestDatabases;
let proxy: TcpProxy;
let deadLetterDir: string;

beforeAll(async () => {
  databases = await startTestDatabases();
  proxy = await startTcpProxy(databases.server.port);
  deadLetterDir = await mkdtemp(path.join(os.tmpdir(), 'dead-letters-'));
});

afterAll(async () => {
  await proxy?.close();
  await databases?.stop();
  if (deadLetterDir) await rm(deadLetterDir, { recursive: true, force: true });
});

function envelope(event: Stripe.Event, detail: unknown = event): EventBridgeEvent<string, unknown> {
  return {
    version: '0', id: `eb-${event.id}`, 'detail-type': event.type, source: 'stripe', account: '000000000000',
    time: new Date(event.created * 1000).toISOString(), region: 'eu-west-1', resources: [], detail,
  };
}

const FUNCTIONS: RoutedFunctionName[] = ['recordEvent', 'persistCardholdersCards', 'persistAuthorizations', 'persistTransactions'];

function subscribers(type: string): RoutedFunctionName[] {
  return FUNCTIONS.filter((name) => {
    const route = EVENT_ROUTES[name];
    return route === '*' || route.some((routed) => routed === type);
  });
}

describe('database outage mid-stream', () => {
  it('failed deliveries are dead-lettered after their retries and a replay restores every row', async () => {
    // Prepare
    const events = generateCardStories({
      seed: 'outage', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 6,
      start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-09-10T00:00:00Z'),
    }).events;
    const url = await databases.fresh('outage');
    const proxied = new URL(url);
    proxied.port = String(proxy.port);
    const lambdaDb = lambdaPool(proxied.toString(), 500);
    const store = createDeadLetterStore(deadLetterDir);
    const handlers = new Map(
      FUNCTIONS.map((name) => [
        name,
        withLocalDeadLetters(name, createPersistenceHandler(name, PERSIST_FUNCTIONS[name], { getDb: () => lambdaDb, log: silent }), () => store, silent),
      ]),
    );
    const third = Math.floor(events.length / 3);
    let thrown = 0;
    const deliver = async (event: Stripe.Event): Promise<void> => {
      for (const name of subscribers(event.type)) {
        const handler = handlers.get(name);
        for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
          try {
            await handler?.(envelope(event));
            break;
          } catch {
            thrown += 1;
          }
        }
      }
    };

    // Act: a third before, during and after the outage.
    for (const event of events.slice(0, third)) await deliver(event);
    await proxy.down();
    for (const event of events.slice(third, 2 * third)) await deliver(event);
    await proxy.up();
    for (const event of events.slice(2 * third)) await deliver(event);
    const lettersAfterOutage = (await store.list()).letters;
    const sample: unknown = JSON.parse(await readFile(lettersAfterOutage[0]?.file ?? '', 'utf8'));

    const replayDb = lambdaPool(url);
    const replay = await replayDeadLetters(store, replayDb, silent);

    // Assert
    const outageDeliveries = events.slice(third, 2 * third).reduce((sum, event) => sum + subscribers(event.type).length, 0);
    expect(thrown).toBe(outageDeliveries * ATTEMPTS);
    expect(lettersAfterOutage).toHaveLength(outageDeliveries);
    expect(lettersAfterOutage.every(({ letter }) => letter.attempts === ATTEMPTS)).toBe(true);
    expect(sample).toMatchObject({ envelope: { source: 'stripe' }, error: { name: 'PersistenceError' } });
    expect(replay).toEqual({ replayed: outageDeliveries, failed: 0, unreadable: [] });
    const remaining = await readdir(deadLetterDir, { recursive: true });
    expect(remaining.filter((file) => String(file).endsWith('.json'))).toEqual([]);

    const expected = await (async () => {
      const canonicalUrl = await databases.fresh('outage_canonical');
      const canonical = lambdaPool(canonicalUrl);
      for (const event of events) await applyStripeEvent(canonical, event);
      const state = await snapshotTables(canonical);
      await canonical.end();
      return state;
    })();
    expect(await snapshotTables(replayDb)).toEqual(expected);
    await replayDb.end();
    await lambdaDb.end();
  });

  it('a replay skips and reports a file it cannot read and re-drives every other letter, claim checks included', async () => {
    // Prepare: a card letter, a claim-check letter whose event the webhook stored, and a broken file.
    const [holderEvent, cardEvent] = generateCardStories({
      seed: 'replay-skip', cardholders: 1, cardsPerCardholder: 1, authorizationsPerCard: 0,
      start: new Date('2026-09-01T00:00:00Z'), end: new Date('2026-09-10T00:00:00Z'),
    }).events;
    if (!holderEvent || !cardEvent) throw new Error('story too short');
    const db = lambdaPool(await databases.fresh('replay_skip'));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dead-letters-skip-'));
    const store = createDeadLetterStore(dir);
    await store.recordFailure('persistCardholdersCards', holderEvent.id, envelope(holderEvent), new Error('database unavailable'));
    await recordEvent(db, cardEvent);
    await store.recordFailure('persistCardholdersCards', cardEvent.id, envelope(cardEvent, claimCheckOf(cardEvent)), new Error('database unavailable'));
    const broken = path.join(dir, 'persistCardholdersCards', 'evt_0Broken.json');
    await writeFile(broken, '{"functionName": "persistCardholdersCards", "eventId": "evt_0Bro');

    // Act
    const replay = await replayDeadLetters(store, db, silent);

    // Assert
    expect(replay).toEqual({ replayed: 2, failed: 0, unreadable: [{ file: broken, reason: expect.stringMatching(/^is not JSON/) }] });
    expect(await readdir(path.join(dir, 'persistCardholdersCards'))).toEqual(['evt_0Broken.json']);
    const cards = await db.query('SELECT id, snapshot_event_id FROM cards');
    expect(cards.rows).toEqual([{ id: cardEvent.data.object.id, snapshot_event_id: cardEvent.id }]);
    const holders = await db.query('SELECT count(*)::int AS n FROM cardholders');
    expect(holders.rows).toEqual([{ n: 1 }]);
    await db.end();
    await rm(dir, { recursive: true, force: true });
  });
});
