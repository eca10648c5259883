/**
 * The persistence functions of the projection Lambdas. Each plans only its own projection and
 * writes it; the routing table says which event types each one receives.
 */
import type Stripe from 'stripe';
import { EVENT_ROUTES, type RoutedFunctionName } from '../domain/event-routes.js';
import { planAuthorizations, planCardholdersCards, planTransactions, type ProjectionPlan } from '../domain/projection-plan.js';
import { applyProjectionPlan, type PlanOutcome } from './apply-projection-plan.js';
import { persistenceFailure, withTransaction, type Db } from './db.js';

/** A function received an event type it is not subscribed to: serverless.yml and code drifted. */
export class UnroutedEventError extends Error {
  constructor(readonly functionName: string, readonly eventType: string) {
    super(`${functionName} does not handle ${eventType}; its EventBridge rule must not deliver it`);
    this.name = 'UnroutedEventError';
  }
}

function assertRouted(functionName: RoutedFunctionName, event: Stripe.Event): void {
  const route = EVENT_ROUTES[functionName];
  if (route === '*') return;
  if (!route.some((type) => type === event.type)) throw new UnroutedEventError(functionName, event.type);
}

async function persistPlan(
  db: Db,
  functionName: RoutedFunctionName,
  event: Stripe.Event,
  plan: (event: Stripe.Event) => Partial<ProjectionPlan>,
): Promise<PlanOutcome> {
  assertRouted(functionName, event);
  const rows = plan(event);
  // A cardholder row is followed by the user link: two statements. One statement is atomic on
  // its own (its triggers included), so it skips BEGIN/COMMIT: two round trips fewer.
  const statements =
    (rows.cardholders?.length ?? 0) * 2 + (rows.cards?.length ?? 0) + (rows.authorizations?.length ?? 0) + (rows.transactions?.length ?? 0);
  try {
    if (statements <= 1) return await applyProjectionPlan(db, rows);
    return await withTransaction(db, (client) => applyProjectionPlan(client, rows));
  } catch (error) {
    throw persistenceFailure(functionName, event, error);
  }
}

/** The persistCardholdersCards function: a cardholder, or a card plus its embedded cardholder. */
export function persistCardholdersCards(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistCardholdersCards', event, planCardholdersCards);
}

/** The persistAuthorizations function: request, created and updated snapshots, ranked. */
export function persistAuthorizations(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistAuthorizations', event, (routed) => ({ authorizations: planAuthorizations(routed) }));
}

/** The persistTransactions function. */
export function persistTransactions(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistTransactions', event, (routed) => ({ transactions: planTransactions(routed) }));
}
