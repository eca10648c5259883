/**
 * Deterministic Stripe Issuing fixtures shaped like API 2026-10-28.endive: object builders,
 * events, a seeded PRNG, card stories, delivery plans and webhook signatures.
 */
export { API_VERSION } from './constants.js';
export { FixtureError } from './fixture-error.js';
export { createRng, type Rng } from './rng.js';
export { stripeId } from './ids.js';
export { buildCardholder, emptyCardholderSpendingControls } from './builders/build-cardholder.js';
export { buildCard, cardSpendingControls } from './builders/build-card.js';
export { buildMerchantData, type MerchantData } from './builders/build-merchant-data.js';
export { buildAuthorization, buildPendingRequest, buildRequestHistoryEntry } from './builders/build-authorization.js';
export { buildTransaction, signedAmount } from './builders/build-transaction.js';
export {
  buildEvent,
  type AuthorizationEventType,
  type CardEventType,
  type CardholderEventType,
  type EventOptions,
  type IssuingEvent,
  type IssuingEventType,
  type IssuingObject,
  type TransactionEventType,
} from './builders/build-event.js';
export { planDeliveries, type Delivery, type PlanDeliveriesOptions, type ReorderMode } from './delivery/plan-deliveries.js';
export { signedHeader } from './delivery/signed-header.js';

// Short names, as the team contract spells them.
export { buildCardholder as cardholder } from './builders/build-cardholder.js';
export { buildCard as card } from './builders/build-card.js';
export { buildAuthorization as authorization } from './builders/build-authorization.js';
export { buildTransaction as transaction } from './builders/build-transaction.js';
export { buildEvent as event } from './builders/build-event.js';
export { generateCardStories, type CardStories } from './story/generate-card-stories.js';
export {
  DEFAULT_SCENARIO_WEIGHTS,
  type CardholderProfile,
  type CardStoriesOptions,
  type ScenarioWeights,
} from './story/story-options.js';
export { MERCHANT_CATEGORIES, BLOCKED_CATEGORIES, type MerchantCategory } from './story/merchant-catalogue.js';
