/**
 * Offline stand-in for the SQS dead-letter queues: every failed attempt writes (or updates)
 * `<DEAD_LETTER_DIR>/<function>/<event id>.json`, a later success removes it, and the error is
 * always rethrown so the emulator still retries. After the retries are exhausted the delivery
 * is on disk, not lost; `npm run replay` re-drives it.
 */
import { randomUUID } from 'node:crypto';
import type { DeadLetterStore } from '../adapters/dead-letter-store.js';
import type { Logger } from '../logger.js';
import { isRecord } from '@issuing/kernel';

/** The Stripe event id in the envelope's detail; the envelope's own id as a fallback. */
function eventIdOf(envelope: unknown): string {
  if (isRecord(envelope)) {
    const detail = envelope.detail;
    if (isRecord(detail) && typeof detail.id === 'string' && detail.id !== '') return detail.id;
    if (typeof envelope.id === 'string' && envelope.id !== '') return envelope.id;
  }
  return `unidentified-${randomUUID()}`;
}

export function withLocalDeadLetters<E>(
  functionName: string,
  handler: (envelope: E) => Promise<void>,
  getStore: () => DeadLetterStore | undefined,
  log: Logger,
): (envelope: E) => Promise<void> {
  return async (envelope) => {
    const store = getStore();
    if (!store) return handler(envelope);
    const eventId = eventIdOf(envelope);
    try {
      await handler(envelope);
    } catch (error) {
      try {
        const letter = await store.recordFailure(functionName, eventId, envelope, error);
        log.warn('delivery kept in the local dead-letter store', { stripe_event_id: eventId, attempts: letter.attempts, dir: store.dir });
      } catch (storeError) {
        log.error('could not write the local dead letter', { stripe_event_id: eventId, error: storeError });
      }
      throw error;
    }
    await store.clear(functionName, eventId);
  };
}
