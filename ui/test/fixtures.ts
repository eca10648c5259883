/** Activity entries as the server sends them, for component tests. */
import type { ActivityFeedEntryFragment } from '../src/gql/graphql';

export function entry(overrides: Partial<ActivityFeedEntryFragment>): ActivityFeedEntryFragment {
  return {
    __typename: 'activity_feed',
    id: 'iauth_1',
    kind: 'authorization',
    occurred_at: '2026-03-01T12:00:00+00:00',
    amount: 1250,
    currency: 'usd',
    merchant_amount: 1250,
    merchant_currency: 'usd',
    merchant_name: 'Blue Bottle',
    merchant_category: 'eating_places_restaurants',
    merchant_city: 'London',
    merchant_country: 'GB',
    approved: true,
    status: 'closed',
    decline_reason: null,
    transaction_type: null,
    settlement_status: 'settled',
    captured_amount: 1250,
    refunded_amount: 0,
    net_spend: 1250,
    transaction_count: 1,
    card: { __typename: 'cards', id: 'ic_1', brand: 'Visa', last4: '4242' },
    ...overrides,
  };
}
