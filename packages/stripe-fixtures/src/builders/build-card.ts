import type Stripe from 'stripe';
import { buildCardholder } from './build-cardholder.js';

/** Card spending controls; `blocked_categories` and a per-authorization limit are the usual knobs. */
export function cardSpendingControls(
  options: { blockedCategories?: readonly string[]; perAuthorizationLimit?: number; currency?: string } = {},
): Stripe.Issuing.Card.SpendingControls {
  return {
    allowed_card_presences: null,
    allowed_categories: null,
    allowed_merchant_countries: null,
    blocked_card_presences: null,
    blocked_categories: options.blockedCategories ? [...options.blockedCategories] : null,
    blocked_merchant_countries: null,
    spending_limits:
      options.perAuthorizationLimit === undefined
        ? []
        : [{ amount: options.perAuthorizationLimit, categories: null, interval: 'per_authorization' }],
    spending_limits_currency: options.perAuthorizationLimit === undefined ? null : (options.currency ?? 'usd'),
  };
}

function shippingFor(cardholder: Stripe.Issuing.Cardholder, created: number): Stripe.Issuing.Card.Shipping {
  return {
    address: cardholder.billing.address,
    address_validation: null,
    business_name: null,
    carrier: 'usps',
    customs: null,
    eta: created + 5 * 86400,
    name: cardholder.name,
    phone_number: cardholder.phone_number,
    require_signature: false,
    service: 'standard',
    status: 'delivered',
    tracking_number: null,
    tracking_url: null,
    type: 'individual',
  };
}

/**
 * An `issuing.card` embedding its full cardholder (as in every webhook payload). New cards are
 * `inactive` in Stripe; pass `status: 'active'` for an activated one.
 */
export function buildCard(overrides: Partial<Stripe.Issuing.Card> = {}): Stripe.Issuing.Card {
  const cardholder = overrides.cardholder ?? buildCardholder();
  const created = overrides.created ?? cardholder.created + 60;
  const type = overrides.type ?? 'virtual';
  return {
    id: 'ic_1FixtureCard0000000000000',
    object: 'issuing.card',
    brand: 'Visa',
    cancellation_reason: null,
    cardholder,
    created,
    currency: 'usd',
    exp_month: 8,
    exp_year: 2029,
    financial_account: null,
    last4: '4242',
    latest_fraud_warning: null,
    lifecycle_controls: null,
    livemode: false,
    metadata: {},
    personalization_design: null,
    replaced_by: null,
    replacement_for: null,
    replacement_reason: null,
    second_line: null,
    shipping: type === 'physical' ? shippingFor(cardholder, created) : null,
    spending_controls: cardSpendingControls(),
    status: 'inactive',
    type,
    wallets: {
      apple_pay: { eligible: true, ineligible_reason: null },
      google_pay: { eligible: true, ineligible_reason: null },
      primary_account_identifier: null,
    },
    ...overrides,
  };
}
