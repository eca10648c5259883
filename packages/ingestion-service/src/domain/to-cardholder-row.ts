/** Maps an `issuing.cardholder` snapshot to its row (pure). */
import type Stripe from 'stripe';
import type { CardholderRow } from './rows.js';
import type { SnapshotKey } from './snapshot-key.js';
import { fromUnixSeconds, snapshotColumns } from './stripe-values.js';

/** The cardholders row for one snapshot of an `issuing.cardholder`. */
export function toCardholderRow(cardholder: Stripe.Issuing.Cardholder, key: SnapshotKey): CardholderRow {
  return {
    id: cardholder.id,
    name: cardholder.name ?? null,
    email: cardholder.email ?? null,
    phone_number: cardholder.phone_number ?? null,
    status: cardholder.status ?? null,
    type: cardholder.type ?? null,
    spending_controls: cardholder.spending_controls ?? null,
    livemode: cardholder.livemode === true,
    created_at: fromUnixSeconds(cardholder.created),
    ...snapshotColumns(key),
  };
}
