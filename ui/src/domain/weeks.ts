/** Days of the read model (UTC) summed into ISO weeks starting on Monday. */
export interface PeriodSpend {
  readonly periodStart: string;
  readonly settledSpend: number;
  readonly transactionCount: number;
}

/** The Monday (YYYY-MM-DD, UTC) of the week holding `day`. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

/** Sums daily rows into weekly rows, oldest first. */
export function byWeek(days: readonly PeriodSpend[]): PeriodSpend[] {
  const weeks = new Map<string, { settledSpend: number; transactionCount: number }>();
  for (const day of days) {
    const key = weekStart(day.periodStart);
    const sum = weeks.get(key) ?? { settledSpend: 0, transactionCount: 0 };
    sum.settledSpend += day.settledSpend;
    sum.transactionCount += day.transactionCount;
    weeks.set(key, sum);
  }
  return [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([periodStart, sum]) => ({ periodStart, ...sum }));
}
