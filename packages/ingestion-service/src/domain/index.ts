/** Pure domain of the ingestion service: mapping, ranking, decisions, routing, verification. */
export * from './snapshot-key.js';
export type * from './rows.js';
export { fromUnixSeconds } from './stripe-values.js';
export { toCardholderRow } from './to-cardholder-row.js';
export { toCardRow } from './to-card-row.js';
export { toAuthorizationRow, declineReasonOf } from './to-authorization-row.js';
export { toTransactionRow } from './to-transaction-row.js';
export * from './projection-plan.js';
export * from './decide-authorization-request.js';
export * from './event-routes.js';
export * from './stripe-event.js';
export * from './verify-signature.js';
export * from './webhook-request.js';
