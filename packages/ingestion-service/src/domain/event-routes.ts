/**
 * Which Stripe event types each EventBridge-targeted function handles. serverless.yml subscribes
 * each function to exactly these types (test/unit/event-patterns.test.ts compares the two).
 */
export const EVENT_SOURCE = 'stripe';

export const CARDHOLDER_CARD_EVENT_TYPES = [
  'issuing_cardholder.created',
  'issuing_cardholder.updated',
  'issuing_card.created',
  'issuing_card.updated',
] as const;

/**
 * The request snapshot is persisted too, ranked lowest (see snapshot-key.ts): it shows a pending
 * authorization as soon as it is asked for and never overwrites a created/updated snapshot.
 */
export const AUTHORIZATION_EVENT_TYPES = [
  'issuing_authorization.request',
  'issuing_authorization.created',
  'issuing_authorization.updated',
] as const;

export const TRANSACTION_EVENT_TYPES = [
  'issuing_transaction.created',
  'issuing_transaction.updated',
] as const;

export type ProjectionName = 'cardholdersCards' | 'authorizations' | 'transactions';

/** Function key in serverless.yml → the detail-types it handles ('*' = every `stripe` event). */
export const EVENT_ROUTES = {
  recordEvent: '*',
  persistCardholdersCards: CARDHOLDER_CARD_EVENT_TYPES,
  persistAuthorizations: AUTHORIZATION_EVENT_TYPES,
  persistTransactions: TRANSACTION_EVENT_TYPES,
} as const;

export type RoutedFunctionName = keyof typeof EVENT_ROUTES;

/** The projection an event type feeds, if any. */
export function projectionOf(eventType: string): ProjectionName | undefined {
  if (CARDHOLDER_CARD_EVENT_TYPES.some((type) => type === eventType)) return 'cardholdersCards';
  if (AUTHORIZATION_EVENT_TYPES.some((type) => type === eventType)) return 'authorizations';
  if (TRANSACTION_EVENT_TYPES.some((type) => type === eventType)) return 'transactions';
  return undefined;
}
