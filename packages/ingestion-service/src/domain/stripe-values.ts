/** Small helpers shared by the mappers from Stripe objects to rows. */
import type { SnapshotKey } from './snapshot-key.js';
import type Stripe from 'stripe';
import type { MerchantColumns, SnapshotColumns } from './rows.js';

/** Stripe timestamps are unix seconds. */
export function fromUnixSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

export function snapshotColumns(key: SnapshotKey): SnapshotColumns {
  return {
    snapshot_rank: key.rank,
    snapshot_created: fromUnixSeconds(key.created),
    snapshot_event_id: key.eventId,
  };
}

/** An expandable field arrives as an id or as the expanded object; either way keep the id. */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : value.id;
}

/** The merchant columns from `merchant_data` (shared by authorizations and transactions). */
export function merchantColumns(merchant: Stripe.Issuing.Authorization.MerchantData | null | undefined): MerchantColumns {
  return {
    merchant_name: merchant?.name ?? null,
    merchant_category: merchant?.category ?? null,
    merchant_category_code: merchant?.category_code ?? null,
    merchant_city: merchant?.city ?? null,
    merchant_country: merchant?.country ?? null,
  };
}
