import type Stripe from 'stripe';
import { buildMerchantData } from './build-merchant-data.js';

type Transaction = Stripe.Issuing.Transaction;

/** Stripe's sign rule: captures take money (negative), refunds give it back (positive). */
export function signedAmount(type: 'capture' | 'refund', amount: number): number {
  const magnitude = Math.abs(amount);
  return type === 'capture' ? -magnitude : magnitude;
}

/**
 * An `issuing.transaction` (card and cardholder as ids, as Stripe sends them). `amount` and
 * `merchant_amount` may be given as magnitudes: the sign always follows `type` (capture
 * negative, refund positive). `authorization` is null for force captures and unlinked refunds.
 */
export function buildTransaction(overrides: Partial<Transaction> = {}): Transaction {
  const type = overrides.type === 'refund' ? 'refund' : 'capture';
  const amount = signedAmount(type, overrides.amount ?? 1000);
  const merchantAmount = signedAmount(type, overrides.merchant_amount ?? amount);
  const created = overrides.created ?? 1780275600;
  return {
    id: 'ipi_1FixtureTransaction00000',
    object: 'issuing.transaction',
    amount_details: { atm_fee: null, cashback_amount: null },
    authorization: 'iauth_1FixtureAuthorization000',
    balance_transaction: 'txn_1FixtureBalanceTransaction',
    card: 'ic_1FixtureCard0000000000000',
    cardholder: 'ich_1FixtureCardholder000000',
    created,
    currency: 'usd',
    dispute: null,
    livemode: false,
    merchant_currency: 'usd',
    merchant_data: buildMerchantData(),
    metadata: {},
    network_data: {
      authorization_code: 'S498162',
      processing_date: new Date(created * 1000).toISOString().slice(0, 10),
      transaction_id: '123456789012345',
    },
    purchase_details: null,
    token: null,
    treasury: null,
    wallet: null,
    ...overrides,
    type,
    amount,
    merchant_amount: merchantAmount,
  };
}
