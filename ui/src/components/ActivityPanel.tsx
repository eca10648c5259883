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
import { mergeFirstPage } from '../domain/activity-pages';
import { activityCsv } from '../domain/csv';
import { ActivityFilters, type CardOption } from './ActivityFilters';
import { ActivityList } from './ActivityList';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';
import { PurchaseTimelineDialog } from './PurchaseTimelineDialog';

const PAGE = 100;
const EXPORT_PAGE = 1000;
const LIVE = asSubscription(ActivityFeedWhereDocument);

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
  // The first page is a cached, live query; older pages live in state only, so scrolling through
  // 100,000 rows never rewrites a growing list into the normalized cache.
  const { data, loading, error, refetch, subscribeToMore } = useQuery(ActivityFeedWhereDocument, { variables: { where, limit: PAGE } });
  const [older, setOlder] = useState<ActivityEntry[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [moreError, setMoreError] = useState<Error | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [exporting, setExporting] = useState<number | undefined>(undefined);
  const [opened, setOpened] = useState<ActivityEntry | undefined>(undefined);
  useEffect(() => {
    setOlder([]);
    setExhausted(false);
    setMoreError(undefined);
  }, [where]);

  useEffect(
    () =>
      subscribeToMore({
        document: LIVE,
        variables: { where, limit: PAGE },
        updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
        onError: () => undefined,
      }),
    [subscribeToMore, where],
  );

  const firstPage = data?.activity_feed;
  const entries = useMemo(() => mergeFirstPage(firstPage ?? [], older, PAGE), [firstPage, older]);
  const hasMore = !exhausted && !moreError && entries.length >= PAGE;
  const lastEntry = entries[entries.length - 1];

  const loadMore = useCallback(() => {
    if (!lastEntry?.occurred_at || !lastEntry.id) return;
    setLoadingMore(true);
    client
      .query({ query: ActivityFeedWhereDocument, variables: { where: pageWhere(filter, { occurredAt: lastEntry.occurred_at, id: lastEntry.id }), limit: PAGE }, fetchPolicy: 'no-cache' })
      .then((result) => {
        const page = result.data?.activity_feed ?? [];
        setOlder((loaded) => [...loaded, ...page]);
        if (page.length < PAGE) setExhausted(true);
      })
      .catch((cause: unknown) => setMoreError(cause instanceof Error ? cause : new Error(String(cause))))
      .finally(() => setLoadingMore(false));
  }, [client, filter, lastEntry]);

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
    body = (
      <>
        <ActivityList entries={entries} hasMore={hasMore} loadingMore={loadingMore} onLoadMore={loadMore} onOpen={setOpened} />
        {moreError ? <ErrorState what="more activity" error={moreError} onRetry={() => setMoreError(undefined)} /> : null}
      </>
    );
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
