import type { CardRow } from '../domain/rows.js';
import { snapshotUpsert } from './upsert-snapshot-row.js';

/** Writes a card snapshot when it is newer than the stored one; true when written. */
export const upsertCard = snapshotUpsert<CardRow>({
  table: 'cards',
  columns: [
    'id', 'cardholder_id', 'brand', 'last4', 'exp_month', 'exp_year', 'type', 'status', 'currency',
    'cancellation_reason', 'spending_controls', 'livemode', 'created_at',
    'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
});
