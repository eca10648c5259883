/** Maps an `issuing.card` snapshot to its row (pure). */
import type Stripe from 'stripe';
import type { CardRow } from './rows.js';
import type { SnapshotKey } from './snapshot-key.js';
import { fromUnixSeconds, idOf, snapshotColumns } from './stripe-values.js';

/** The cards row for one snapshot of an `issuing.card` (its cardholder is embedded whole). */
export function toCardRow(card: Stripe.Issuing.Card, key: SnapshotKey): CardRow {
  return {
    id: card.id,
    cardholder_id: idOf(card.cardholder),
    brand: card.brand ?? null,
    last4: card.last4 ?? null,
    exp_month: card.exp_month ?? null,
    exp_year: card.exp_year ?? null,
    type: card.type ?? null,
    status: card.status ?? null,
    currency: card.currency ?? null,
    cancellation_reason: card.cancellation_reason ?? null,
    spending_controls: card.spending_controls ?? null,
    livemode: card.livemode === true,
    created_at: fromUnixSeconds(card.created),
    ...snapshotColumns(key),
  };
}
