import type Stripe from 'stripe';
import type { RoutedFunctionName } from '../domain/event-routes.js';
import {
  persistAuthorizations,
  persistCardholdersAndCards,
  persistStripeEvent,
  persistTransactions,
} from './apply-stripe-event.js';
import type { Db } from './db.js';

/** The persistence function behind each EventBridge-targeted Lambda (handlers and replay share it). */
export const PERSIST_FUNCTIONS: Record<RoutedFunctionName, (db: Db, event: Stripe.Event) => Promise<unknown>> = {
  recordEvent: persistStripeEvent,
  persistCardholdersCards: persistCardholdersAndCards,
  persistAuthorizations,
  persistTransactions,
};

export function isRoutedFunctionName(name: string): name is RoutedFunctionName {
  return Object.hasOwn(PERSIST_FUNCTIONS, name);
}
