/**
 * The core property (issue 2): whatever the delivery order and however many duplicates, the
 * tables end equal to the canonical order applied once. Deliveries go through the per-function
 * path the Lambdas use (recordEvent + the routed projection function), several at a time on
 * separate connections; the canonical state through applyStripeEvent.
 */
import { generateCardStories, type IssuingEvent } from '@issuing/stripe-fixtures';
import fc from 'fast-check';
import type pg from 'pg';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_ROUTES, projectionOf } from '../../src/domain/index.js';
import { applyStripeEvent, PERSIST_FUNCTIONS } from '../../src/persistence/index.js';
import { lambdaPool, snapshotTables, startTestDatabases, type TestDatabases } from '../support/postgres.js';

let databases: TestDatabases;
let runs = 0;
const canonicalStates = new Map<number, Record<string, unknown[]>>();
const stories = new Map<number, IssuingEvent[]>();

beforeAll(async () => {
  databases = await startTestDatabases();
});

afterAll(async () => {
  await databases?.stop();
});

function storyEvents(seed: number): IssuingEvent[] {
  let events = stories.get(seed);
  if (!events) {
    events = generateCardStories({
      seed: `convergence-${seed}`,
      cardholders: 1,
      cardsPerCardholder: 2,
      authorizationsPerCard: 3,
      start: new Date('2026-09-01T00:00:00Z'),
      end: new Date('2026-09-20T00:00:00Z'),
      refundRate: 0.4,
      forceCapturesPer100: 20,
      scenarioWeights: { captured: 3, partialCapture: 2, multiCapture: 2, reversed: 2, expired: 2, webhookDeclined: 2, stripeDeclined: 2, incremental: 2 },
    }).events;
    stories.set(seed, events);
  }
  return events;
}

async function withPools<T>(count: number, work: (pools: pg.Pool[]) => Promise<T>): Promise<T> {
  runs += 1;
  const url = await databases.fresh(`convergence_${runs}`);
  const pools = Array.from({ length: count }, () => lambdaPool(url));
  try {
    return await work(pools);
  } finally {
    await Promise.all(pools.map((pool) => pool.end()));
  }
}

async function canonicalState(seed: number): Promise<Record<string, unknown[]>> {
  const cached = canonicalStates.get(seed);
  if (cached) return cached;
  const state = await withPools(1, async ([pool]) => {
    if (!pool) throw new Error('no pool');
    for (const event of storyEvents(seed)) await applyStripeEvent(pool, event);
    return snapshotTables(pool);
  });
  canonicalStates.set(seed, state);
  return state;
}

/** What the bus does with one delivery: every subscribed function runs it. */
async function deliver(pool: pg.Pool, event: Stripe.Event): Promise<void> {
  await PERSIST_FUNCTIONS.recordEvent(pool, event);
  const projection = projectionOf(event.type);
  if (projection === 'cardholdersCards') await PERSIST_FUNCTIONS.persistCardholdersCards(pool, event);
  if (projection === 'authorizations') await PERSIST_FUNCTIONS.persistAuthorizations(pool, event);
  if (projection === 'transactions') await PERSIST_FUNCTIONS.persistTransactions(pool, event);
}

const delivery = fc
  .record({ seed: fc.integer({ min: 1, max: 4 }), workers: fc.integer({ min: 1, max: 3 }) })
  .chain(({ seed, workers }) => {
    const count = storyEvents(seed).length;
    const indexes = Array.from({ length: count }, (_, index) => index);
    return fc.record({
      seed: fc.constant(seed),
      workers: fc.constant(workers),
      duplicates: fc.array(fc.integer({ min: 0, max: count - 1 }), { maxLength: Math.ceil(count / 2) }),
      order: fc.shuffledSubarray(indexes, { minLength: count, maxLength: count }),
    });
  })
  .chain((plan) => {
    const all = [...plan.order, ...plan.duplicates];
    return fc.record({
      seed: fc.constant(plan.seed),
      workers: fc.constant(plan.workers),
      sequence: fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
    });
  });

describe('convergence under duplicates and reordering', () => {
  it('the generated stories exercise every routed event type', () => {
    const types = new Set<string>([1, 2, 3, 4].flatMap((seed) => storyEvents(seed).map((event) => event.type)));
    for (const type of [...EVENT_ROUTES.persistAuthorizations, ...EVENT_ROUTES.persistTransactions, 'issuing_card.created', 'issuing_cardholder.created']) {
      if (type === 'issuing_transaction.updated') continue;
      expect(types.has(type), type).toBe(true);
    }
  });

  it('every delivery order with duplicates converges to the canonical order applied once', async () => {
    await fc.assert(
      fc.asyncProperty(delivery, async ({ seed, workers, sequence }) => {
        const expected = await canonicalState(seed);
        const events = storyEvents(seed);
        const actual = await withPools(workers, async (pools) => {
          const queue = [...sequence];
          await Promise.all(
            pools.map(async (pool) => {
              for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
                const event = events[index];
                if (event) await deliver(pool, event);
              }
            }),
          );
          const [first] = pools;
          if (!first) throw new Error('no pool');
          return snapshotTables(first);
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 14, seed: 20261127 },
    );
  });
});
