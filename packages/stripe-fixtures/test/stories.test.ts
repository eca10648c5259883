import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { generateCardStories, type CardStoriesOptions, type IssuingEvent } from '../src/index.js';

const OPTIONS: CardStoriesOptions = {
  seed: 'stories-test',
  cardholders: 3,
  cardsPerCardholder: 2,
  authorizationsPerCard: 150,
  start: new Date('2026-06-01T00:00:00Z'),
  end: new Date('2026-09-01T00:00:00Z'),
};

const stories = generateCardStories(OPTIONS);
const events = stories.events;

function authorizationEvents(): Map<string, IssuingEvent[]> {
  const byId = new Map<string, IssuingEvent[]>();
  for (const event of events) {
    if (event.data.object.object !== 'issuing.authorization') continue;
    const list = byId.get(event.data.object.id) ?? [];
    list.push(event);
    byId.set(event.data.object.id, list);
  }
  return byId;
}

function transactions(): Stripe.Issuing.Transaction[] {
  return events.flatMap((event) => (event.data.object.object === 'issuing.transaction' ? [event.data.object] : []));
}

function finalAuthorizations(): Stripe.Issuing.Authorization[] {
  return [...authorizationEvents().values()].flatMap((list) => {
    const last = list.filter((e) => e.type !== 'issuing_authorization.request').at(-1);
    return last && last.data.object.object === 'issuing.authorization' ? [last.data.object] : [];
  });
}

