import { describe, expect, it } from 'vitest';
import {
  authorizationSnapshotRank,
  compareSnapshotKeys,
  objectSnapshotRank,
} from '../../src/domain/index.js';

describe('snapshot ranking', () => {
  it('a request snapshot ranks below any created/updated snapshot of the same authorization', () => {
    const request = authorizationSnapshotRank('issuing_authorization.request', 'pending');
    for (const type of ['issuing_authorization.created', 'issuing_authorization.updated']) {
      for (const status of ['pending', 'closed', 'reversed', 'expired']) {
        expect(authorizationSnapshotRank(type, status)).toBeGreaterThan(request);
      }
    }
  });

  it('a terminal authorization status outranks pending, whatever the event time', () => {
    const pending = { rank: authorizationSnapshotRank('issuing_authorization.updated', 'pending'), created: 2000, eventId: 'evt_b' };
    for (const status of ['closed', 'reversed', 'expired']) {
      const terminal = { rank: authorizationSnapshotRank('issuing_authorization.updated', status), created: 1000, eventId: 'evt_a' };
      expect(compareSnapshotKeys(terminal, pending)).toBeGreaterThan(0);
    }
  });

  it('follows the documented formula 10 * kind + status class', () => {
    expect(authorizationSnapshotRank('issuing_authorization.request', 'pending')).toBe(0);
    expect(authorizationSnapshotRank('issuing_authorization.created', 'pending')).toBe(10);
    expect(authorizationSnapshotRank('issuing_authorization.created', 'closed')).toBe(11);
    expect(authorizationSnapshotRank('issuing_authorization.updated', 'expired')).toBe(11);
  });

  it('cardholders, cards and transactions rank created 0, updated and embedded 1', () => {
    expect(objectSnapshotRank('issuing_card.created', false)).toBe(0);
    expect(objectSnapshotRank('issuing_card.updated', false)).toBe(1);
    expect(objectSnapshotRank('issuing_card.created', true)).toBe(1);
    expect(objectSnapshotRank('issuing_transaction.created', false)).toBe(0);
  });

  it('ties on rank fall to the later event, then to the larger event id', () => {
    expect(compareSnapshotKeys({ rank: 1, created: 10, eventId: 'evt_a' }, { rank: 1, created: 11, eventId: 'evt_0' })).toBeLessThan(0);
    expect(compareSnapshotKeys({ rank: 1, created: 10, eventId: 'evt_B' }, { rank: 1, created: 10, eventId: 'evt_a' })).toBeLessThan(0);
    expect(compareSnapshotKeys({ rank: 1, created: 10, eventId: 'evt_a' }, { rank: 1, created: 10, eventId: 'evt_a' })).toBe(0);
  });
});
