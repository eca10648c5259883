/** Persistence of Stripe events into PostgreSQL (the `./persistence` export). */
export { applyStripeEvent } from './apply-stripe-event.js';
export { recordEvent } from './record-event.js';
export {
  persistCardholdersCards,
  persistAuthorizations,
  persistTransactions,
  UnroutedEventError,
} from './persist-projections.js';
export { applyProjectionPlan, type PlanOutcome } from './apply-projection-plan.js';
export { rebuildProjections, type RebuildOutcome } from './rebuild-projections.js';
export { linkUserToCardholder, type LinkOutcome } from './link-user.js';
export { upsertCardholder } from './upsert-cardholder.js';
export { upsertCard } from './upsert-card.js';
export { upsertAuthorization } from './upsert-authorization.js';
export { upsertTransaction } from './upsert-transaction.js';
export { PERSIST_FUNCTIONS, isRoutedFunctionName } from './persist-functions.js';
export { PersistenceError, withTransaction, type Db, type Queryable } from './db.js';
