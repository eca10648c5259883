/** Turns an EventBridge detail back into the Stripe event: a claim check is read from stripe_events. */
import type Stripe from 'stripe';
import { isClaimCheck, type EventDetail } from '../domain/event-detail.js';
import { asStripeEvent } from '../domain/stripe-event.js';
import { PersistenceError, type Queryable } from './db.js';

/** The event a claim check names is not (yet) in stripe_events; the delivery is retried. */
class ClaimedEventMissingError extends PersistenceError {
  constructor(readonly eventId: string) {
    super(`claim check for ${eventId}: the event is not in stripe_events`);
    this.name = 'ClaimedEventMissingError';
  }
}

export async function resolveEventDetail(db: Queryable, detail: EventDetail): Promise<Stripe.Event> {
  if (!isClaimCheck(detail)) return detail;
  let rows: { payload: unknown }[];
  try {
    rows = (await db.query<{ payload: unknown }>('SELECT payload FROM public.stripe_events WHERE id = $1', [detail.id])).rows;
  } catch (cause) {
    throw new PersistenceError(`reading the claimed event ${detail.id} failed`, { cause });
  }
  const row = rows[0];
  if (!row) throw new ClaimedEventMissingError(detail.id);
  return asStripeEvent(row.payload, `stripe_events row ${detail.id}`);
}
