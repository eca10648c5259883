import type Stripe from 'stripe';
import { buildCard } from './build-card.js';
import { buildMerchantData } from './build-merchant-data.js';

type Authorization = Stripe.Issuing.Authorization;
type RequestHistory = Stripe.Issuing.Authorization.RequestHistory;
type PendingRequest = Stripe.Issuing.Authorization.PendingRequest;

/** One `request_history[]` entry: an approve/decline decision on a (first or incremental) request. */
export function buildRequestHistoryEntry(
  overrides: Partial<RequestHistory> & Pick<RequestHistory, 'amount' | 'approved'>,
): RequestHistory {
  const created = overrides.created ?? 1780272000;
  return {
    amount_details: { atm_fee: null, cashback_amount: null },
    authorization_code: overrides.approved ? 'S498162' : null,
    created,
    currency: 'usd',
    merchant_amount: overrides.amount,
    merchant_currency: 'usd',
    network_risk_score: 12,
    reason: overrides.approved ? 'webhook_approved' : 'webhook_declined',
    reason_message: null,
    requested_at: created,
    ...overrides,
  };
}

/** `pending_request`: what an `issuing_authorization.request` asks to hold. */
export function buildPendingRequest(
  overrides: Partial<PendingRequest> & Pick<PendingRequest, 'amount'>,
): PendingRequest {
  return {
    amount_details: { atm_fee: null, cashback_amount: null },
    currency: 'usd',
    is_amount_controllable: false,
    merchant_amount: overrides.amount,
    merchant_currency: 'usd',
    network_risk_score: 12,
    ...overrides,
  };
}

/**
 * An `issuing.authorization` embedding its full card (and that card's cardholder), approved and
 * pending by default. `cardholder` defaults to the card's cardholder id, `merchant_amount` to
 * `amount`. For an `issuing_authorization.request` snapshot pass `amount: 0`,
 * `merchant_amount: 0`, `approved: false` and a `pending_request`.
 */
export function buildAuthorization(overrides: Partial<Authorization> = {}): Authorization {
  const card = overrides.card ?? buildCard({ status: 'active' });
  const amount = overrides.amount ?? 1000;
  const created = overrides.created ?? card.created + 3600;
  const currency = overrides.currency ?? card.currency;
  return {
    id: 'iauth_1FixtureAuthorization000',
    object: 'issuing.authorization',
    amount,
    amount_details: { atm_fee: null, cashback_amount: null },
    approved: true,
    authorization_method: 'online',
    balance_transactions: [],
    card,
    card_presence: 'not_present',
    cardholder: card.cardholder.id,
    created,
    currency,
    fleet: null,
    fraud_challenges: [],
    fuel: null,
    livemode: false,
    merchant_amount: amount,
    merchant_currency: currency,
    merchant_data: buildMerchantData(),
    metadata: {},
    network_data: {
      acquiring_institution_id: '445566',
      system_trace_audit_number: '123456',
      transaction_id: '123456789012345',
    },
    pending_request: null,
    request_history: [],
    status: 'pending',
    token: null,
    transactions: [],
    treasury: null,
    verification_data: {
      address_line1_check: 'not_provided',
      address_postal_code_check: 'match',
      authentication_exemption: null,
      cvc_check: 'match',
      expiry_check: 'match',
      postal_code: '94111',
      three_d_secure: null,
    },
    verified_by_fraud_challenge: null,
    wallet: null,
    ...overrides,
  };
}
