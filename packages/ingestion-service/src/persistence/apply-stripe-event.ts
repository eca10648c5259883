/**
 * Entry points of the persistence layer. `applyStripeEvent` does everything one event implies
 * (seeds, replay, bench); the per-projection functions are what each EventBridge-targeted
 * function runs, so the deployed functions and the one-shot path share the same code.
 */
import type Stripe from 'stripe';
import { EVENT_ROUTES, type RoutedFunctionName } from '../domain/event-routes.js';
import { planProjections, type ProjectionPlan } from '../domain/projection-plan.js';
import { applyProjectionPlan, type PlanOutcome } from './apply-projection-plan.js';
import { PersistenceError, withTransaction, type Db } from './db.js';
import { recordStripeEvent } from './record-stripe-event.js';

/** A function received an event type it is not subscribed to: serverless.yml and code drifted. */
export class UnroutedEventError extends Error {
  constructor(readonly functionName: string, readonly eventType: string) {
    super(`${functionName} does not handle ${eventType}; its EventBridge rule must not deliver it`);
    this.name = 'UnroutedEventError';
  }
}

function wrap(what: string, event: Stripe.Event, error: unknown): Error {
  if (error instanceof PersistenceError || error instanceof UnroutedEventError) return error;
  return new PersistenceError(`${what} failed for ${event.type} ${event.id}`, { cause: error });
}

/**
 * Records the event in stripe_events (deduplicated on id) and applies every projection it
 * feeds, in one transaction. Idempotent and order-independent.
 */
export async function applyStripeEvent(db: Db, event: Stripe.Event): Promise<void> {
  const plan = planProjections(event);
  try {
    await withTransaction(db, async (client) => {
      await recordStripeEvent(client, event);
      await applyProjectionPlan(client, plan);
    });
  } catch (error) {
    throw wrap('applying the event', event, error);
  }
}

/** The recordEvent function: append to stripe_events, deduplicated on the event id. */
export async function persistStripeEvent(db: Db, event: Stripe.Event): Promise<boolean> {
  try {
    return await recordStripeEvent(db, event);
  } catch (error) {
    throw wrap('recording the event', event, error);
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
  pick: (plan: ProjectionPlan) => ProjectionPlan,
): Promise<PlanOutcome> {
  assertRouted(functionName, event);
  const plan = pick(planProjections(event));
  // A cardholder row is followed by the user link: two statements. One statement is atomic on
  // its own (its triggers included), so it skips BEGIN/COMMIT: two round trips fewer.
  const statements = plan.cardholders.length * 2 + plan.cards.length + plan.authorizations.length + plan.transactions.length;
  try {
    if (statements <= 1) return await applyProjectionPlan(db, plan);
    return await withTransaction(db, (client) => applyProjectionPlan(client, plan));
  } catch (error) {
    throw wrap(`${functionName}`, event, error);
  }
}

/** The persistCardholdersCards function: a cardholder, or a card plus its embedded cardholder. */
export function persistCardholdersAndCards(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistCardholdersCards', event, (plan) => ({
    ...plan, authorizations: [], transactions: [],
  }));
}

/** The persistAuthorizations function: request, created and updated snapshots, ranked. */
export function persistAuthorizations(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistAuthorizations', event, (plan) => ({
    cardholders: [], cards: [], authorizations: plan.authorizations, transactions: [],
  }));
}

/** The persistTransactions function. */
export function persistTransactions(db: Db, event: Stripe.Event): Promise<PlanOutcome> {
  return persistPlan(db, 'persistTransactions', event, (plan) => ({
    cardholders: [], cards: [], authorizations: [], transactions: plan.transactions,
  }));
}
