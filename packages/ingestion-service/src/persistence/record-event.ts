/** The recordEvent function: the append-only store of every Stripe event received. */
import type Stripe from 'stripe';
import { persistenceFailure, type Queryable } from './db.js';

/**
 * Appends the event to stripe_events unless its id is already there (Stripe delivers at least
 * once; the first copy is kept). True when this call stored it.
 */
export async function recordEvent(db: Queryable, event: Stripe.Event): Promise<boolean> {
  try {
    const result = await db.query(
      `INSERT INTO public.stripe_events (id, type, created, payload)
       VALUES ($1, $2, to_timestamp($3), $4::jsonb)
       ON CONFLICT (id) DO NOTHING`,
      [event.id, event.type, event.created, JSON.stringify(event)],
    );
    return (result.rowCount ?? 0) > 0;
  } catch (error) {
    throw persistenceFailure('recordEvent', event, error);
  }
}
