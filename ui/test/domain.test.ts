import { describe, expect, it, vi } from 'vitest';
import { filterFromSearch, filterWhere, pageWhere, searchWithFilter } from '../src/domain/activity-filter';
import { categoryLabel } from '../src/domain/categories';
import { outcomeOf } from '../src/domain/outcome';
import { byWeek, weekStart } from '../src/domain/weeks';
import { readTokenClaims } from '../src/auth/jwt-claims';
import { mergeFirstPage } from '../src/domain/activity-pages';
import { SessionStore } from '../src/auth/session-store';

function jwt(payload: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode(payload)}.signature`;
}

describe('activity filter in the URL', () => {
  it('round-trips through the query string and keeps other parameters', () => {
    // Prepare
    const filter = { outcome: 'declined' as const, category: 'fast_food_restaurants', card: 'ic_1', merchant: 'Noodle' };

    // Act
    const search = searchWithFilter('?user=abc', filter);

    // Assert
    expect(new URLSearchParams(search).get('user')).toBe('abc');
    expect(filterFromSearch(search)).toEqual(filter);
  });

  it('ignores an unknown outcome', () => {
    expect(filterFromSearch('?outcome=stolen').outcome).toBeUndefined();
  });

  it('becomes a Hasura where with escaped LIKE wildcards, and the keyset cursor after the last row', () => {
    // Act
    const where = filterWhere({ outcome: 'declined', category: undefined, card: 'ic_1', merchant: '50%_off' });
    const page = pageWhere({ outcome: undefined, category: undefined, card: undefined, merchant: undefined }, { occurredAt: '2026-03-01T00:00:00+00:00', id: 'iauth_9' });

    // Assert
    expect(where).toEqual({ _and: [{ approved: { _eq: false } }, { card_id: { _eq: 'ic_1' } }, { merchant_name: { _ilike: '%50\\%\\_off%' } }] });
    expect(page._and?.[2]).toEqual({ _or: [{ occurred_at: { _lt: '2026-03-01T00:00:00+00:00' } }, { occurred_at: { _eq: '2026-03-01T00:00:00+00:00' }, id: { _lt: 'iauth_9' } }] });
  });
});

describe('words for what happened', () => {
  it('says why a purchase was declined', () => {
    expect(outcomeOf({ kind: 'authorization', settlement_status: 'declined', decline_reason: 'insufficient_funds' }).text).toBe('Declined: insufficient funds');
    expect(outcomeOf({ kind: 'authorization', settlement_status: 'declined', decline_reason: 'webhook_declined' }).text).toMatch(/^Declined: declined by the program/);
  });

  it('names reversed, expired, refunded and partially captured authorizations', () => {
    expect(['reversed', 'expired', 'refunded', 'partially_captured'].map((status) => outcomeOf({ kind: 'authorization', settlement_status: status }).label)).toEqual(['Reversed', 'Expired', 'Refunded', 'Partially captured']);
  });

  it('turns Stripe merchant categories into readable names', () => {
    expect(categoryLabel('eating_places_restaurants')).toBe('Restaurants');
    expect(categoryLabel('book_stores')).toBe('Book stores');
    expect(categoryLabel(null)).toBe('Uncategorized');
  });
});

describe('weeks', () => {
  it('start on Monday (UTC) and sum their days', () => {
    // 2026-03-01 is a Sunday, so it belongs to the week of Monday 2026-02-23.
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
    expect(byWeek([
      { periodStart: '2026-02-28', settledSpend: 100, transactionCount: 1 },
      { periodStart: '2026-03-01', settledSpend: 50, transactionCount: 2 },
      { periodStart: '2026-03-02', settledSpend: 7, transactionCount: 1 },
    ])).toEqual([
      { periodStart: '2026-02-23', settledSpend: 150, transactionCount: 3 },
      { periodStart: '2026-03-02', settledSpend: 7, transactionCount: 1 },
    ]);
  });
});

describe('session', () => {
  it('reads expiry and Hasura user id from the token', () => {
    const token = jwt({ exp: 2_000_000_000, 'https://hasura.io/jwt/claims': { 'x-hasura-user-id': 'u-1' } });
    expect(readTokenClaims(token)).toEqual({ expiresAt: 2_000_000_000_000, userId: 'u-1' });
  });

  it('an already expired token ends in the expired state, not signed in', () => {
    // Prepare
    const store = new SessionStore();

    // Act
    store.signIn(jwt({ exp: Math.floor(Date.now() / 1000) - 10 }), 'someone');

    // Assert
    expect(store.getState()).toEqual({ kind: 'expired' });
    expect(store.token()).toBeUndefined();
  });
});

describe('session expiry', () => {
  it('clears the session when the token expires while signed in', () => {
    // Prepare
    vi.useFakeTimers();
    try {
      const store = new SessionStore();
      store.signIn(jwt({ exp: Math.floor(Date.now() / 1000) + 60 }), 'someone');
      const signedIn = store.getState().kind;

      // Act
      vi.advanceTimersByTime(61_000);

      // Assert
      expect(signedIn).toBe('signed-in');
      expect(store.getState()).toEqual({ kind: 'expired' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('live first page and older pages', () => {
  const row = (id: string, occurred_at: string) => ({ id, occurred_at });

  it('puts a pushed first page before the loaded rows that come after its last row', () => {
    // Prepare: pages of 2; a new purchase n arrives and pushes b out of the first page.
    const pushed = [row('n', '2026-03-05T00:00:00+00:00'), row('a', '2026-03-04T00:00:00+00:00')];
    const older = [row('c', '2026-03-02T00:00:00+00:00'), row('d', '2026-03-01T00:00:00+00:00')];
    const previousFirst = [row('a', '2026-03-04T00:00:00+00:00'), row('b', '2026-03-03T00:00:00+00:00')];

    // Act
    const merged = mergeFirstPage(pushed, [...previousFirst.slice(1), ...older], 2);

    // Assert: b is kept (still older than a), nothing is duplicated, order is newest first.
    expect(merged.map((entry) => entry.id)).toEqual(['n', 'a', 'b', 'c', 'd']);
  });

  it('a first page shorter than a page is the whole list', () => {
    expect(mergeFirstPage([row('a', '2026-03-04T00:00:00+00:00')], [row('z', '2020-01-01T00:00:00+00:00')], 2).map((entry) => entry.id)).toEqual(['a']);
  });
});
