import type { CardRow } from '../domain/rows.js';
import { snapshotUpsert, type SnapshotTable } from './upsert-snapshot-row.js';

/** The cards table: its name and the columns an upsert writes. */
export const CARDS_TABLE: SnapshotTable<CardRow> = {
  table: 'cards',
  columns: [
    'id', 'cardholder_id', 'brand', 'last4', 'exp_month', 'exp_year', 'type', 'status', 'currency',
    'cancellation_reason', 'spending_controls', 'livemode', 'created_at',
    'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
};

/** Writes a card snapshot when it is newer than the stored one; true when written. */
export const upsertCard = snapshotUpsert(CARDS_TABLE);
