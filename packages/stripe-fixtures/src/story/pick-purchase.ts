import type Stripe from 'stripe';
import { buildMerchantData, type MerchantData } from '../builders/build-merchant-data.js';
import { createRng, type Rng } from '../rng.js';
import {
  BLOCKED_CATEGORIES,
  convertAmount,
  DOMESTIC_LOCATIONS,
  FOREIGN_LOCATIONS,
  MERCHANT_CATEGORIES,
  type CaptureProfile,
  type MerchantCategory,
  type MerchantLocation,
} from './merchant-catalogue.js';

/** What a cardholder tries to buy, before Stripe or the program decides anything. */
export interface Purchase {
  merchant: MerchantData;
  profile: CaptureProfile;
  incremental: boolean;
  merchantCurrency: string;
  merchantAmount: number;
  /** The same purchase in the card's currency (equal to merchantAmount when no conversion). */
  amount: number;
  authorizationMethod: Stripe.Issuing.Authorization.AuthorizationMethod;
  cardPresence: 'present' | 'not_present';
  wallet: 'apple_pay' | 'google_pay' | null;
  verification: Stripe.Issuing.Authorization.VerificationData;
}

export type CategoryFilter = 'ordinary' | 'blocked' | 'incremental';

const LOCATIONS = [...DOMESTIC_LOCATIONS, ...FOREIGN_LOCATIONS];

function categoriesFor(filter: CategoryFilter): readonly MerchantCategory[] {
  switch (filter) {
    case 'blocked':
      return MERCHANT_CATEGORIES.filter((c) => BLOCKED_CATEGORIES.includes(c.category));
    case 'incremental':
      return MERCHANT_CATEGORIES.filter((c) => c.incremental);
    case 'ordinary':
      return MERCHANT_CATEGORIES.filter((c) => !BLOCKED_CATEGORIES.includes(c.category));
  }
}

/** Log-uniform: small purchases are more common than large ones. */
function amountIn(rng: Rng, [min, max]: readonly [number, number]): number {
  const value = Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
  return Math.max(50, Math.round(value));
}

/** A merchant's network id is a property of the merchant, so it is the same in every story. */
function networkId(name: string, location: MerchantLocation): string {
  return createRng(`merchant/${name}/${location.city}`).digits(10);
}

function onlineUrl(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`;
}

/** Draws a merchant, an amount and how the card is used there. */
export function pickPurchase(rng: Rng, cardCurrency: string, foreignRate: number, filter: CategoryFilter): Purchase {
  const category = rng.weighted(categoriesFor(filter).map((c) => [c, c.weight] as const));
  const home = LOCATIONS.filter((l) => l.currency === cardCurrency);
  const abroad = LOCATIONS.filter((l) => l.currency !== cardCurrency);
  const domestic = home.length > 0 ? home : DOMESTIC_LOCATIONS;
  const location = rng.chance(foreignRate) && abroad.length > 0 ? rng.pick(abroad) : rng.pick(domestic);
  const name = rng.pick(category.names);
  const online = category.profile === 'online';
  const merchant = buildMerchantData({
    category: category.category,
    category_code: category.mcc,
    city: location.city,
    country: location.country,
    name,
    network_id: networkId(name, location),
    postal_code: location.postalCode,
    state: location.state,
    terminal_id: online ? null : rng.base62(8).toUpperCase(),
    url: online ? onlineUrl(name) : null,
  });
  const merchantAmount = amountIn(rng, category.amount);
  const amount = convertAmount(merchantAmount, location.currency, cardCurrency);
  const method = online
    ? 'online'
    : rng.weighted([['contactless', 48], ['chip', 42], ['swipe', 6], ['keyed_in', 4]] as const);
  const wallet = method === 'contactless' ? rng.weighted([['apple_pay', 45], ['google_pay', 20], [null, 35]] as const) : null;
  return {
    merchant,
    profile: category.profile,
    incremental: category.incremental,
    merchantCurrency: location.currency,
    merchantAmount,
    amount,
    authorizationMethod: method,
    cardPresence: online ? 'not_present' : 'present',
    wallet,
    verification: {
      address_line1_check: 'not_provided',
      address_postal_code_check: online ? 'match' : 'not_provided',
      authentication_exemption: null,
      cvc_check: online ? 'match' : 'not_provided',
      expiry_check: 'match',
      postal_code: online ? '94111' : null,
      three_d_secure: online && rng.chance(0.3) ? { result: 'authenticated' } : null,
    },
  };
}
