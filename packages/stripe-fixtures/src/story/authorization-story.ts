import type Stripe from 'stripe';
import { buildAuthorization, buildPendingRequest, buildRequestHistoryEntry } from '../builders/build-authorization.js';
import { buildEvent } from '../builders/build-event.js';
import { buildTransaction } from '../builders/build-transaction.js';
import { convertAmount } from './merchant-catalogue.js';
import { pickPurchase, type Purchase } from './pick-purchase.js';
import type { StoryContext } from './story-context.js';
import type { ScenarioWeights } from './story-options.js';

export type Scenario = keyof ScenarioWeights;

type Authorization = Stripe.Issuing.Authorization;
type Transaction = Stripe.Issuing.Transaction;
type RequestHistory = Stripe.Issuing.Authorization.RequestHistory;
type DeclineReason = RequestHistory['reason'];

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

export interface AuthorizationStoryInput {
  card: Stripe.Issuing.Card;
  /** When the card is used (unix seconds, inside the window). */
  at: number;
  scenario: Scenario;
  foreignRate: number;
  refundRate: number;
}

/** Declines Stripe makes on its own, before asking the program in real time. */
const STRIPE_DECLINE_REASONS = [
  ['insufficient_funds', 40],
  ['spending_controls', 25],
  ['suspected_fraud', 20],
  ['verification_failed', 15],
] as const;

/** How long after the purchase the merchant captures, by capture profile. */
function captureDelay(ctx: StoryContext, profile: Purchase['profile']): number {
  switch (profile) {
    case 'online':
      return ctx.rng.int(30 * MINUTE, 20 * HOUR);
    case 'retail':
      return ctx.rng.int(2 * HOUR, 30 * HOUR);
    case 'tip':
      return ctx.rng.int(8 * HOUR, 40 * HOUR);
    case 'fuel':
      return ctx.rng.int(1 * HOUR, 24 * HOUR);
    case 'lodging':
      return ctx.rng.int(1 * DAY, 5 * DAY);
  }
}

/** Captured amount relative to the hold: tips add, fuel pumps less, lodging settles near the estimate. */
function captureRatio(ctx: StoryContext, profile: Purchase['profile']): number {
  switch (profile) {
    case 'tip':
      return ctx.rng.chance(0.7) ? 1 + ctx.rng.int(15, 22) / 100 : 1;
    case 'fuel':
      return ctx.rng.int(40, 100) / 100;
    case 'lodging':
      return ctx.rng.int(90, 110) / 100;
    case 'retail':
    case 'online':
      return 1;
  }
}

/**
 * Writes the events of one authorization's life, in causal order, stopping where the window
 * ends (so late purchases stay pending holds).
 */