describe('generateCardStories', () => {
  it('gives byte-identical events for the same seed', () => {
    // Prepare / Act
    const again = generateCardStories(OPTIONS);

    // Assert
    expect(JSON.stringify(again.events)).toBe(JSON.stringify(events));
  });

  it('gives different ids for a different seed', () => {
    const other = generateCardStories({ ...OPTIONS, seed: 'another-seed' });

    const ids = new Set(events.map((e) => e.id));
    expect(other.events.some((e) => ids.has(e.id))).toBe(false);
  });

  it('keeps earlier cardholders unchanged when more cardholders are generated', () => {
    const more = generateCardStories({ ...OPTIONS, cardholders: 4 });

    expect(more.cardholders.slice(0, 3)).toEqual(stories.cardholders);
  });

  it('shapes every event like a snapshot event of API 2026-10-28.endive with Stripe id prefixes', () => {
    const prefixes: Record<string, string> = {
      'issuing.cardholder': 'ich_',
      'issuing.card': 'ic_',
      'issuing.authorization': 'iauth_',
      'issuing.transaction': 'ipi_',
    };
    for (const event of events) {
      expect(event.object).toBe('event');
      expect(event.id.startsWith('evt_')).toBe(true);
      expect(event.api_version).toBe('2026-10-28.endive');
      expect(event.livemode).toBe(false);
      expect(event.data.object.id.startsWith(prefixes[event.data.object.object] ?? '?')).toBe(true);
      expect(event.type.split('.')[0]).toBe(event.data.object.object.replace('.', '_'));
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('embeds the full card and its full cardholder in every authorization', () => {
    for (const event of events) {
      const object = event.data.object;
      if (object.object !== 'issuing.authorization') continue;
      expect(object.card.object).toBe('issuing.card');
      expect(object.card.cardholder.object).toBe('issuing.cardholder');
      expect(object.cardholder).toBe(object.card.cardholder.id);
      expect(object.merchant_data.category_code).toMatch(/^\d{4}$/);
      expect(object.merchant_data.network_id).not.toBe('');
    }
  });

  it('signs transaction amounts as Stripe does: captures negative, refunds positive', () => {
    const all = transactions();
    expect(all.filter((t) => t.type === 'capture').length).toBeGreaterThan(0);
    expect(all.filter((t) => t.type === 'refund').length).toBeGreaterThan(0);
    for (const txn of all) {
      if (txn.type === 'capture') {
        expect(txn.amount).toBeLessThan(0);
        expect(txn.merchant_amount).toBeLessThan(0);
      } else {
        expect(txn.type).toBe('refund');
        expect(txn.amount).toBeGreaterThan(0);
        expect(txn.merchant_amount).toBeGreaterThan(0);
      }
    }
  });

  it('sends a first request snapshot with amount 0 and the ask in pending_request, and no pending_request elsewhere', () => {
    for (const list of authorizationEvents().values()) {
      const first = list[0];
      if (first?.type === 'issuing_authorization.request' && first.data.object.object === 'issuing.authorization') {
        expect(first.data.object.amount).toBe(0);
        expect(first.data.object.status).toBe('pending');
        expect(first.data.object.pending_request?.amount).toBeGreaterThan(0);
      }
      for (const event of list) {
        if (event.data.object.object !== 'issuing.authorization') continue;
        expect(event.data.object.pending_request !== null).toBe(event.type === 'issuing_authorization.request');
      }
    }
  });

  it('orders causes before effects: cardholder, card, activation, then each authorization request, created, updated', () => {
    const seen = new Set<string>();
    const activeCards = new Set<string>();
    let previousCreated = 0;
    for (const event of events) {
      expect(event.created).toBeGreaterThanOrEqual(previousCreated);
      previousCreated = event.created;
      const object = event.data.object;
      switch (object.object) {
        case 'issuing.cardholder':
          seen.add(object.id);
          break;
        case 'issuing.card':
          expect(seen.has(object.cardholder.id)).toBe(true);
          if (event.type === 'issuing_card.updated') expect(seen.has(object.id)).toBe(true);
          if (object.status === 'active') activeCards.add(object.id);
          seen.add(object.id);
          break;
        case 'issuing.authorization':
          expect(activeCards.has(object.card.id)).toBe(true);
          if (event.type === 'issuing_authorization.updated') expect(seen.has(`created:${object.id}`)).toBe(true);
          if (event.type === 'issuing_authorization.created') {
            expect(seen.has(`created:${object.id}`)).toBe(false);
            seen.add(`created:${object.id}`);
          }
          break;
        case 'issuing.transaction':
          expect(seen.has(typeof object.card === 'string' ? object.card : object.card.id)).toBe(true);
          if (typeof object.authorization === 'string') expect(seen.has(`created:${object.authorization}`)).toBe(true);
          break;
      }
    }
  });

  it('never moves an authorization back to pending once it is closed, reversed or expired', () => {
    for (const list of authorizationEvents().values()) {
      let terminal = false;
      for (const event of list) {
        if (event.data.object.object !== 'issuing.authorization' || event.type === 'issuing_authorization.request') continue;
        if (terminal) expect(event.data.object.status).not.toBe('pending');
        terminal ||= event.data.object.status !== 'pending';
      }
    }
  });

  it('covers the Issuing lifecycles: declines with and without a request, reversals, expiries, holds, partial and multi captures, increments, refunds, force captures', () => {
    const byAuthorization = authorizationEvents();
    const finals = finalAuthorizations();
    const all = transactions();
    const capturesOf = (id: string): Stripe.Issuing.Transaction[] =>
      all.filter((t) => t.authorization === id && t.type === 'capture');

    const declinedWithoutRequest = finals.filter(
      (a) => !a.approved && byAuthorization.get(a.id)?.[0]?.type === 'issuing_authorization.created',
    );
    const declinedInRealTime = finals.filter(
      (a) => !a.approved && byAuthorization.get(a.id)?.[0]?.type === 'issuing_authorization.request',
    );
    expect(declinedWithoutRequest.length).toBeGreaterThan(0);
    expect(declinedWithoutRequest.every((a) => a.status === 'closed' && a.request_history.at(-1)?.approved === false)).toBe(true);
    expect(declinedInRealTime.every((a) => a.request_history.at(-1)?.reason === 'webhook_declined')).toBe(true);
    expect(declinedInRealTime.length).toBeGreaterThan(0);
    expect(finals.some((a) => a.status === 'reversed')).toBe(true);
    expect(finals.some((a) => a.status === 'expired')).toBe(true);
    expect(finals.some((a) => a.status === 'expired' && capturesOf(a.id).length > 0)).toBe(true);
    expect(finals.some((a) => a.status === 'pending' && a.approved)).toBe(true);
    expect(finals.some((a) => a.status === 'closed' && a.approved && capturesOf(a.id).length >= 2)).toBe(true);
    expect(
      finals.some((a) => a.status === 'closed' && capturesOf(a.id).length === 1 && -(capturesOf(a.id)[0]?.amount ?? 0) < a.amount),
    ).toBe(true);
    const incremented = [...byAuthorization.values()].filter(
      (list) => list.filter((e) => e.type === 'issuing_authorization.request').length === 2,
    );
    expect(incremented.length).toBeGreaterThan(0);
    for (const list of incremented) {
      const created = list.find((e) => e.type === 'issuing_authorization.created')?.data.object;
      const updated = list.find((e) => e.type === 'issuing_authorization.updated')?.data.object;
      if (created?.object !== 'issuing.authorization' || updated?.object !== 'issuing.authorization') throw new Error('missing snapshots');
      expect(updated.amount).toBeGreaterThan(created.amount);
      expect(updated.request_history.length).toBe(2);
    }
    expect(all.some((t) => t.type === 'refund' && t.authorization !== null)).toBe(true);
    expect(all.some((t) => t.type === 'refund' && t.authorization === null)).toBe(true);
    expect(all.some((t) => t.type === 'capture' && t.authorization === null)).toBe(true);
  });

  it('keeps every event inside the window', () => {
    const start = Date.parse('2026-06-01T00:00:00Z') / 1000;
    const end = Date.parse('2026-09-01T00:00:00Z') / 1000;
    for (const event of events) {
      expect(event.created).toBeGreaterThanOrEqual(start);
      expect(event.created).toBeLessThanOrEqual(end);
    }
  });

  it('rejects a window shorter than a day', () => {
    expect(() => generateCardStories({ ...OPTIONS, end: OPTIONS.start })).toThrow(/at least one day/);
  });
});
