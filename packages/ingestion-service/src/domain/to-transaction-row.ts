/** Maps an `issuing.transaction` snapshot to its row (pure). */
import type Stripe from 'stripe';
import type { TransactionRow } from './rows.js';
import type { SnapshotKey } from './snapshot-key.js';
import { fromUnixSeconds, idOf, merchantColumns, snapshotColumns } from './stripe-values.js';

/** Amounts as Stripe sends them: captures negative, refunds positive. */
export function toTransactionRow(transaction: Stripe.Issuing.Transaction, key: SnapshotKey): TransactionRow {
  const merchant = transaction.merchant_data;
  return {
    id: transaction.id,
    authorization_id: idOf(transaction.authorization),
    card_id: idOf(transaction.card),
    cardholder_id: idOf(transaction.cardholder),
    type: transaction.type,
    amount: transaction.amount,
    currency: transaction.currency,
    merchant_amount: transaction.merchant_amount,
    merchant_currency: transaction.merchant_currency,
    ...merchantColumns(merchant),
    livemode: transaction.livemode === true,
    created_at: fromUnixSeconds(transaction.created),
    ...snapshotColumns(key),
  };
}
