import type Stripe from 'stripe';

export type MerchantData = Stripe.Issuing.Authorization.MerchantData;

/** `merchant_data` as found on authorizations and transactions (a restaurant in San Francisco by default). */
export function buildMerchantData(overrides: Partial<MerchantData> = {}): MerchantData {
  return {
    category: 'eating_places_restaurants',
    category_code: '5812',
    city: 'San Francisco',
    country: 'US',
    name: 'Harbor Street Bistro',
    network_id: '1234567890',
    postal_code: '94103',
    state: 'CA',
    tax_id: null,
    terminal_id: null,
    url: null,
    ...overrides,
  };
}
