/**
 * Rebuilds cardholders, cards, authorizations and transactions from stripe_events, in one
 * transaction. The order of replay does not matter (the ranking makes upserts commutative);
 * users and their links are kept.
 */
import type Stripe from 'stripe';
import { planProjections } from '../domain/projection-plan.js';
import { asStripeEvent } from '../domain/stripe-event.js';
import { applyProjectionPlan } from './apply-projection-plan.js';
import { PersistenceError, withTransaction, type Db } from './db.js';

export interface RebuildOutcome {
  events: number;
  rowsWritten: number;
}

const PAGE = 500;

export async function rebuildProjections(db: Db): Promise<RebuildOutcome> {
  try {
    return await withTransaction(db, async (client) => {
      await client.query('TRUNCATE public.cardholders, public.cards, public.authorizations, public.transactions');
      const outcome: RebuildOutcome = { events: 0, rowsWritten: 0 };
      let after: { created: Date; id: string } | undefined;
      for (;;) {
        const page = await client.query<{ id: string; created: Date; payload: unknown }>(
          after
            ? `SELECT id, created, payload FROM public.stripe_events
                WHERE (created, id) > ($1, $2) ORDER BY created, id LIMIT ${PAGE}`
            : `SELECT id, created, payload FROM public.stripe_events ORDER BY created, id LIMIT ${PAGE}`,
          after ? [after.created, after.id] : [],
        );
        for (const row of page.rows) {
          const event: Stripe.Event = asStripeEvent(row.payload, `stripe_events row ${row.id}`);
          const planned = await applyProjectionPlan(client, planProjections(event));
          outcome.events += 1;
          outcome.rowsWritten += planned.written;
        }
        const last = page.rows.at(-1);
        if (!last || page.rows.length < PAGE) break;
        after = { created: last.created, id: last.id };
      }
      return outcome;
    });
  } catch (error) {
    throw new PersistenceError('rebuilding the projections from stripe_events failed', { cause: error });
  }
}
