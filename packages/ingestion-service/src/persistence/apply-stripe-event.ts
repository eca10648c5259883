/**
 * Everything one event implies, in one transaction (seeds, tests, bench): what recordEvent and
 * the projection functions do, each on its own, when the event is delivered through the bus.
 */
import type Stripe from 'stripe';
import { planProjections } from '../domain/projection-plan.js';
import { applyProjectionPlan } from './apply-projection-plan.js';
import { persistenceFailure, withTransaction, type Db } from './db.js';
import { recordEvent } from './record-event.js';

/**
 * Records the event in stripe_events (deduplicated on id) and applies every projection it
 * feeds, in one transaction. Idempotent and order-independent.
 */
export async function applyStripeEvent(db: Db, event: Stripe.Event): Promise<void> {
  const plan = planProjections(event);
  try {
    await withTransaction(db, async (client) => {
      await recordEvent(client, event);
      await applyProjectionPlan(client, plan);
    });
  } catch (error) {
    throw persistenceFailure('applying the event', event, error);
  }
}
