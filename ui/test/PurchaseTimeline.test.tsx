import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { PurchaseTimelineDocument } from '../src/gql/graphql';
import { PurchaseTimelineDialog, timelineSteps } from '../src/components/PurchaseTimelineDialog';
import { entry } from './fixtures';

const authorization = {
  __typename: 'authorizations' as const,
  id: 'iauth_1',
  amount: 5000,
  currency: 'usd',
  merchant_amount: 5000,
  merchant_currency: 'usd',
  merchant_name: 'Blue Bottle',
  merchant_category: 'eating_places_restaurants',
  approved: true,
  status: 'closed',
  decline_reason: null,
  authorization_method: 'chip',
  created_at: '2026-03-01T12:00:00+00:00',
  updated_at: '2026-03-03T12:00:00+00:00',
  transactions: [
    { __typename: 'transactions' as const, id: 'ipi_1', type: 'capture', amount: -5000, currency: 'usd', created_at: '2026-03-02T12:00:00+00:00' },
    { __typename: 'transactions' as const, id: 'ipi_2', type: 'refund', amount: 1500, currency: 'usd', created_at: '2026-03-03T12:00:00+00:00' },
  ],
};

describe('purchase timeline', () => {
  it('tells request, approval, capture and refund in order', () => {
    expect(timelineSteps(authorization).map((step) => step.text)).toEqual([
      'Requested $50.00 at Blue Bottle (chip)',
      'Approved: $50.00 held on the card',
      'Captured $50.00',
      'Refunded $15.00',
    ]);
  });

  it('says which rule declined a purchase, and that a reversed hold was released', () => {
    expect(timelineSteps({ ...authorization, approved: false, decline_reason: 'card_inactive', transactions: [] })[1]?.text).toBe('Declined: the card is inactive');
    expect(timelineSteps({ ...authorization, status: 'reversed', transactions: [] }).at(-1)?.text).toBe('Reversed: the hold was released without a charge');
  });

  it('loads the purchase when a row is opened', async () => {
    render(
      <MockedProvider showWarnings={false} mocks={[{ request: { query: PurchaseTimelineDocument, variables: { id: 'iauth_1' } }, result: { data: { authorizations_by_pk: authorization } } }]}>
        <PurchaseTimelineDialog entry={entry({ id: 'iauth_1' })} onClose={() => undefined} />
      </MockedProvider>,
    );
    expect(await screen.findByText('Refunded $15.00')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Blue Bottle' })).toBeTruthy();
  });
});
