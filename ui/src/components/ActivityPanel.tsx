import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { asSubscription } from '../apollo/as-subscription';
import { ActivityFeedWhereDocument } from '../gql/graphql';
import { pageWhere, type ActivityFilter } from '../domain/activity-filter';
import type { ActivityEntry } from '../domain/activity-entry';
import { activityCsv } from '../domain/csv';
import { ActivityFilters, type CardOption } from './ActivityFilters';
import { ActivityList } from './ActivityList';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';
import { PurchaseTimelineDialog } from './PurchaseTimelineDialog';

const PAGE = 100;
const EXPORT_PAGE = 1000;
const LIVE = asSubscription(ActivityFeedWhereDocument);

/** Newest-first order of the keyset (occurred_at DESC, id DESC): is `a` older than `b`? */
function isOlder(a: ActivityEntry, b: ActivityEntry): boolean {
  const at = a.occurred_at ?? '';
  const bt = b.occurred_at ?? '';
  return at === bt ? (a.id ?? '') < (b.id ?? '') : Date.parse(at) < Date.parse(bt);
}

/** A pushed first page followed by the already loaded entries older than its last row. */
export function mergeFirstPage(page: readonly ActivityEntry[], loaded: readonly ActivityEntry[], pageSize: number): ActivityEntry[] {
  const last = page[page.length - 1];
  if (page.length < pageSize || !last) return [...page];
  return [...page, ...loaded.filter((entry) => isOlder(entry, last))];
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export interface ActivityPanelProps {
  readonly filter: ActivityFilter;
  readonly categories: readonly string[];
  readonly cards: readonly CardOption[];
  readonly onFilterChange: (filter: ActivityFilter) => void;
  /** Receives the CSV (tests); downloads it by default. */
  readonly onExport?: (name: string, csv: string) => void;
}

/** Every authorization and transaction, newest first, filtered, infinitely scrolled, exportable. */
export function ActivityPanel({ filter, categories, cards, onFilterChange, onExport = download }: ActivityPanelProps) {
  const client = useApolloClient();
  const where = useMemo(() => pageWhere(filter, undefined), [filter]);
  const { data, loading, error, refetch, fetchMore, subscribeToMore } = useQuery(ActivityFeedWhereDocument, {
    variables: { where, limit: PAGE },
    notifyOnNetworkStatusChange: false,
  });
  const [exhausted, setExhausted] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [exporting, setExporting] = useState<number | undefined>(undefined);
  const [opened, setOpened] = useState<ActivityEntry | undefined>(undefined);
  useEffect(() => setExhausted(false), [where]);

  useEffect(
    () =>
      subscribeToMore({
        document: LIVE,
        variables: { where, limit: PAGE },
        updateQuery: (_previous, options) => ({
          activity_feed: mergeFirstPage(options.subscriptionData.data.activity_feed, options.complete ? options.previousData.activity_feed : [], PAGE),
        }),
        onError: () => undefined,
      }),
    [subscribeToMore, where],
  );

  const entries = data?.activity_feed ?? [];
  const hasMore = !exhausted && entries.length >= PAGE;
  const lastEntry = entries[entries.length - 1];

  const loadMore = useCallback(() => {
    if (!lastEntry?.occurred_at || !lastEntry.id) return;
    setLoadingMore(true);
    fetchMore({
      variables: { where: pageWhere(filter, { occurredAt: lastEntry.occurred_at, id: lastEntry.id }), limit: PAGE },
      updateQuery: (previous, { fetchMoreResult }) => ({ activity_feed: [...previous.activity_feed, ...fetchMoreResult.activity_feed] }),
    })
      .then((result) => {
        if ((result.data?.activity_feed.length ?? 0) < PAGE) setExhausted(true);
      })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  }, [fetchMore, filter, lastEntry]);

  const exportCsv = async (): Promise<void> => {
    const rows: ActivityEntry[] = [];
    setExporting(0);
    try {
      for (;;) {
        const last = rows[rows.length - 1];
        const cursor = last?.occurred_at && last.id ? { occurredAt: last.occurred_at, id: last.id } : undefined;
        const result = await client.query({ query: ActivityFeedWhereDocument, variables: { where: pageWhere(filter, cursor), limit: EXPORT_PAGE }, fetchPolicy: 'no-cache' });
        const page = result.data?.activity_feed ?? [];
        rows.push(...page);
        setExporting(rows.length);
        if (page.length < EXPORT_PAGE) break;
      }
      onExport('card-activity.csv', activityCsv(rows));
    } finally {
      setExporting(undefined);
    }
  };

  let body;
  if (loading && !data) {
    body = (
      <Stack spacing={1} data-testid="activity-loading">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={56} />
        ))}
      </Stack>
    );
  } else if (error && !data) {
    body = <ErrorState what="your activity" error={error} onRetry={() => void refetch()} />;
  } else if (entries.length === 0) {
    const filtered = Boolean(filter.outcome || filter.category || filter.card || filter.merchant);
    body = <Typography color="text.secondary">{filtered ? 'Nothing matches these filters.' : 'No card activity yet. Purchases appear here as soon as your card is used.'}</Typography>;
  } else {
    body = <ActivityList entries={entries} hasMore={hasMore} loadingMore={loadingMore} onLoadMore={loadMore} onOpen={setOpened} />;
  }

  const exportButton = (
    <Button variant="outlined" size="small" onClick={() => void exportCsv()} disabled={exporting !== undefined || entries.length === 0}>
      {exporting === undefined ? 'Export CSV' : `Exporting… ${exporting} rows`}
    </Button>
  );
  return (
    <Panel title="Activity" action={exportButton}>
      <ActivityFilters filter={filter} categories={categories} cards={cards} onChange={onFilterChange} />
      {body}
      {opened ? <PurchaseTimelineDialog entry={opened} onClose={() => setOpened(undefined)} /> : null}
    </Panel>
  );
}
