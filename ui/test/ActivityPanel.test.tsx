import { render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { ActivityFeedWhereDocument } from '../src/gql/graphql';
import { ActivityPanel } from '../src/components/ActivityPanel';
import { NO_FILTER, pageWhere, type ActivityFilter } from '../src/domain/activity-filter';
import { entry } from './fixtures';

const declinedFilter: ActivityFilter = { ...NO_FILTER, outcome: 'declined' };

const rows = [
  // A purchase in Tokyo on a USD card: $12.50 on the card, ¥1,800 charged by the merchant.
  entry({ id: 'iauth_3', occurred_at: '2026-03-03T09:00:00+00:00', merchant_name: 'Tokyo Ramen', merchant_amount: 1800, merchant_currency: 'jpy' }),
  // A refund on a JPY card: the transaction amount is +500 (money back), shown as -¥500 of spend.
  entry({ id: 'ipi_2', kind: 'transaction', occurred_at: '2026-03-02T09:00:00+00:00', transaction_type: 'refund', settlement_status: 'refunded', amount: 500, currency: 'jpy', merchant_amount: 500, merchant_currency: 'jpy', merchant_name: 'Kyoto Books', merchant_category: 'book_stores', captured_amount: 0, refunded_amount: 500, net_spend: -500 }),
  entry({ id: 'iauth_1', approved: false, status: 'closed', settlement_status: 'declined', decline_reason: 'insufficient_funds', captured_amount: 0, net_spend: 0, transaction_count: 0, merchant_name: 'Casino "Royale", Ltd' }),
];

function renderPanel(options: { filter?: ActivityFilter; data?: object; error?: Error; exportRows?: object[] }) {
  const filter = options.filter ?? NO_FILTER;
  const onExport = vi.fn();
  const mocks = [
    {
      request: { query: ActivityFeedWhereDocument, variables: { where: pageWhere(filter, undefined), limit: 100 } },
      ...(options.error ? { error: options.error } : { result: { data: options.data } }),
    },
    {
      request: { query: ActivityFeedWhereDocument, variables: { where: pageWhere(filter, undefined), limit: 1000 } },
      result: { data: { activity_feed: options.exportRows ?? [] } },
    },
  ];
  render(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <ActivityPanel filter={filter} categories={[]} cards={[]} onFilterChange={() => undefined} onExport={onExport} />
    </MockedProvider>,
  );
  return onExport;
}

describe('ActivityPanel', () => {
  it('shows skeletons while the first page loads', () => {
    renderPanel({ data: { activity_feed: rows } });
    expect(screen.getByTestId('activity-loading')).toBeTruthy();
  });

  it('says there is no activity yet when the user has none', async () => {
    renderPanel({ data: { activity_feed: [] } });
    expect(await screen.findByText(/No card activity yet/)).toBeTruthy();
  });

  it('says nothing matches when filters exclude everything', async () => {
    renderPanel({ filter: declinedFilter, data: { activity_feed: [] } });
    expect(await screen.findByText('Nothing matches these filters.')).toBeTruthy();
  });

  it('shows an error with retry when the list cannot load', async () => {
    renderPanel({ error: new Error('503 from server') });
    expect(await screen.findByText(/Could not load your activity: 503 from server/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('lists each entry with outcome in words, merchant amount beside card amount, refunds negative', async () => {
    // Act
    renderPanel({ data: { activity_feed: rows } });
    const items = await screen.findAllByTestId('activity-row');

    // Assert
    expect(items).toHaveLength(3);
    const [foreign, refund, declined] = items.map((item) => within(item));
    expect(foreign?.getByTestId('activity-amount').textContent).toBe('$12.50');
    expect(foreign?.getByTestId('merchant-amount').textContent).toBe('¥1,800 charged by the merchant');
    expect(refund?.getByTestId('activity-amount').textContent).toBe('-¥500');
    expect(refund?.getAllByText(/Refund/).length).toBeGreaterThan(0);
    expect(declined?.getAllByText(/Declined: insufficient funds/).length).toBeGreaterThan(0);
  });

  it('exports exactly the filtered rows as CSV', async () => {
    // Prepare: the declined filter; the server answers the export with the one declined row.
    const declinedOnly = rows.filter((row) => row.approved === false);
    const onExport = renderPanel({ filter: declinedFilter, data: { activity_feed: declinedOnly }, exportRows: declinedOnly });
    await screen.findAllByTestId('activity-row');

    // Act
    screen.getByRole('button', { name: 'Export CSV' }).click();

    // Assert
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    expect(onExport.mock.calls[0]?.[0]).toBe('card-activity.csv');
    expect(onExport.mock.calls[0]?.[1]).toBe(
      'id,occurred_at,kind,outcome,merchant,category,card,amount,currency,merchant_amount,merchant_currency\r\n' +
        'iauth_1,2026-03-01T12:00:00+00:00,authorization,Declined: insufficient funds,"Casino ""Royale"", Ltd",Restaurants,Visa 4242,12.50,USD,,\r\n',
    );
  });
});
