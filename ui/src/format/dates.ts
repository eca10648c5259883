/** Dates with Intl.DateTimeFormat in the user's locale and time zone (or those given). */
export interface DateOptions {
  readonly locale?: string;
  readonly timeZone?: string;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment (ISO timestamp) as date and time. */
export function formatDateTime(iso: string, options: DateOptions = {}): string {
  const key = `${options.locale ?? ''}|${options.timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: options.timeZone });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, a UTC day of the read model) as a date. */
export function formatDay(day: string, options: Omit<DateOptions, 'timeZone'> = {}): string {
  return new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
