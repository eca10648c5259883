/** Row shapes of the projection tables (hasura/migrations/default/1764201600000_init_schema). */

/** Columns every projection row carries to decide which snapshot it holds. */
export interface SnapshotColumns {
  snapshot_rank: number;
  snapshot_created: Date;
  snapshot_event_id: string;
}

export interface CardholderRow extends SnapshotColumns {
  id: string;
  name: string | null;
  email: string | null;
  phone_number: string | null;
  status: string | null;
  type: string | null;
  spending_controls: unknown;
  livemode: boolean;
  created_at: Date;
}

export interface CardRow extends SnapshotColumns {
  id: string;
  cardholder_id: string | null;
  brand: string | null;
  last4: string | null;
  exp_month: number | null;
  exp_year: number | null;
  type: string | null;
  status: string | null;
  currency: string | null;
  cancellation_reason: string | null;
  spending_controls: unknown;
  livemode: boolean;
  created_at: Date;
}

export interface AuthorizationRow extends SnapshotColumns, MerchantColumns {
  id: string;
  card_id: string | null;
  cardholder_id: string | null;
  amount: number;
  currency: string;
  merchant_amount: number;
  merchant_currency: string;
  approved: boolean;
  status: string;
  decline_reason: string | null;
  authorization_method: string | null;
  wallet: string | null;
  livemode: boolean;
  created_at: Date;
}

export interface TransactionRow extends SnapshotColumns, MerchantColumns {
  id: string;
  authorization_id: string | null;
  card_id: string | null;
  cardholder_id: string | null;
  type: string;
  amount: number;
  currency: string;
  merchant_amount: number;
  merchant_currency: string;
  livemode: boolean;
  created_at: Date;
}

/** Where a purchase happened, as authorizations and transactions both store it. */
export interface MerchantColumns {
  merchant_name: string | null;
  merchant_category: string | null;
  merchant_category_code: string | null;
  merchant_city: string | null;
  merchant_country: string | null;
}
