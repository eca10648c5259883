import type Stripe from 'stripe';
import { FixtureError } from '../fixture-error.js';
import { createRng } from '../rng.js';

export type ReorderMode = 'none' | 'shuffle' | 'local';

export interface PlanDeliveriesOptions {
  seed: string | number;
  /** Probability that an event is delivered a second time (0–1). */
  duplicateRate?: number;
  /** `none`: canonical order; `shuffle`: any order; `local`: each event moves a few places. */
  reorder?: ReorderMode;
  /** How far `local` may move an event (default 8 places). */
  window?: number;
}

export interface Delivery<E extends Stripe.Event = Stripe.Event> {
  event: E;
  /** 1 for the first delivery of this event id, 2 for a redelivery. */
  attempt: number;
}

/**
 * Plans how Stripe might deliver `events`: at least once each, some twice, in an order that
 * is not guaranteed. A redelivery is the same event (same id) with a different
 * `pending_webhooks`, as Stripe's retries are; it always comes after the first attempt.
 */
export function planDeliveries<E extends Stripe.Event>(events: readonly E[], options: PlanDeliveriesOptions): Delivery<E>[] {
  const duplicateRate = options.duplicateRate ?? 0;
  const reorder = options.reorder ?? 'none';
  const window = options.window ?? 8;
  if (!(duplicateRate >= 0 && duplicateRate <= 1)) {
    throw new FixtureError(`duplicateRate must be between 0 and 1, got ${duplicateRate}`);
  }
  if (!Number.isInteger(window) || window < 1) throw new FixtureError(`window must be a positive integer, got ${window}`);
  const rng = createRng(`deliveries/${String(options.seed)}`);

  const first: Delivery<E>[] = events.map((event) => ({ event, attempt: 1 }));
  let ordered: Delivery<E>[];
  switch (reorder) {
    case 'none':
      ordered = first;
      break;
    case 'shuffle':
      ordered = rng.shuffle(first);
      break;
    case 'local':
      ordered = first
        .map((delivery, index) => ({ delivery, key: index + rng.next() * window }))
        .sort((a, b) => a.key - b.key)
        .map(({ delivery }) => delivery);
      break;
    default:
      throw new FixtureError(`unknown reorder mode ${String(reorder)}`);
  }

  // A redelivery lands 1..window places after its first attempt (half a place later, so it
  // never ties with an original): Stripe retries after the first try, not before.
  const slots: { at: number; delivery: Delivery<E> }[] = ordered.map((delivery, index) => ({ at: index, delivery }));
  ordered.forEach((delivery, index) => {
    if (!rng.chance(duplicateRate)) return;
    const event: E = { ...delivery.event, pending_webhooks: delivery.event.pending_webhooks + 1 };
    slots.push({ at: index + rng.int(1, window) - 0.5, delivery: { event, attempt: 2 } });
  });
  return slots.sort((a, b) => a.at - b.at).map(({ delivery }) => delivery);
}