export function writeAuthorizationStory(ctx: StoryContext, input: AuthorizationStoryInput): void {
  const { card, at, scenario } = input;
  const { rng } = ctx;
  const filter = scenario === 'webhookDeclined' ? 'blocked' : scenario === 'incremental' ? 'incremental' : 'ordinary';
  const purchase = pickPurchase(rng, card.currency, input.foreignRate, filter);
  const id = ctx.id('iauth');
  const riskScore = rng.int(1, 60);
  const networkTransactionId = rng.digits(15);
  const authorizationCode = `S${rng.digits(6)}`;

  const snapshot = (overrides: Partial<Authorization>): Authorization =>
    buildAuthorization({
      id,
      created: at,
      card,
      cardholder: card.cardholder.id,
      currency: card.currency,
      merchant_currency: purchase.merchantCurrency,
      merchant_data: purchase.merchant,
      authorization_method: purchase.authorizationMethod,
      card_presence: purchase.cardPresence,
      wallet: purchase.wallet,
      verification_data: purchase.verification,
      network_data: {
        acquiring_institution_id: purchase.merchant.network_id.slice(0, 6),
        system_trace_audit_number: rng.digits(6),
        transaction_id: networkTransactionId,
      },
      ...overrides,
    });
  const decision = (
    amount: number,
    merchantAmount: number,
    approved: boolean,
    reason: DeclineReason,
    time: number,
  ): RequestHistory =>
    buildRequestHistoryEntry({
      amount,
      merchant_amount: merchantAmount,
      approved,
      reason,
      authorization_code: approved ? authorizationCode : null,
      created: time,
      requested_at: time,
      currency: card.currency,
      merchant_currency: purchase.merchantCurrency,
      network_risk_score: riskScore,
    });
  const emit = (type: 'issuing_authorization.request' | 'issuing_authorization.created' | 'issuing_authorization.updated',
    object: Authorization, created: number, previous?: Partial<Authorization>): void => {
    ctx.push(buildEvent(type, object, previous ? { id: ctx.eventId(), created, previous_attributes: previous } : { id: ctx.eventId(), created }));
  };

  let amount = purchase.amount;
  let merchantAmount = purchase.merchantAmount;

  if (scenario === 'stripeDeclined') {
    let reason: DeclineReason = rng.weighted(STRIPE_DECLINE_REASONS);
    const limit = card.spending_controls.spending_limits?.[0]?.amount;
    if (reason === 'spending_controls') {
      if (limit === undefined) reason = 'insufficient_funds';
      else {
        amount = limit + rng.int(1000, 50000);
        merchantAmount = convertAmount(amount, card.currency, purchase.merchantCurrency);
      }
    }
    const declined = snapshot({
      amount,
      merchant_amount: merchantAmount,
      approved: false,
      status: 'closed',
      request_history: [decision(amount, merchantAmount, false, reason, at)],
    });
    emit('issuing_authorization.created', declined, at + 1);
    return;
  }

  // The real-time request: nothing held yet, the ask is in pending_request.
  emit(
    'issuing_authorization.request',
    snapshot({
      amount: 0,
      merchant_amount: 0,
      approved: false,
      status: 'pending',
      pending_request: buildPendingRequest({
        amount,
        merchant_amount: merchantAmount,
        currency: card.currency,
        merchant_currency: purchase.merchantCurrency,
        network_risk_score: riskScore,
      }),
    }),
    at,
  );

  if (scenario === 'webhookDeclined') {
    emit(
      'issuing_authorization.created',
      snapshot({
        amount,
        merchant_amount: merchantAmount,
        approved: false,
        status: 'closed',
        request_history: [decision(amount, merchantAmount, false, 'webhook_declined', at)],
      }),
      at + 1,
    );
    return;
  }

  let state = snapshot({
    amount,
    merchant_amount: merchantAmount,
    approved: true,
    status: 'pending',
    request_history: [decision(amount, merchantAmount, true, 'webhook_approved', at)],
  });
  emit('issuing_authorization.created', state, at + 1);
  let now = at + 1;

  const captureTransaction = (time: number, cardAmount: number, merchantSide: number): Transaction =>
    buildTransaction({
      id: ctx.id('ipi'),
      created: time,
      type: 'capture',
      amount: cardAmount,
      merchant_amount: merchantSide,
      currency: card.currency,
      merchant_currency: purchase.merchantCurrency,
      authorization: id,
      balance_transaction: ctx.id('txn'),
      card: card.id,
      cardholder: card.cardholder.id,
      merchant_data: purchase.merchant,
      wallet: purchase.wallet,
      network_data: {
        authorization_code: authorizationCode,
        processing_date: new Date(time * 1000).toISOString().slice(0, 10),
        transaction_id: networkTransactionId,
      },
    });
  /** A capture: the transaction, then the authorization listing it (closed unless more captures follow). */
  const capture = (time: number, cardAmount: number, merchantSide: number, closes: boolean): Transaction => {
    const txn = captureTransaction(time, cardAmount, merchantSide);
    ctx.push(buildEvent('issuing_transaction.created', txn, { id: ctx.eventId(), created: time }));
    const previous: Partial<Authorization> = closes
      ? { status: state.status, transactions: state.transactions }
      : { transactions: state.transactions };
    state = { ...state, status: closes ? 'closed' : state.status, transactions: [...state.transactions, txn] };
    emit('issuing_authorization.updated', state, time + 1, previous);
    return txn;
  };
  const scaled = (ratio: number): [number, number] => [Math.max(1, Math.round(amount * ratio)), Math.max(1, Math.round(merchantAmount * ratio))];

  const captures: Transaction[] = [];
  switch (scenario) {
    case 'captured':
    case 'partialCapture': {
      const when = now + captureDelay(ctx, purchase.profile);
      if (ctx.afterWindow(when + 1)) return;
      const ratio = scenario === 'partialCapture' ? rng.int(40, 90) / 100 : captureRatio(ctx, purchase.profile);
      const [a, m] = scaled(ratio);
      captures.push(capture(when, a, m, true));
      break;
    }
    case 'multiCapture': {
      const first = now + rng.int(6 * HOUR, 30 * HOUR);
      if (ctx.afterWindow(first + 1)) return;
      const ratio = rng.int(30, 70) / 100;
      const [a1, m1] = scaled(ratio);
      captures.push(capture(first, a1, m1, false));
      const second = first + rng.int(1 * DAY, 4 * DAY);
      if (ctx.afterWindow(second + 1)) return;
      captures.push(capture(second, Math.max(1, amount - a1), Math.max(1, merchantAmount - m1), true));
      break;
    }
    case 'reversed': {
      const when = now + rng.int(10 * MINUTE, 8 * HOUR);
      if (ctx.afterWindow(when)) return;
      const previous: Partial<Authorization> = { status: state.status };
      state = { ...state, status: 'reversed' };
      emit('issuing_authorization.updated', state, when, previous);
      return;
    }
    case 'expired': {
      const when = at + 7 * DAY;
      if (ctx.afterWindow(when)) return;
      const previous: Partial<Authorization> = { status: state.status };
      state = { ...state, status: 'expired' };
      emit('issuing_authorization.updated', state, when, previous);
      // An expired authorization can still be captured: the transaction arrives on its own.
      const late = when + rng.int(1 * DAY, 5 * DAY);
      if (!rng.chance(0.5) || ctx.afterWindow(late)) return;
      const txn = captureTransaction(late, amount, merchantAmount);
      ctx.push(buildEvent('issuing_transaction.created', txn, { id: ctx.eventId(), created: late }));
      captures.push(txn);
      break;
    }
    case 'incremental': {
      const when = now + rng.int(2 * HOUR, 30 * HOUR);
      if (ctx.afterWindow(when + 1)) return;
      const increment = Math.max(100, Math.round(amount * (rng.int(20, 60) / 100)));
      const merchantIncrement = convertAmount(increment, card.currency, purchase.merchantCurrency);
      emit(
        'issuing_authorization.request',
        {
          ...state,
          pending_request: buildPendingRequest({
            amount: increment,
            merchant_amount: merchantIncrement,
            currency: card.currency,
            merchant_currency: purchase.merchantCurrency,
            network_risk_score: riskScore,
          }),
        },
        when,
      );
      const previous: Partial<Authorization> = {
        amount: state.amount,
        merchant_amount: state.merchant_amount,
        request_history: state.request_history,
      };
      amount += increment;
      merchantAmount += merchantIncrement;
      state = {
        ...state,
        amount,
        merchant_amount: merchantAmount,
        request_history: [...state.request_history, decision(increment, merchantIncrement, true, 'webhook_approved', when)],
      };
      emit('issuing_authorization.updated', state, when + 1, previous);
      now = when + 1;
      const captureAt = now + captureDelay(ctx, 'lodging');
      if (ctx.afterWindow(captureAt + 1)) return;
      const [a, m] = scaled(rng.int(95, 105) / 100);
      captures.push(capture(captureAt, a, m, true));
      break;
    }
  }

  writeRefund(ctx, input, purchase, id, captures);
}

