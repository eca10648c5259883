/**
 * A period of "Spend over time" as an activity filter: in the URL, as the `where` of the
 * period's transactions (UTC day bounds), chosen from the chart's data table, and listed with
 * what the rows add up to.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ActivityFeedWhereDocument,
  PeriodTransactionsDocument,
  PeriodTransactionsTotalDocument,
  SpendingTotalsDocument,
  SpendOverTimeDocument,
  type PeriodTransactionFragment,
} from '../src/gql/graphql';
import { ActivityPanel } from '../src/components/ActivityPanel';
import { Dashboard } from '../src/components/Dashboard';
import { SpendOverTimePanel } from '../src/components/SpendOverTimePanel';
import { filterFromSearch, NO_FILTER, pageWhere, searchWithFilter, type ActivityFilter } from '../src/domain/activity-filter';
import { periodDays } from '../src/domain/period';
import { periodPageWhere, periodTransactionsWhere, transactionEntry } from '../src/domain/period-transactions';
import { outcomeOf } from '../src/domain/outcome';
import { formatDay } from '../src/format/dates';

const WEEK: ActivityFilter = { ...NO_FILTER, from: '2026-11-30', to: '2026-12-06', currency: 'usd' };

function transaction(overrides: Partial<PeriodTransactionFragment>): PeriodTransactionFragment {
  return {
    __typename: 'transactions',
    id: 'ipi_1',
    authorization_id: 'iauth_1',
    type: 'capture',
    created_at: '2026-11-30T12:05:00+00:00',
    amount: -2000,
    currency: 'usd',
    merchant_amount: -2000,
    merchant_currency: 'usd',
    merchant_name: 'Corner Shop',
    merchant_category: 'grocery_stores_supermarkets',
    merchant_city: 'London',
    merchant_country: 'GB',
    card: { __typename: 'cards', id: 'ic_1', brand: 'Visa', last4: '4242' },
    ...overrides,
  };
}

// The week 30 Nov – 6 Dec: a capture of 20.00 whose purchase was authorized the day before, a
// force capture of 3.00, and a refund of 7.00 → 16.00 of settled spend in 3 transactions.
const WEEK_ROWS = [
  transaction({ id: 'ipi_refund', type: 'refund', amount: 700, merchant_amount: 700, created_at: '2026-12-02T09:00:00+00:00' }),
  transaction({ id: 'ipi_force', authorization_id: null, amount: -300, merchant_amount: -300, created_at: '2026-11-30T23:59:59.999+00:00', merchant_name: 'Kiosk' }),
  transaction({ id: 'ipi_capture' }),
];

describe('the period in the URL', () => {
  it('round-trips from, to and currency beside the other filters and parameters', () => {
    // Prepare
    const filter: ActivityFilter = { ...WEEK, card: 'ic_1' };

    // Act
    const search = searchWithFilter('?user=abc', filter);

    // Assert
    const params = new URLSearchParams(search);
    expect([params.get('from'), params.get('to'), params.get('currency'), params.get('card'), params.get('user')]).toEqual(['2026-11-30', '2026-12-06', 'usd', 'ic_1', 'abc']);
    expect(filterFromSearch(search)).toEqual(filter);
  });

  it('is removed from the URL when the filter no longer has it', () => {
    expect(searchWithFilter('?from=2026-11-30&to=2026-12-06&currency=usd&user=abc', { ...NO_FILTER, card: 'ic_1' })).toBe('?user=abc&card=ic_1');
  });

  it('is one day when only from is given, and is dropped when a day is not a real UTC day or ends before it starts', () => {
    expect(filterFromSearch('?from=2026-02-28&currency=USD')).toMatchObject({ from: '2026-02-28', to: '2026-02-28', currency: 'usd' });
    expect(filterFromSearch('?from=2026-02-29&to=2026-03-01')).toMatchObject({ from: undefined, to: undefined });
    expect(filterFromSearch('?from=2026-12-06&to=2026-11-30')).toMatchObject({ from: undefined, to: undefined });
    expect(filterFromSearch('?from=30.11.2026')).toMatchObject({ from: undefined, to: undefined });
    expect(filterFromSearch('?from=2026-11-30&currency=us%20dollars').currency).toBeUndefined();
  });
});

describe('the where of a period\'s transactions', () => {
  it('bounds a day by its UTC midnights, half-open, in the chart\'s currency', () => {
    expect(periodTransactionsWhere({ ...NO_FILTER, from: '2026-11-30', to: '2026-11-30', currency: 'usd' })).toEqual({
      _and: [{ created_at: { _gte: '2026-11-30T00:00:00Z' } }, { created_at: { _lt: '2026-12-01T00:00:00Z' } }, { currency: { _eq: 'usd' } }],
    });
  });

  it('ends a week that crosses into the next month at the Monday after it', () => {
    expect(periodTransactionsWhere(WEEK)?._and?.slice(0, 2)).toEqual([{ created_at: { _gte: '2026-11-30T00:00:00Z' } }, { created_at: { _lt: '2026-12-07T00:00:00Z' } }]);
  });

  it('ends the last day of a month, of February in a leap year and of a year at the next month\'s first midnight', () => {
    const end = (day: string) => periodTransactionsWhere({ ...NO_FILTER, from: day, to: day })?._and?.[1];
    expect(end('2026-04-30')).toEqual({ created_at: { _lt: '2026-05-01T00:00:00Z' } });
    expect(end('2028-02-29')).toEqual({ created_at: { _lt: '2028-03-01T00:00:00Z' } });
    expect(end('2026-12-31')).toEqual({ created_at: { _lt: '2027-01-01T00:00:00Z' } });
  });

  it('narrows to a card, a category, a merchant search and refunds; "settled spend" is every row', () => {
    // Act
    const narrowed = periodTransactionsWhere({ ...WEEK, card: 'ic_1', category: 'uncategorized', merchant: '50%', outcome: 'refunded' });
    const settled = periodTransactionsWhere({ ...WEEK, outcome: 'settled' });

    // Assert
    expect(narrowed?._and?.slice(3)).toEqual([{ type: { _eq: 'refund' } }, { merchant_category: { _is_null: true } }, { card_id: { _eq: 'ic_1' } }, { merchant_name: { _ilike: '%50\\%%' } }]);
    expect(settled).toEqual(periodTransactionsWhere(WEEK));
  });

  it('has no where for an outcome only authorizations have, and none without a period', () => {
    expect(periodTransactionsWhere({ ...WEEK, outcome: 'declined' })).toBeUndefined();
    expect(periodTransactionsWhere({ ...WEEK, outcome: 'pending' })).toBeUndefined();
    expect(periodTransactionsWhere(NO_FILTER)).toBeUndefined();
  });

  it('pages newest first on (created_at, id) after the last row shown', () => {
    // Prepare
    const base = periodTransactionsWhere(WEEK) ?? {};

    // Act
    const page = periodPageWhere(base, { occurredAt: '2026-12-01T00:00:00+00:00', id: 'ipi_9' });

    // Assert
    expect(page).toEqual({
      _and: [
        base,
        { created_at: { _lte: '2026-12-01T00:00:00+00:00' } },
        { _or: [{ created_at: { _lt: '2026-12-01T00:00:00+00:00' } }, { created_at: { _eq: '2026-12-01T00:00:00+00:00' }, id: { _lt: 'ipi_9' } }] },
      ],
    });
  });
});

describe('a bar\'s days', () => {
  it('are the day itself, or Monday to Sunday, starting at the range\'s first day when the week began before it', () => {
    expect(periodDays('2026-11-30', 'day', '2026-09-11')).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(periodDays('2026-11-30', 'week', '2026-09-11')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodDays('2026-09-07', 'week', '2026-09-11')).toEqual({ from: '2026-09-11', to: '2026-09-13' });
  });
});

describe('a transaction as an activity row', () => {
  it('is spend at its own time: a capture positive, a refund negative; a capture of a purchase says only "Captured"', () => {
    // Act
    const [refund, force, capture] = WEEK_ROWS.map(transactionEntry);

    // Assert
    expect([refund?.net_spend, force?.net_spend, capture?.net_spend]).toEqual([-700, 300, 2000]);
    expect(capture?.occurred_at).toBe('2026-11-30T12:05:00+00:00');
    expect([refund, force, capture].map((entry) => (entry ? outcomeOf(entry).text : ''))).toEqual(['Refund', 'Captured (no authorization)', 'Captured']);
  });
});

const NOW = new Date('2026-12-09T10:00:00Z');
// Last 90 days from Wednesday 9 December 2026: Friday 11 September on.
const RANGE_FROM = '2026-09-11';
const DAYS = [
  { __typename: 'spend_over_time', currency: 'usd', granularity: 'day', period_start: '2026-09-12', settled_spend: 1000, captured_amount: 1000, refunded_amount: 0, transaction_count: 1 },
  { __typename: 'spend_over_time', currency: 'usd', granularity: 'day', period_start: '2026-11-30', settled_spend: 2300, captured_amount: 2300, refunded_amount: 0, transaction_count: 2 },
  { __typename: 'spend_over_time', currency: 'usd', granularity: 'day', period_start: '2026-12-02', settled_spend: -700, captured_amount: 0, refunded_amount: 700, transaction_count: 1 },
];
const spendOverTimeMock = {
  request: { query: SpendOverTimeDocument, variables: { currency: 'usd', granularity: 'day', from: RANGE_FROM } },
  result: { data: { spend_over_time: DAYS } },
  maxUsageCount: 10,
};

describe('choosing a period in Spend over time', () => {
  it('each row of the data table opens its week, the first one from the range\'s first day', async () => {
    // Prepare
    const onSelect = vi.fn();
    render(
      <MockedProvider mocks={[spendOverTimeMock]} showWarnings={false}>
        <SpendOverTimePanel currency="usd" now={NOW} onSelect={onSelect} />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByText('Show as a table'));

    // Act
    fireEvent.click(screen.getByRole('button', { name: `Show the transactions of the week of ${formatDay('2026-11-30')}` }));
    fireEvent.click(screen.getByRole('button', { name: `Show the transactions of the week of ${formatDay('2026-09-07')}` }));

    // Assert
    expect(onSelect.mock.calls).toEqual([[{ from: '2026-11-30', to: '2026-12-06', currency: 'usd' }], [{ from: '2026-09-11', to: '2026-09-13', currency: 'usd' }]]);
  });
});

describe('the period in the activity', () => {
  function renderActivity(filter: ActivityFilter, options: { rows?: PeriodTransactionFragment[]; onFilterChange?: (next: ActivityFilter) => void } = {}) {
    const where = periodTransactionsWhere(filter) ?? {};
    const rows = options.rows ?? WEEK_ROWS;
    const onExport = vi.fn();
    const sum = rows.reduce((total, row) => total + Number(row.amount), 0);
    const mocks = [
      { request: { query: PeriodTransactionsDocument, variables: { where, limit: 100 } }, result: { data: { transactions: rows } }, maxUsageCount: 10 },
      { request: { query: PeriodTransactionsDocument, variables: { where, limit: 1000 } }, result: { data: { transactions: rows } } },
      {
        request: { query: PeriodTransactionsTotalDocument, variables: { where } },
        result: { data: { transactions_aggregate: { __typename: 'transactions_aggregate', aggregate: { __typename: 'transactions_aggregate_fields', count: rows.length, sum: { __typename: 'transactions_sum_fields', amount: sum } } } } },
        maxUsageCount: 10,
      },
    ];
    render(
      <MockedProvider mocks={mocks} showWarnings={false}>
        <ActivityPanel filter={filter} categories={[]} cards={[]} onFilterChange={options.onFilterChange ?? (() => undefined)} onExport={onExport} />
      </MockedProvider>,
    );
    return onExport;
  }

  it('lists the period\'s transactions with their count and settled spend, and a removable chip for the period', async () => {
    // Prepare
    const onFilterChange = vi.fn();
    renderActivity({ ...WEEK, card: 'ic_1' }, { onFilterChange });

    // Act
    const items = await screen.findAllByTestId('activity-row');
    fireEvent.keyUp(screen.getByTestId('period-chip'), { key: 'Delete' });

    // Assert
    expect(items.map((item) => within(item).getByTestId('activity-amount').textContent)).toEqual(['-$7.00', '$3.00', '$20.00']);
    expect((await screen.findByTestId('period-total')).textContent).toBe('3 transactions, settled spend $16.00');
    expect(screen.getByTestId('period-chip').textContent).toBe(`Transactions ${formatDay('2026-11-30')} – ${formatDay('2026-12-06')} in USD (UTC)`);
    expect(onFilterChange).toHaveBeenCalledWith({ ...WEEK, card: 'ic_1', from: undefined, to: undefined, currency: undefined });
  });

  it('exports exactly the listed transactions, whose amounts sum to the period', async () => {
    // Prepare
    const onExport = renderActivity(WEEK);
    await screen.findAllByTestId('activity-row');

    // Act
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    // Assert
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    expect(onExport.mock.calls[0]?.[0]).toBe('card-transactions-2026-11-30-to-2026-12-06.csv');
    const lines = String(onExport.mock.calls[0]?.[1]).trim().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual([
      'ipi_refund,2026-12-02T09:00:00+00:00,transaction,Refund',
      'ipi_force,2026-11-30T23:59:59.999+00:00,transaction,Captured (no authorization)',
      'ipi_capture,2026-11-30T12:05:00+00:00,transaction,Captured',
    ]);
    expect(lines.slice(1).reduce((sum, line) => sum + Math.round(Number(line.split(',')[7]) * 100), 0)).toBe(1600);
  });

  it('says an authorization outcome does not apply to a period, and lists nothing', async () => {
    // Act
    renderActivity({ ...WEEK, outcome: 'declined' });

    // Assert
    expect(await screen.findByText(/“Declined” is an outcome of authorizations/)).toBeTruthy();
    expect(screen.queryAllByTestId('activity-row')).toHaveLength(0);
  });
});

describe('the dashboard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    // jsdom lays nothing out and has no scrollIntoView; the dashboard scrolls to the activity.
    Element.prototype.scrollIntoView = () => undefined;
    window.history.replaceState(null, '', '/?user=abc&category=book_stores&merchant=Kiosk');
  });
  afterEach(() => {
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    vi.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  it('clicking a period in the data table puts it in the URL (other narrowing dropped) and lists its transactions', async () => {
    // Prepare: the page was narrowed to a category and a merchant before.
    const initial = filterFromSearch(window.location.search);
    const where = periodTransactionsWhere(WEEK) ?? {};
    const mocks = [
      { request: { query: SpendingTotalsDocument }, result: { data: { spending_totals: [] } }, maxUsageCount: 10 },
      spendOverTimeMock,
      { request: { query: ActivityFeedWhereDocument, variables: { where: pageWhere(initial, undefined), limit: 100 } }, result: { data: { activity_feed: [] } }, maxUsageCount: 10 },
      { request: { query: PeriodTransactionsDocument, variables: { where, limit: 100 } }, result: { data: { transactions: WEEK_ROWS } }, maxUsageCount: 10 },
    ];
    render(
      <MockedProvider mocks={mocks} showWarnings={false}>
        <Dashboard />
      </MockedProvider>,
    );
    fireEvent.click(await screen.findByText('Show as a table'));

    // Act
    fireEvent.click(await screen.findByRole('button', { name: `Show the transactions of the week of ${formatDay('2026-11-30')}` }));

    // Assert
    expect(filterFromSearch(window.location.search)).toEqual(WEEK);
    expect(new URLSearchParams(window.location.search).get('user')).toBe('abc');
    expect(await screen.findByTestId('period-chip')).toBeTruthy();
    expect(await screen.findAllByTestId('activity-row')).toHaveLength(3);
  });
});
