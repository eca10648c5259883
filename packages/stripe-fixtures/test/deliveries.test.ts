import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { FixtureError, generateCardStories, planDeliveries, signedHeader } from '../src/index.js';

const { events } = generateCardStories({
  seed: 'deliveries-test',
  cardholders: 2,
  authorizationsPerCard: 40,
  start: Date.UTC(2026, 5, 1) / 1000,
  end: Date.UTC(2026, 6, 1) / 1000,
});

describe('planDeliveries', () => {
  it.each(['none', 'shuffle', 'local'] as const)('delivers every event at least once (%s)', (reorder) => {
    const plan = planDeliveries(events, { seed: 7, duplicateRate: 0.2, reorder });

    const delivered = new Set(plan.map((d) => d.event.id));
    expect(delivered.size).toBe(events.length);
    expect(plan.length).toBeGreaterThan(events.length);
  });

  it('redelivers the same event id after its first attempt, with another pending_webhooks', () => {
    const plan = planDeliveries(events, { seed: 7, duplicateRate: 0.3, reorder: 'local' });

    const firstAt = new Map<string, number>();
    plan.forEach((delivery, index) => {
      if (delivery.attempt === 1) {
        expect(firstAt.has(delivery.event.id)).toBe(false);
        firstAt.set(delivery.event.id, index);
        return;
      }
      expect(firstAt.get(delivery.event.id)).toBeLessThan(index);
      const original = events.find((e) => e.id === delivery.event.id);
      expect(delivery.event.pending_webhooks).not.toBe(original?.pending_webhooks);
      expect({ ...delivery.event, pending_webhooks: 0 }).toEqual({ ...original, pending_webhooks: 0 });
    });
  });

  it('keeps the canonical order without duplicates when asked for none', () => {
    const plan = planDeliveries(events, { seed: 1 });

    expect(plan.map((d) => d.event)).toEqual(events);
  });

  it('moves events out of order when shuffling, the same way for the same seed', () => {
    const a = planDeliveries(events, { seed: 3, reorder: 'shuffle' }).map((d) => d.event.id);
    const b = planDeliveries(events, { seed: 3, reorder: 'shuffle' }).map((d) => d.event.id);

    expect(a).toEqual(b);
    expect(a).not.toEqual(events.map((e) => e.id));
  });

  it('rejects a duplicate rate outside 0..1', () => {
    expect(() => planDeliveries(events, { seed: 1, duplicateRate: 1.5 })).toThrow(FixtureError);
  });
});

describe('signedHeader', () => {
  it('produces a header that Stripe verifies for the exact body and rejects for another secret', () => {
    const payload = JSON.stringify(events[0]);

    const header = signedHeader(payload, 'whsec_test_fixture_secret');

    expect(Stripe.webhooks.constructEvent(payload, header, 'whsec_test_fixture_secret').id).toBe(events[0]?.id);
    expect(() => Stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow(/No signatures found/);
  });

  it('uses the given timestamp', () => {
    expect(signedHeader('{}', 'whsec_x', 1780000000).startsWith('t=1780000000,v1=')).toBe(true);
  });
});
