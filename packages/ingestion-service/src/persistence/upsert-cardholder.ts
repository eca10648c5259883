import type { CardholderRow } from '../domain/rows.js';
import { snapshotUpsert } from './upsert-snapshot-row.js';

/** Writes a cardholder snapshot when it is newer than the stored one; true when written. */
export const upsertCardholder = snapshotUpsert<CardholderRow>({
  table: 'cardholders',
  columns: [
    'id', 'name', 'email', 'phone_number', 'status', 'type', 'spending_controls', 'livemode', 'created_at',
    'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
});
