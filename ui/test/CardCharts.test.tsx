/**
 * The two chart panels narrowed to one card (`?card=<id>`): they read that card's rollups
 * (card_spend_by_category, card_spend_over_time) instead of the whole cardholder's, and say so.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CardsAndCardholderDocument, CardSpendByCategoryDocument, CardSpendOverTimeDocument, CardTotalsDocument, SpendByCategoryDocument, SpendingTotalsDocument, SpendOverTimeDocument } from '../src/gql/graphql';
import { Dashboard } from '../src/components/Dashboard';
import { SpendByCategoryPanel } from '../src/components/SpendByCategoryPanel';
import { SpendOverTimePanel } from '../src/components/SpendOverTimePanel';

const CARD = { id: 'ic_1', label: 'Visa •4242' };
// Today is 2026-03-31 (UTC): the default 90-day range starts on 2026-01-01.
const NOW = new Date('2026-03-31T12:00:00Z');
const FROM = '2026-01-01';

const category = (typename: string, merchant_category: string | null, settled_spend: number, transaction_count: number) => ({
  __typename: typename, currency: 'usd', merchant_category, settled_spend, transaction_count,
  ...(typename === 'card_spend_by_category' ? { card_id: CARD.id } : {}),
});
const day = (typename: string, period_start: string, settled_spend: number, transaction_count: number) => ({
  __typename: typename, currency: 'usd', granularity: 'day', period_start, settled_spend, captured_amount: settled_spend, refunded_amount: 0, transaction_count,
  ...(typename === 'card_spend_over_time' ? { card_id: CARD.id } : {}),
});

// The whole cardholder: $100.00 at groceries and $50.00 at restaurants; the card: $12.34 at restaurants.
const mocks = [
  {
    request: { query: SpendByCategoryDocument, variables: { currency: 'usd', limit: 100 } },
    result: { data: { spend_by_category: [category('spend_by_category', 'grocery_stores_supermarkets', 10000, 4), category('spend_by_category', 'eating_places_restaurants', 5000, 2)] } },
  },
  {
    request: { query: CardSpendByCategoryDocument, variables: { cardId: CARD.id, currency: 'usd', limit: 100 } },
    result: { data: { card_spend_by_category: [category('card_spend_by_category', 'eating_places_restaurants', 1234, 1)] } },
  },
  {
    request: { query: SpendOverTimeDocument, variables: { currency: 'usd', granularity: 'day', from: FROM } },
    result: { data: { spend_over_time: [day('spend_over_time', '2026-03-02', 10000, 4), day('spend_over_time', '2026-03-04', 5000, 2)] } },
  },
  {
    request: { query: CardSpendOverTimeDocument, variables: { cardId: CARD.id, currency: 'usd', granularity: 'day', from: FROM } },
    result: { data: { card_spend_over_time: [day('card_spend_over_time', '2026-03-04', 1234, 1)] } },
  },
];

function renderWithMocks(ui: ReactNode) {
  const view = render(<MockedProvider mocks={mocks} showWarnings={false}>{ui}</MockedProvider>);
  return (next: ReactNode) => view.rerender(<MockedProvider mocks={mocks} showWarnings={false}>{next}</MockedProvider>);
}

/** The rows of a data-table twin, as [first cell, spend, count]. */
function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table).getAllByRole('row').slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

