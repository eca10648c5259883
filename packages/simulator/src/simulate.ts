import { generateCardStories, planDeliveries, type Delivery, type IssuingEvent } from '@issuing/stripe-fixtures';
import { postEvent } from './post-event.js';
import type { SimulateOptions } from './options.js';
import type { SimulationSummary } from './summary.js';

const DAY = 86400;

export interface SimulateHooks {
  /** Called after every answer with the running totals. */
  onProgress?: (progress: { done: number; total: number; summary: SimulationSummary }) => void;
  /** Reference time (ms); the stories end just before it. */
  now?: () => number;
}

/**
 * Generates card stories and delivers them to the webhook like Stripe would: signed, some
 * twice, a little out of order, several at once. Resolves with what was sent and answered;
 * rejects with SimulatorConnectionError when the webhook cannot be reached.
 */
export async function simulate(options: SimulateOptions, hooks: SimulateHooks = {}): Promise<SimulationSummary> {
  const now = hooks.now?.() ?? Date.now();
  const end = Math.floor(now / 1000) - 60;
  const { events } = generateCardStories({
    seed: options.seed,
    cardholders: options.stories,
    cardsPerCardholder: 2,
    authorizationsPerCard: options.authorizationsPerCard,
    start: end - 30 * DAY,
    end,
  });
  const deliveries = planDeliveries(events, { seed: options.seed, duplicateRate: options.duplicates, reorder: 'local' });

  const started = Date.now();
  const summary: SimulationSummary = {
    url: options.url,
    seed: options.seed,
    stories: options.stories,
    events: events.length,
    sent: 0,
    duplicates: 0,
    accepted: 0,
    rejected: 0,
    approved: 0,
    declined: 0,
    unanswered: 0,
    statuses: {},
    durationMs: 0,
    eventsPerSecond: 0,
  };

  let next = 0;
  let failure: { error: unknown } | undefined;
  const deliver = async (delivery: Delivery<IssuingEvent>): Promise<void> => {
    const result = await postEvent(options.url, delivery.event, options.secret, options.timeoutMs);
    summary.sent += 1;
    if (delivery.attempt > 1) summary.duplicates += 1;
    summary.statuses[String(result.status)] = (summary.statuses[String(result.status)] ?? 0) + 1;
    if (result.status >= 200 && result.status < 300) summary.accepted += 1;
    else summary.rejected += 1;
    if (delivery.event.type === 'issuing_authorization.request' && result.status >= 200 && result.status < 300) {
      if (result.approved === true) summary.approved += 1;
      else if (result.approved === false) summary.declined += 1;
      else summary.unanswered += 1;
    }
    summary.durationMs = Date.now() - started;
    hooks.onProgress?.({ done: summary.sent, total: deliveries.length, summary });
  };
  const worker = async (): Promise<void> => {
    while (failure === undefined) {
      const delivery = deliveries[next++];
      if (delivery === undefined) return;
      try {
        await deliver(delivery);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, Math.max(1, deliveries.length)) }, worker));
  if (failure !== undefined) throw failure.error;

  summary.durationMs = Date.now() - started;
  summary.eventsPerSecond = summary.durationMs > 0 ? (summary.sent * 1000) / summary.durationMs : summary.sent;
  return summary;
}
