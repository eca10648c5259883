/** The filtered activity as CSV (RFC 4180: CRLF lines, quoted fields where needed). */
import { categoryLabel } from './categories';
import { entryAmounts, type ActivityEntry } from './activity-entry';
import { outcomeOf } from './outcome';
import { minorUnitExponent } from '../format/money';

const HEADER = ['id', 'occurred_at', 'kind', 'outcome', 'merchant', 'category', 'card', 'amount', 'currency', 'merchant_amount', 'merchant_currency'];

function field(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet; prefix a quote (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A decimal string of `minor` units (e.g. -1250 usd → "-12.50", 500 jpy → "500"). */
function decimal(minor: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** One CSV document for `entries`, in order. */
export function activityCsv(entries: readonly ActivityEntry[]): string {
  const lines = [HEADER.join(',')];
  for (const entry of entries) {
    const amounts = entryAmounts(entry);
    const card = entry.card ? `${entry.card.brand ?? ''} ${entry.card.last4 ?? ''}`.trim() : '';
    lines.push(
      [
        entry.id ?? '',
        entry.occurred_at ?? '',
        entry.kind ?? '',
        outcomeOf(entry).text,
        entry.merchant_name ?? '',
        categoryLabel(entry.merchant_category),
        card,
        decimal(amounts.spend, amounts.currency),
        amounts.currency.toUpperCase(),
        amounts.merchant ? decimal(amounts.merchant.amount, amounts.merchant.currency) : '',
        amounts.merchant ? amounts.merchant.currency.toUpperCase() : '',
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
