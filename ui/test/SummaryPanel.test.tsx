import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { CardTotalsDocument, SpendingTotalsDocument } from '../src/gql/graphql';
import { SummaryPanel } from '../src/components/SummaryPanel';


const totals = (currency: string, overrides: object = {}) => ({
  __typename: 'spending_totals',
  currency,
  settled_spend: 1000,
  captured_amount: 1500,
  refunded_amount: 500,
  transaction_count: 4,
  pending_amount: 300,
  pending_count: 1,
  declined_amount: 900,
  declined_count: 2,
  authorization_count: 7,
  ...overrides,
});

function renderWith(result: { data?: object; error?: Error; delay?: number }) {
  const onDrill = vi.fn();
  render(
    <MockedProvider mocks={[{ request: { query: SpendingTotalsDocument }, ...(result.error ? { error: result.error } : { result: { data: result.data } }), delay: result.delay ?? 0 }]} showWarnings={false}>
      <SummaryPanel onDrill={onDrill} />
    </MockedProvider>,
  );
  return onDrill;
}

describe('SummaryPanel', () => {
  it('shows a skeleton while loading', () => {
    renderWith({ data: { spending_totals: [] }, delay: 60_000 });
    expect(screen.getByTestId('summary-loading')).toBeTruthy();
  });

  it('says there is no activity yet for a user without any', async () => {
    renderWith({ data: { spending_totals: [] } });
    expect(await screen.findByText(/No card activity yet/)).toBeTruthy();
  });

  it('shows an error with a retry button when the query fails', async () => {
    renderWith({ error: new Error('network down') });
    expect(await screen.findByText(/Could not load your totals: network down/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('shows each currency in its own money, yen without decimals, average = spend / transactions', async () => {
    // Prepare: 1000 cents over 4 transactions; ¥12,000 over 3.
    renderWith({ data: { spending_totals: [totals('usd'), totals('jpy', { settled_spend: 12000, captured_amount: 12000, refunded_amount: 0, transaction_count: 3, pending_amount: 0, pending_count: 0 })] } });

    // Assert
    expect((await screen.findByTestId('settled-usd')).textContent).toBe('$10.00');
    expect(screen.getByText('average $2.50')).toBeTruthy();
    expect(screen.getByTestId('pending-usd').textContent).toBe('$3.00');
    expect(screen.getByTestId('refunded-usd').textContent).toBe('$5.00');
    expect(screen.getByTestId('declined-usd').textContent).toBe('2');
    expect(screen.getByTestId('settled-jpy').textContent).toBe('¥12,000');
    expect(screen.getByText('average ¥4,000')).toBeTruthy();
  });

  it('drills down from a figure to the rows behind it', async () => {
    // Prepare
    const onDrill = renderWith({ data: { spending_totals: [totals('usd')] } });

    // Act
    (await screen.findByRole('button', { name: /^Declines: 2/ })).click();

    // Assert
    expect(onDrill).toHaveBeenCalledWith('declined');
  });

  it('narrowed to one card, shows that card\'s figures from its transactions and authorizations', async () => {
    // Prepare: a $25.00 capture (-2500) and a $5.00 refund (+500) on the card; one $3.00 hold; one decline.
    const aggregate = (count: number | undefined, amount: number) => ({ __typename: 'x_aggregate', aggregate: { __typename: 'x_aggregate_fields', ...(count === undefined ? {} : { count }), sum: { __typename: 'x_sum_fields', amount } } });
    render(
      <MockedProvider
        showWarnings={false}
        mocks={[{
          request: { query: CardTotalsDocument, variables: { cardId: 'ic_1' } },
          result: { data: { card: { __typename: 'cards', id: 'ic_1', currency: 'usd' }, transactions: aggregate(2, -2000), refunds: aggregate(undefined, 500), pending: aggregate(1, 300), declined: aggregate(1, 4200) } },
        }]}
      >
        <SummaryPanel onDrill={() => undefined} card={{ id: 'ic_1', label: 'Visa •4242' }} />
      </MockedProvider>,
    );

    // Assert
    expect(await screen.findByText('Summary: Visa •4242 only')).toBeTruthy();
    expect((await screen.findByTestId('settled-usd')).textContent).toBe('$20.00');
    expect(screen.getByText('captures $25.00 minus refunds')).toBeTruthy();
    expect(screen.getByText('average $10.00')).toBeTruthy();
    expect(screen.getByTestId('refunded-usd').textContent).toBe('$5.00');
    expect(screen.getByTestId('pending-usd').textContent).toBe('$3.00');
    expect(screen.getByTestId('declined-usd').textContent).toBe('1');
  });
});
