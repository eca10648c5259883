import type Stripe from 'stripe';
import type { RoutedFunctionName } from '../domain/event-routes.js';
import type { Db } from './db.js';
import { persistAuthorizations, persistCardholdersCards, persistTransactions } from './persist-projections.js';
import { recordEvent } from './record-event.js';

/**
 * The persistence function behind each EventBridge-targeted Lambda, under the Lambda's own name
 * (handlers and replay share it).
 */
export const PERSIST_FUNCTIONS: Record<RoutedFunctionName, (db: Db, event: Stripe.Event) => Promise<unknown>> = {
  recordEvent,
  persistCardholdersCards,
  persistAuthorizations,
  persistTransactions,
};

export function isRoutedFunctionName(name: string): name is RoutedFunctionName {
  return Object.hasOwn(PERSIST_FUNCTIONS, name);
}
