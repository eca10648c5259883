/** Keeping a live first page and the older pages scrolled in so far as one newest-first list. */
import type { ActivityEntry } from './activity-entry';

/** In the keyset order (occurred_at DESC, id DESC): does `a` come after `b`? */
function isOlder(a: ActivityEntry, b: ActivityEntry): boolean {
  const at = a.occurred_at ?? '';
  const bt = b.occurred_at ?? '';
  if (at === bt) return (a.id ?? '') < (b.id ?? '');
  return Date.parse(at) < Date.parse(bt);
}

/**
 * The (possibly just pushed) first page followed by the older entries loaded before that come
 * after its last row. A first page shorter than a page is the whole list.
 */
export function mergeFirstPage(page: readonly ActivityEntry[], older: readonly ActivityEntry[], pageSize: number): ActivityEntry[] {
  const last = page[page.length - 1];
  if (page.length < pageSize || !last) return [...page];
  // `older` is newest first too: everything from its first row past `last` on is older still.
  const start = older.findIndex((entry) => isOlder(entry, last));
  return start < 0 ? [...page] : [...page, ...older.slice(start)];
}
