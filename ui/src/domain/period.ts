/**
 * A period of "Spend over time" (a UTC day or week) as the activity's date filter: the first and
 * last UTC day it covers, and the instants that bound its transactions.
 */

/** Is `text` a real calendar day written `YYYY-MM-DD`? */
export function isUtcDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The UTC day `days` after `day` (both `YYYY-MM-DD`). */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface DayRange {
  /** First UTC day, `YYYY-MM-DD`. */
  readonly from: string;
  /** Last UTC day (inclusive), `YYYY-MM-DD`. */
  readonly to: string;
}

/**
 * The days behind one bar of the chart. A week's bar sums only the days the chart fetched
 * (`rangeFrom` on), so a week that began before the range starts at `rangeFrom`, or the rows
 * would include spend the bar does not.
 */
export function periodDays(periodStart: string, granularity: 'day' | 'week', rangeFrom: string): DayRange {
  const from = periodStart < rangeFrom ? rangeFrom : periodStart;
  return { from, to: granularity === 'week' ? addDays(periodStart, 6) : periodStart };
}

/**
 * The half-open interval of instants [start, end) of a day range in UTC, as Hasura timestamptz
 * literals: the read model puts a transaction on the day `(created_at AT TIME ZONE 'UTC')::date`,
 * which is exactly `created_at` in [day 00:00Z, next day 00:00Z).
 */
export function utcBounds(range: DayRange): { readonly start: string; readonly end: string } {
  return { start: `${range.from}T00:00:00Z`, end: `${addDays(range.to, 1)}T00:00:00Z` };
}
