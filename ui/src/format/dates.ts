/** Dates with Intl.DateTimeFormat in the user's locale and time zone (or those given). */
export interface DateOptions {
  readonly locale?: string;
  readonly timeZone?: string;
}

/** A moment (ISO timestamp) as date and time. */
export function formatDateTime(iso: string, options: DateOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: options.timeZone }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, a UTC day of the read model) as a date. */
export function formatDay(day: string, options: Omit<DateOptions, 'timeZone'> = {}): string {
  return new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
