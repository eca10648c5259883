/** What one activity entry shows: its amount as spend, the merchant's amount when foreign. */
import type { ActivityFeedEntryFragment } from '../gql/graphql';
import { toMinor } from '../format/money';

export type ActivityEntry = ActivityFeedEntryFragment;

interface EntryAmounts {
  /** Spend in the card's currency, minor units: positive for purchases, negative for refunds. */
  readonly spend: number;
  readonly currency: string;
  /** The merchant's own amount and currency when it differs from the card's (a foreign purchase). */
  readonly merchant: { readonly amount: number; readonly currency: string } | undefined;
}

/**
 * Stripe's signs: authorization amounts are positive holds; transaction amounts are negative
 * for captures and positive for refunds, so spend is their negation. An authorization that has
 * been captured shows what it finally cost (captures minus refunds).
 */
export function entryAmounts(entry: ActivityEntry): EntryAmounts {
  const currency = entry.currency ?? 'usd';
  let spend: number;
  let merchantSpend: number;
  if (entry.kind === 'transaction') {
    spend = -toMinor(entry.amount);
    merchantSpend = -toMinor(entry.merchant_amount);
  } else if (toMinor(entry.captured_amount) > 0) {
    spend = toMinor(entry.net_spend);
    // The merchant amount of the authorization scaled like the card amount (exact when fully captured).
    const authorized = toMinor(entry.amount);
    merchantSpend = authorized === 0 ? 0 : Math.round((toMinor(entry.merchant_amount) * spend) / authorized);
  } else {
    spend = toMinor(entry.amount);
    merchantSpend = toMinor(entry.merchant_amount);
  }
  const merchantCurrency = entry.merchant_currency ?? currency;
  const foreign = merchantCurrency.toLowerCase() !== currency.toLowerCase();
  return { spend, currency, merchant: foreign ? { amount: merchantSpend, currency: merchantCurrency } : undefined };
}
