/**
 * Which snapshot wins. Stripe delivers at least once and out of order, so every projection row
 * remembers the snapshot it holds as (rank, created, event id) and is replaced only by a greater
 * key: the stored row is the maximum over all snapshots seen, whatever the order.
 */
export interface SnapshotKey {
  /** See authorizationSnapshotRank / objectSnapshotRank. */
  rank: number;
  /** The event's `created`, unix seconds. */
  created: number;
  /** The event's id; the last tie-breaker. */
  eventId: string;
}

export type AuthorizationStatus = 'pending' | 'closed' | 'reversed' | 'expired';

/**
 * rank = 10 * kind + status class. kind 0 for an `issuing_authorization.request` snapshot (its
 * amount is 0 and it is not yet decided), 1 for `.created`/`.updated`; status class 0 for
 * `pending`, 1 for a terminal status. So a request never overwrites a created/updated snapshot
 * and a terminal status is never replaced by pending.
 */
export function authorizationSnapshotRank(eventType: string, status: string): number {
  const kind = eventType === 'issuing_authorization.request' ? 0 : 1;
  const statusClass = status === 'pending' ? 0 : 1;
  return 10 * kind + statusClass;
}

/**
 * Cardholders, cards and transactions: 0 for a `.created` event's own object, 1 for `.updated`
 * and for snapshots embedded in other events (a card's cardholder).
 */
export function objectSnapshotRank(eventType: string, embedded: boolean): number {
  if (embedded) return 1;
  return eventType.endsWith('.created') ? 0 : 1;
}

/**
 * Total order on snapshot keys, the same one the SQL upserts use (event ids compared byte-wise,
 * as with COLLATE "C"). Negative when a < b.
 */
export function compareSnapshotKeys(a: SnapshotKey, b: SnapshotKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.created !== b.created) return a.created - b.created;
  if (a.eventId === b.eventId) return 0;
  return Buffer.compare(Buffer.from(a.eventId, 'utf8'), Buffer.from(b.eventId, 'utf8'));
}
