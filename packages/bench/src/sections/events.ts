/** Deterministic Stripe Issuing traffic for the benchmarks, from the shared story generator. */
import { generateCardStories, type IssuingEvent } from '@issuing/stripe-fixtures';

/**
 * At least `minimum` events of realistic card programs in canonical order. The window ends
 * now, so signatures and snapshots look current.
 */
export function benchEvents(seed: string, minimum: number): IssuingEvent[] {
  const end = Math.floor(Date.now() / 1000);
  const start = end - 90 * 24 * 3600;
  // Roughly 3.2 events per authorization with this generator's mix; over-generate, then cut
  // whole stories off at the end (events are in causal order, so a prefix stays consistent).
  let cardholders = Math.max(1, Math.ceil(minimum / 150));
  for (;;) {
    const { events } = generateCardStories({ seed, cardholders, cardsPerCardholder: 2, authorizationsPerCard: 20, start, end });
    if (events.length >= minimum) return events;
    cardholders *= 2;
  }
}
