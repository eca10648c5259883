/**
 * The activity filters (outcome, category, card, merchant search, a period of "Spend over time")
 * as URL query parameters and as the Hasura `where` of the keyset activity query.
 */
import type { Activity_Feed_Bool_Exp, String_Comparison_Exp } from '../gql/graphql';
import { isUtcDay } from './period';

export const OUTCOMES = ['approved', 'declined', 'pending', 'settled', 'refunded', 'reversed', 'expired'] as const;
export type OutcomeFilter = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<OutcomeFilter, string> = {
  approved: 'Approved',
  declined: 'Declined',
  pending: 'Pending holds',
  settled: 'Settled spend',
  refunded: 'Refunds',
  reversed: 'Reversed',
  expired: 'Expired',
};

export interface ActivityFilter {
  readonly outcome: OutcomeFilter | undefined;
  readonly category: string | undefined;
  readonly card: string | undefined;
  readonly merchant: string | undefined;
  /**
   * A period of "Spend over time": its first and last UTC day (`YYYY-MM-DD`, both included) and
   * the chart's currency. Set together or not at all; with them the activity lists the period's
   * transactions (see period-transactions.ts).
   */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly currency?: string | undefined;
}

export const NO_FILTER: ActivityFilter = { outcome: undefined, category: undefined, card: undefined, merchant: undefined, from: undefined, to: undefined, currency: undefined };

/** Every URL parameter the filter owns (written or removed together). */
const PARAMS = ['outcome', 'category', 'card', 'merchant', 'from', 'to', 'currency'] as const;

/** Does the filter select a period of "Spend over time"? */
export function hasPeriod(filter: ActivityFilter): filter is ActivityFilter & { readonly from: string; readonly to: string } {
  return filter.from !== undefined && filter.to !== undefined;
}

function isOutcome(value: string | null): value is OutcomeFilter {
  return value !== null && OUTCOMES.some((outcome) => outcome === value);
}

function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

/**
 * The period in the URL: `from` and `to` real UTC days with from <= to (`to` defaults to `from`,
 * one day), `currency` a three-letter code; anything else drops the whole period.
 */
function periodParams(params: URLSearchParams): Pick<ActivityFilter, 'from' | 'to' | 'currency'> {
  const from = param(params, 'from');
  const to = param(params, 'to') ?? from;
  const currency = param(params, 'currency')?.toLowerCase();
  if (!from || !to || !isUtcDay(from) || !isUtcDay(to) || to < from) return { from: undefined, to: undefined, currency: undefined };
  return { from, to, currency: currency && /^[a-z]{3}$/.test(currency) ? currency : undefined };
}

/** Reads the filter from a URL's query string (unknown values are ignored). */
export function filterFromSearch(search: string): ActivityFilter {
  const params = new URLSearchParams(search);
  const outcome = params.get('outcome');
  return {
    outcome: isOutcome(outcome) ? outcome : undefined,
    category: param(params, 'category'),
    card: param(params, 'card'),
    merchant: param(params, 'merchant'),
    ...periodParams(params),
  };
}

/** Writes the filter into a query string, keeping its other parameters. */
export function searchWithFilter(search: string, filter: ActivityFilter): string {
  const params = new URLSearchParams(search);
  for (const name of PARAMS) {
    const value = filter[name];
    if (typeof value === 'string' && value !== '') params.set(name, value);
    else params.delete(name);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function outcomeWhere(outcome: OutcomeFilter): Activity_Feed_Bool_Exp {
  switch (outcome) {
    case 'approved':
      return { approved: { _eq: true }, kind: { _eq: 'authorization' } };
    case 'declined':
      return { approved: { _eq: false } };
    case 'pending':
      // Pending holds: approved authorizations still pending (the read model's definition).
      return { approved: { _eq: true }, status: { _eq: 'pending' }, kind: { _eq: 'authorization' } };
    case 'settled':
      // Entries that carry captures: the rows whose captures minus refunds make settled spend.
      return { captured_amount: { _gt: 0 } };
    case 'refunded':
      return { refunded_amount: { _gt: 0 } };
    case 'reversed':
      return { settlement_status: { _eq: 'reversed' } };
    case 'expired':
      return { settlement_status: { _eq: 'expired' } };
  }
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A condition on the columns the feed and the transactions share. */
type SharedColumnsWhere = { readonly merchant_category?: String_Comparison_Exp; readonly card_id?: String_Comparison_Exp; readonly merchant_name?: String_Comparison_Exp };

/** The category, card and merchant search of the filter, on the columns activity_feed and transactions both have. */
export function sharedColumnsWhere(filter: ActivityFilter): SharedColumnsWhere[] {
  const parts: SharedColumnsWhere[] = [];
  if (filter.category) {
    parts.push(filter.category === 'uncategorized' ? { merchant_category: { _is_null: true } } : { merchant_category: { _eq: filter.category } });
  }
  if (filter.card) parts.push({ card_id: { _eq: filter.card } });
  if (filter.merchant) parts.push({ merchant_name: { _ilike: `%${likeLiteral(filter.merchant)}%` } });
  return parts;
}

/** The `where` of the activity feed for the filter, without the cursor (a period is not a feed filter). */
export function filterWhere(filter: ActivityFilter): Activity_Feed_Bool_Exp {
  const parts: Activity_Feed_Bool_Exp[] = [];
  if (filter.outcome) parts.push(outcomeWhere(filter.outcome));
  parts.push(...sharedColumnsWhere(filter));
  return { _and: parts };
}

export interface Cursor {
  readonly occurredAt: string;
  readonly id: string;
}

/** The `where` of the page after `cursor` (the same keyset as ActivityFeedPage). */
export function pageWhere(filter: ActivityFilter, cursor: Cursor | undefined): Activity_Feed_Bool_Exp {
  const base = filterWhere(filter);
  if (!cursor) return base;
  return {
    _and: [
      base,
      { occurred_at: { _lte: cursor.occurredAt } },
      { _or: [{ occurred_at: { _lt: cursor.occurredAt } }, { occurred_at: { _eq: cursor.occurredAt }, id: { _lt: cursor.id } }] },
    ],
  };
}
