/** The activity filter held in the page URL (so a filtered view can be shared and reloaded). */
import { useCallback, useSyncExternalStore } from 'react';
import { filterFromSearch, searchWithFilter, type ActivityFilter } from '../domain/activity-filter';

const CHANGE = 'dashboard:urlchange';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGE, listener);
  };
}

const getSearch = (): string => window.location.search;

/** The current filter and a setter that writes it to the URL (one history entry per change). */
export function useUrlFilter(): [ActivityFilter, (filter: ActivityFilter) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const setFilter = useCallback((filter: ActivityFilter) => {
    const next = searchWithFilter(window.location.search, filter);
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  // Parsed per distinct search string, so the object is stable between renders.
  return [filterOf(search), setFilter];
}

let lastSearch: string | undefined;
let lastFilter: ActivityFilter | undefined;
function filterOf(search: string): ActivityFilter {
  if (search !== lastSearch || !lastFilter) {
    lastSearch = search;
    lastFilter = filterFromSearch(search);
  }
  return lastFilter;
}
