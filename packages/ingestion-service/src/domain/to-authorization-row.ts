/** Maps an `issuing.authorization` snapshot to its row (pure). */
import type Stripe from 'stripe';
import type { AuthorizationRow } from './rows.js';
import type { SnapshotKey } from './snapshot-key.js';
import { fromUnixSeconds, idOf, merchantColumns, snapshotColumns } from './stripe-values.js';

/**
 * Why an authorization was declined: the reason of its latest declined request
 * (`request_history[].reason`, e.g. `spending_controls`, `webhook_declined`); null when approved.
 */
export function declineReasonOf(authorization: Stripe.Issuing.Authorization): string | null {
  if (authorization.approved) return null;
  const history = authorization.request_history ?? [];
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const entry = history[index];
    if (entry && !entry.approved) return entry.reason;
  }
  return null;
}

/** The authorizations row for one snapshot of an `issuing.authorization`. */
export function toAuthorizationRow(
  authorization: Stripe.Issuing.Authorization,
  key: SnapshotKey,
): AuthorizationRow {
  const merchant = authorization.merchant_data;
  return {
    id: authorization.id,
    card_id: idOf(authorization.card),
    cardholder_id: idOf(authorization.cardholder) ?? idOf(authorization.card?.cardholder),
    amount: authorization.amount,
    currency: authorization.currency,
    merchant_amount: authorization.merchant_amount,
    merchant_currency: authorization.merchant_currency,
    approved: authorization.approved,
    status: authorization.status,
    decline_reason: declineReasonOf(authorization),
    authorization_method: authorization.authorization_method ?? null,
    wallet: authorization.wallet ?? null,
    ...merchantColumns(merchant),
    livemode: authorization.livemode === true,
    created_at: fromUnixSeconds(authorization.created),
    ...snapshotColumns(key),
  };
}
