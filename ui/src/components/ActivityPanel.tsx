import { useCallback, useEffect, useMemo, useState } from 'react';
import { skipToken, useApolloClient } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from '../apollo/use-live-query';
import { ActivityFeedWhereDocument, PeriodTransactionsDocument, PeriodTransactionsTotalDocument } from '../gql/graphql';
import { hasPeriod, OUTCOME_LABELS, pageWhere, type ActivityFilter, type Cursor } from '../domain/activity-filter';
import type { ActivityEntry } from '../domain/activity-entry';
import { periodPageWhere, periodTransactionsWhere, transactionEntry } from '../domain/period-transactions';
import { formatMoney, toMinor } from '../format/money';
import { mergeFirstPage } from '../domain/activity-pages';
import { activityCsv } from '../domain/csv';
import { ActivityFilters, type CardOption } from './ActivityFilters';
import { ActivityList } from './ActivityList';
import { ErrorState } from './ErrorState';
import { Panel } from './Panel';
import { PurchaseTimelineDialog } from './PurchaseTimelineDialog';

const PAGE = 100;
const EXPORT_PAGE = 1000;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** What the listed transactions of a period add up to, in Stripe's signs turned into spend. */
function PeriodTotal({ count, amount, currency }: { count: number; amount: string | number | null | undefined; currency: string | undefined }) {
  const spend = -toMinor(amount);
  const money = currency ? formatMoney(spend, currency) : String(spend);
  return (
    <Typography variant="body2" sx={{ mb: 1 }} data-testid="period-total" data-minor={spend} data-count={count}>
      {`${count} ${count === 1 ? 'transaction' : 'transactions'}, settled spend ${money}`}
    </Typography>
  );
}

export interface ActivityPanelProps {
  readonly filter: ActivityFilter;
  readonly categories: readonly string[];
  readonly cards: readonly CardOption[];
  readonly onFilterChange: (filter: ActivityFilter) => void;
  /** Receives the CSV (tests); downloads it by default. */
  readonly onExport?: (name: string, csv: string) => void;
}

function cursorAfter(entry: ActivityEntry | undefined): Cursor | undefined {
  return entry?.occurred_at && entry.id ? { occurredAt: entry.occurred_at, id: entry.id } : undefined;
}

/**
 * Every authorization and transaction, newest first, filtered, infinitely scrolled, exportable.
 * With a period of "Spend over time" in the filter it lists that period's transactions instead
 * (period-transactions.ts says why), the same way.
 */
export function ActivityPanel({ filter, categories, cards, onFilterChange, onExport = download }: ActivityPanelProps) {
  const client = useApolloClient();
  const period = hasPeriod(filter);
  const where = useMemo(() => pageWhere(filter, undefined), [filter]);
  const periodWhere = useMemo(() => periodTransactionsWhere(filter), [filter]);
  // The first page is a cached, live query; older pages live in state only, so scrolling through
  // 100,000 rows never rewrites a growing list into the normalized cache.
  const feedVariables = useMemo(() => (period ? skipToken : { where, limit: PAGE }), [period, where]);
  const periodVariables = useMemo(() => (periodWhere ? { where: periodWhere, limit: PAGE } : skipToken), [periodWhere]);
  const totalVariables = useMemo(() => (periodWhere ? { where: periodWhere } : skipToken), [periodWhere]);
  const feed = useLiveQuery(ActivityFeedWhereDocument, feedVariables);
  const transactions = useLiveQuery(PeriodTransactionsDocument, periodVariables);
  const total = useLiveQuery(PeriodTransactionsTotalDocument, totalVariables);
  const { loading, error, refetch, data } = period ? transactions : feed;
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
  }, [where, periodWhere, period]);

  const periodRows = transactions.data?.transactions;
  const firstPage = useMemo(() => (period ? periodRows?.map(transactionEntry) : feed.data?.activity_feed), [period, periodRows, feed.data]);
  const entries = useMemo(() => mergeFirstPage(firstPage ?? [], older, PAGE), [firstPage, older]);
  const hasMore = !exhausted && !moreError && entries.length >= PAGE;
  const lastEntry = entries[entries.length - 1];

  /** One page of what the panel lists (the feed, or the period's transactions) after `cursor`. */
  const fetchPage = useCallback(
    async (cursor: Cursor | undefined, limit: number): Promise<ActivityEntry[]> => {
      if (period) {
        if (!periodWhere) return [];
        const result = await client.query({ query: PeriodTransactionsDocument, variables: { where: periodPageWhere(periodWhere, cursor), limit }, fetchPolicy: 'no-cache' });
        return (result.data?.transactions ?? []).map(transactionEntry);
      }
      const result = await client.query({ query: ActivityFeedWhereDocument, variables: { where: pageWhere(filter, cursor), limit }, fetchPolicy: 'no-cache' });
      return result.data?.activity_feed ?? [];
    },
    [client, filter, period, periodWhere],
  );

  const loadMore = useCallback(() => {
    const cursor = cursorAfter(lastEntry);
    if (!cursor) return;
    setLoadingMore(true);
    fetchPage(cursor, PAGE)
      .then((page) => {
        setOlder((loaded) => [...loaded, ...page]);
        if (page.length < PAGE) setExhausted(true);
      })
      .catch((cause: unknown) => setMoreError(cause instanceof Error ? cause : new Error(String(cause))))
      .finally(() => setLoadingMore(false));
  }, [fetchPage, lastEntry]);

  const exportCsv = async (): Promise<void> => {
    const rows: ActivityEntry[] = [];
    setExporting(0);
    try {
      for (;;) {
        const page = await fetchPage(cursorAfter(rows[rows.length - 1]), EXPORT_PAGE);
        rows.push(...page);
        setExporting(rows.length);
        if (page.length < EXPORT_PAGE) break;
      }
      onExport(hasPeriod(filter) ? `card-transactions-${filter.from}-to-${filter.to}.csv` : 'card-activity.csv', activityCsv(rows));
    } finally {
      setExporting(undefined);
    }
  };

  let body;
  if (period && !periodWhere) {
    const outcome = filter.outcome ? OUTCOME_LABELS[filter.outcome] : 'This outcome';
    body = (
      <Typography color="text.secondary">{`“${outcome}” is an outcome of authorizations; a period lists the transactions settled in it. Choose Settled spend or Refunds, or remove the period.`}</Typography>
    );
  } else if (loading && !data) {
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
    const filtered = Boolean(filter.outcome || filter.category || filter.card || filter.merchant || period);
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
      {periodWhere && total.data ? <PeriodTotal count={total.data.transactions_aggregate.aggregate?.count ?? 0} amount={total.data.transactions_aggregate.aggregate?.sum?.amount} currency={filter.currency} /> : null}
      {body}
      {opened ? <PurchaseTimelineDialog entry={opened} onClose={() => setOpened(undefined)} /> : null}
    </Panel>
  );
}