describe('chart panels narrowed to one card', () => {
  it('spend by category switches to the card\'s categories when a card is set, and names the card', async () => {
    // Prepare
    const rerender = renderWithMocks(<SpendByCategoryPanel currency="usd" onSelect={() => undefined} />);
    expect(await screen.findByRole('heading', { name: 'Spend by category' })).toBeTruthy();
    await screen.findByText('$100.00');
    expect(tableRows('Spend by category in USD')).toEqual([['Groceries & supermarkets', '$100.00', '4'], ['Restaurants', '$50.00', '2']]);

    // Act
    rerender(<SpendByCategoryPanel currency="usd" onSelect={() => undefined} card={CARD} />);

    // Assert
    expect(await screen.findByRole('heading', { name: 'Spend by category: Visa •4242 only' })).toBeTruthy();
    await screen.findByText('$12.34');
    expect(tableRows('Spend by category in USD')).toEqual([['Restaurants', '$12.34', '1']]);
  });

  it('spend over time switches to the card\'s days when a card is set, and names the card', async () => {
    // Prepare: by week (the default), weeks starting on Monday 2026-03-02.
    const rerender = renderWithMocks(<SpendOverTimePanel currency="usd" now={NOW} />);
    expect(await screen.findByRole('heading', { name: 'Spend over time' })).toBeTruthy();
    (await screen.findByRole('button', { name: 'Show as a table' })).click();
    await waitFor(() => expect(tableRows('Spend by week in USD').map((row) => row.slice(1))).toEqual([['$150.00', '6']]));

    // Act
    rerender(<SpendOverTimePanel currency="usd" now={NOW} card={CARD} />);

    // Assert
    expect(await screen.findByRole('heading', { name: 'Spend over time: Visa •4242 only' })).toBeTruthy();
    await screen.findByText('$12.34');
    if (!screen.queryByRole('table')) (await screen.findByRole('button', { name: 'Show as a table' })).click();
    await waitFor(() => expect(tableRows('Spend by week in USD').map((row) => row.slice(1))).toEqual([['$12.34', '1']]));
  });
});

describe('the dashboard narrowed to one card (?card=)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));
  // jsdom has no layout, hence no scrollIntoView (a drill-down scrolls to the activity).
  beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { configurable: true, value: () => undefined }));
  afterAll(() => Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView'));

  /** The first day of the panel's default range (the last 90 days, UTC) ending today. */
  const defaultFrom = () => {
    const today = new Date();
    return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 89)).toISOString().slice(0, 10);
  };
  const cardRow = (id: string, brand: string, last4: string) => ({
    __typename: 'cards', id, brand, last4, exp_month: 12, exp_year: 2030, type: 'virtual', status: 'active', currency: 'usd', created_at: '2026-01-01T00:00:00+00:00',
  });
  const pageMocks = () => [
    ...mocks,
    { request: { query: SpendingTotalsDocument }, result: { data: { spending_totals: [] } } },
    {
      request: { query: CardsAndCardholderDocument },
      result: { data: { users: [{ __typename: 'users', id: 'u1', name: 'Ada', email: 'ada@example.com', cardholder: {
        __typename: 'cardholders', id: 'ich_1', name: 'Ada', email: 'ada@example.com', status: 'active', type: 'individual', created_at: '2026-01-01T00:00:00+00:00',
        cards: [cardRow('ic_1', 'Visa', '4242'), cardRow('ic_2', 'Mastercard', '4444')] } }] } },
    },
    {
      request: { query: CardTotalsDocument, variables: { cardId: CARD.id } },
      result: { data: { card: { __typename: 'cards', id: CARD.id, currency: 'usd' }, transactions: { __typename: 'transactions_aggregate', aggregate: null }, refunds: { __typename: 'transactions_aggregate', aggregate: null }, pending: { __typename: 'authorizations_aggregate', aggregate: null }, declined: { __typename: 'authorizations_aggregate', aggregate: null } } },
    },
    {
      request: { query: CardSpendOverTimeDocument, variables: { cardId: CARD.id, currency: 'usd', granularity: 'day', from: defaultFrom() } },
      result: { data: { card_spend_over_time: [] } },
    },
  ];

  it('both charts show the card named in the URL, and a category drilled from its chart keeps the card filter', async () => {
    // Prepare
    window.history.replaceState(null, '', '/?card=ic_1');
    render(<MockedProvider mocks={pageMocks()} showWarnings={false}><Dashboard /></MockedProvider>);
    expect(await screen.findByRole('heading', { name: 'Spend by category: Visa •4242 only' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Spend over time: Visa •4242 only' })).toBeTruthy();
    await waitFor(() => expect(tableRows('Spend by category in USD')).toEqual([['Restaurants', '$12.34', '1']]));

    // Act
    (await screen.findByRole('button', { name: 'Show Restaurants activity' })).click();

    // Assert
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('category')).toBe('eating_places_restaurants'));
    expect(new URLSearchParams(window.location.search).get('card')).toBe('ic_1');
  });
});
