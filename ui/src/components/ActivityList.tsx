import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import type { ActivityEntry } from '../domain/activity-entry';
import { ActivityRow } from './ActivityRow';

const ROW_HEIGHT = 72;

export interface ActivityListProps {
  readonly entries: readonly ActivityEntry[];
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (entry: ActivityEntry) => void;
}

/** The activity as a virtualized list: only the rows on screen are in the DOM; nearing the end loads the next page. */
export function ActivityList({ entries, hasMore, loadingMore, onLoadMore, onOpen }: ActivityListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // jsdom has no layout: start with a window's worth of rows so tests see them.
    initialRect: { width: 800, height: ROW_HEIGHT * 10 },
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (last && last.index >= entries.length - 20 && hasMore && !loadingMore) onLoadMore();
  }, [last, entries.length, hasMore, loadingMore, onLoadMore]);

  return (
    <Box ref={scroller} data-testid="activity-scroller" tabIndex={-1} sx={{ height: { xs: '70vh', md: 560 }, overflowY: 'auto', contain: 'strict', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {/* Positions go in style, not sx: every distinct sx value becomes a CSS rule, and thousands
          of row offsets would grow the stylesheet (and each style recalculation) without bound. */}
      <Box component="ul" aria-label="Card activity" aria-busy={loadingMore} sx={{ position: 'relative', m: 0, p: 0, listStyle: 'none' }} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <li key={entry.id ?? item.index} aria-setsize={hasMore ? -1 : entries.length} aria-posinset={item.index + 1} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
              <ActivityRow entry={entry} onOpen={onOpen} />
            </li>
          );
        })}
      </Box>
      {loadingMore ? <LinearProgress aria-label="Loading more activity" /> : null}
    </Box>
  );
}