/** Sometimes the merchant refunds (part of) what was captured; Stripe links it when it can. */
function writeRefund(
  ctx: StoryContext,
  input: AuthorizationStoryInput,
  purchase: Purchase,
  authorizationId: string,
  captures: readonly Transaction[],
): void {
  const { rng } = ctx;
  const last = captures[captures.length - 1];
  if (last === undefined || !rng.chance(input.refundRate)) return;
  const when = last.created + rng.int(1 * DAY, 20 * DAY);
  if (ctx.afterWindow(when)) return;
  const captured = -captures.reduce((sum, txn) => sum + txn.amount, 0);
  const merchantCaptured = -captures.reduce((sum, txn) => sum + txn.merchant_amount, 0);
  const ratio = rng.chance(0.6) ? 1 : rng.int(20, 80) / 100;
  const refund = buildTransaction({
    id: ctx.id('ipi'),
    created: when,
    type: 'refund',
    amount: Math.max(1, Math.round(captured * ratio)),
    merchant_amount: Math.max(1, Math.round(merchantCaptured * ratio)),
    currency: input.card.currency,
    merchant_currency: purchase.merchantCurrency,
    authorization: rng.chance(0.85) ? authorizationId : null,
    balance_transaction: ctx.id('txn'),
    card: input.card.id,
    cardholder: input.card.cardholder.id,
    merchant_data: purchase.merchant,
    wallet: null,
    network_data: {
      authorization_code: null,
      processing_date: new Date(when * 1000).toISOString().slice(0, 10),
      transaction_id: rng.digits(15),
    },
  });
  ctx.push(buildEvent('issuing_transaction.created', refund, { id: ctx.eventId(), created: when }));
}

/** A capture without any authorization (force capture): Stripe sends only the transaction. */
export function writeForceCapture(ctx: StoryContext, card: Stripe.Issuing.Card, at: number, foreignRate: number): void {
  const purchase = pickPurchase(ctx.rng, card.currency, foreignRate, 'ordinary');
  const txn = buildTransaction({
    id: ctx.id('ipi'),
    created: at,
    type: 'capture',
    amount: purchase.amount,
    merchant_amount: purchase.merchantAmount,
    currency: card.currency,
    merchant_currency: purchase.merchantCurrency,
    authorization: null,
    balance_transaction: ctx.id('txn'),
    card: card.id,
    cardholder: card.cardholder.id,
    merchant_data: purchase.merchant,
    wallet: null,
    network_data: {
      authorization_code: null,
      processing_date: new Date(at * 1000).toISOString().slice(0, 10),
      transaction_id: ctx.rng.digits(15),
    },
  });
  ctx.push(buildEvent('issuing_transaction.created', txn, { id: ctx.eventId(), created: at }));
}
