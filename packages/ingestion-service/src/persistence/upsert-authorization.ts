import type { AuthorizationRow } from '../domain/rows.js';
import { snapshotUpsert, type SnapshotTable } from './upsert-snapshot-row.js';

/** The authorizations table: its name and the columns an upsert writes. */
export const AUTHORIZATIONS_TABLE: SnapshotTable<AuthorizationRow> = {
  table: 'authorizations',
  columns: [
    'id', 'card_id', 'cardholder_id', 'amount', 'currency', 'merchant_amount', 'merchant_currency',
    'approved', 'status', 'decline_reason', 'authorization_method', 'wallet', 'merchant_name',
    'merchant_category', 'merchant_category_code', 'merchant_city', 'merchant_country', 'livemode',
    'created_at', 'snapshot_rank', 'snapshot_created', 'snapshot_event_id',
  ],
};

/** Writes an authorization snapshot when its key is greater (see authorizationSnapshotRank). */
export const upsertAuthorization = snapshotUpsert(AUTHORIZATIONS_TABLE);
