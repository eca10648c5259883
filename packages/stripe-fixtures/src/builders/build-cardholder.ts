import type Stripe from 'stripe';

/** Cardholder spending controls with nothing restricted (every field present, as Stripe sends it). */
export function emptyCardholderSpendingControls(): Stripe.Issuing.Cardholder.SpendingControls {
  return {
    allowed_card_presences: [],
    allowed_categories: [],
    allowed_merchant_countries: [],
    blocked_card_presences: [],
    blocked_categories: [],
    blocked_merchant_countries: [],
    spending_limits: [],
    spending_limits_currency: null,
  };
}

/** An `issuing.cardholder` (individual, active), with any field overridden. */
export function buildCardholder(overrides: Partial<Stripe.Issuing.Cardholder> = {}): Stripe.Issuing.Cardholder {
  const name = overrides.name ?? 'Jenny Rosen';
  const [firstName = name, ...rest] = name.split(' ');
  const created = overrides.created ?? 1780272000;
  return {
    id: 'ich_1FixtureCardholder000000',
    object: 'issuing.cardholder',
    billing: {
      address: {
        city: 'San Francisco',
        country: 'US',
        line1: '1234 Main Street',
        line2: null,
        postal_code: '94111',
        state: 'CA',
      },
    },
    company: null,
    created,
    email: 'jenny.rosen@example.com',
    individual: {
      card_issuing: {
        user_terms_acceptance: { date: created, ip: '127.0.0.1', user_agent: 'Mozilla/5.0' },
      },
      dob: { day: 1, month: 7, year: 1990 },
      first_name: firstName,
      last_name: rest.length > 0 ? rest.join(' ') : null,
      verification: { document: null },
    },
    livemode: false,
    metadata: {},
    name,
    phone_number: '+14155550100',
    preferred_locales: ['en'],
    requirements: { disabled_reason: null, past_due: [] },
    spending_controls: emptyCardholderSpendingControls(),
    status: 'active',
    type: 'individual',
    ...overrides,
  };
}
