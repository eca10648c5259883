/**
 * Money as Stripe stores it (integers in the currency's smallest unit) shown with
 * Intl.NumberFormat in its own currency.
 */

// Stripe's zero-decimal and three-decimal currencies (docs.stripe.com/currencies): the amount's
// exponent is Stripe's, which is what the stored integers mean.
const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** How many minor units make one major unit of `currency` in Stripe amounts. */
export function minorUnitExponent(currency: string): number {
  const code = currency.toLowerCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/** An amount in minor units (number, or the string Hasura sends for bigint) as a number. */
export function toMinor(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

// Building a formatter costs far more than using one; a long list formats thousands of amounts.
const formatters = new Map<string, Intl.NumberFormat>();

/** `minor` smallest units of `currency`, formatted for `locale` (the user's by default). */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const exponent = minorUnitExponent(currency);
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 10 ** exponent);
}
