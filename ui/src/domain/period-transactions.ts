/**
 * The rows behind one period of "Spend over time": why they come from `transactions` and not
 * from the activity feed, their Hasura `where`, and how each shows as an activity entry.
 *
 * spend_over_time (the read model's spending_rollup_periods) adds each transaction to the UTC day
 * of the transaction's own created_at. The activity feed lists an authorization at the
 * authorization's time with all its captures and refunds folded in, so a capture on Tuesday of a
 * purchase authorized on Monday is in Tuesday's bar but in Monday's feed entry, together with a
 * refund that may fall in another week. No feed filter can select the period's amounts exactly;
 * the transactions with created_at in [first day 00:00Z, day after the last 00:00Z) and the
 * chart's currency are exactly the rows the rollup summed: the same table, the same rows a
 * cardholder may read (both permissions go through cardholder → user), -Σ amount = settled_spend
 * and their count = transaction_count.
 */
import type { PeriodTransactionFragment, Transactions_Bool_Exp } from '../gql/graphql';
import type { ActivityEntry } from './activity-entry';
import { hasPeriod, sharedColumnsWhere, type ActivityFilter, type Cursor, type OutcomeFilter } from './activity-filter';
import { utcBounds } from './period';
import { toMinor } from '../format/money';

/** The outcomes a period's transactions can be narrowed to; the others are authorization outcomes. */
const PERIOD_OUTCOMES: readonly OutcomeFilter[] = ['settled', 'refunded'];

/** Does `outcome` narrow a period's transactions (no outcome, all of them, or the refunds)? */
export function appliesToPeriod(outcome: OutcomeFilter | undefined): boolean {
  return outcome === undefined || PERIOD_OUTCOMES.includes(outcome);
}

/**
 * The `where` of the period's transactions under the filter, without the cursor; undefined when
 * the filter has no period or an outcome that transactions do not have (declined, pending, …).
 */
export function periodTransactionsWhere(filter: ActivityFilter): Transactions_Bool_Exp | undefined {
  if (!hasPeriod(filter) || !appliesToPeriod(filter.outcome)) return undefined;
  const { start, end } = utcBounds(filter);
  const parts: Transactions_Bool_Exp[] = [{ created_at: { _gte: start } }, { created_at: { _lt: end } }];
  if (filter.currency) parts.push({ currency: { _eq: filter.currency } });
  // "Settled spend" is every capture and refund of the period: nothing more to narrow.
  if (filter.outcome === 'refunded') parts.push({ type: { _eq: 'refund' } });
  parts.push(...sharedColumnsWhere(filter));
  return { _and: parts };
}

/** The `where` of the page after `cursor` (newest first on (created_at, id)). */
export function periodPageWhere(base: Transactions_Bool_Exp, cursor: Cursor | undefined): Transactions_Bool_Exp {
  if (!cursor) return base;
  return {
    _and: [
      base,
      { created_at: { _lte: cursor.occurredAt } },
      { _or: [{ created_at: { _lt: cursor.occurredAt } }, { created_at: { _eq: cursor.occurredAt }, id: { _lt: cursor.id } }] },
    ],
  };
}

/**
 * A transaction as an activity entry, the way the activity_feed view shows a transaction entry
 * (kind 'transaction', settled or refunded by itself), at the transaction's own time.
 */
export function transactionEntry(transaction: PeriodTransactionFragment): ActivityEntry {
  const refund = transaction.type === 'refund';
  const amount = toMinor(transaction.amount);
  return {
    id: transaction.id,
    kind: 'transaction',
    occurred_at: transaction.created_at,
    authorization_id: transaction.authorization_id,
    amount: transaction.amount,
    currency: transaction.currency,
    merchant_amount: transaction.merchant_amount,
    merchant_currency: transaction.merchant_currency,
    merchant_name: transaction.merchant_name,
    merchant_category: transaction.merchant_category,
    merchant_city: transaction.merchant_city,
    merchant_country: transaction.merchant_country,
    approved: true,
    status: null,
    decline_reason: null,
    transaction_type: transaction.type,
    settlement_status: refund ? 'refunded' : 'settled',
    captured_amount: refund ? 0 : -amount,
    refunded_amount: refund ? amount : 0,
    net_spend: -amount,
    transaction_count: 1,
    card: transaction.card ? { id: transaction.card.id, brand: transaction.card.brand, last4: transaction.card.last4 } : null,
  };
}
