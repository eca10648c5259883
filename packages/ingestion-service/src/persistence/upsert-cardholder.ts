import type { CardholderRow } from '../domain/rows.js';
import { snapshotUpsert, type SnapshotTable } from './upsert-snapshot-row.js';

/** The cardholders table: its name and the columns an upsert writes. */
export const CARDHOLDERS_TABLE: SnapshotTable<CardholderRow> = {
  table: 'cardholders',
  columns: [
    'id', 'name', 'email', 'phone_number', 'status', 'type', 'spending_controls', 'livemode', 'created_at',
    'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
};

/** Writes a cardholder snapshot when it is newer than the stored one; true when written. */
export const upsertCardholder = snapshotUpsert(CARDHOLDERS_TABLE);
