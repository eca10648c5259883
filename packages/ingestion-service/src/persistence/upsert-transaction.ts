import type { TransactionRow } from '../domain/rows.js';
import { snapshotUpsert, type SnapshotTable } from './upsert-snapshot-row.js';

/** The transactions table: its name and the columns an upsert writes. */
export const TRANSACTIONS_TABLE: SnapshotTable<TransactionRow> = {
  table: 'transactions',
  columns: [
    'id', 'authorization_id', 'card_id', 'cardholder_id', 'type', 'amount', 'currency',
    'merchant_amount', 'merchant_currency', 'merchant_name', 'merchant_category',
    'merchant_category_code', 'merchant_city', 'merchant_country', 'livemode', 'created_at',
    'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
};

/** Writes a transaction snapshot when it is newer than the stored one; true when written. */
export const upsertTransaction = snapshotUpsert(TRANSACTIONS_TABLE);
