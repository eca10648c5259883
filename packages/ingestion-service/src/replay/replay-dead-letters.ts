/**
 * Re-drives the local dead letters (offline stage) through the same persistence functions the
 * Lambdas run, against a live database. A letter is deleted only after its function succeeded;
 * one that fails again stays on disk for the next run.
 */
import type { DeadLetterStore } from '../adapters/dead-letter-store.js';
import { asStripeEvent } from '../domain/stripe-event.js';
import type { Logger } from '../logger.js';
import type { Db } from '../persistence/db.js';
import { isRoutedFunctionName, PERSIST_FUNCTIONS } from '../persistence/persist-functions.js';

export interface ReplayOutcome {
  replayed: number;
  failed: number;
}

function detailOf(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'detail' in envelope) return envelope.detail;
  return undefined;
}

export async function replayDeadLetters(store: DeadLetterStore, db: Db, log: Logger): Promise<ReplayOutcome> {
  const outcome: ReplayOutcome = { replayed: 0, failed: 0 };
  for (const { file, letter } of await store.list()) {
    const fields = { file, function: letter.functionName, stripe_event_id: letter.eventId };
    try {
      if (!isRoutedFunctionName(letter.functionName)) {
        throw new Error(`unknown function ${letter.functionName}`);
      }
      const event = asStripeEvent(detailOf(letter.envelope), `dead letter ${file}`);
      await PERSIST_FUNCTIONS[letter.functionName](db, event);
      await store.remove(file);
      outcome.replayed += 1;
      log.info('dead letter replayed', fields);
    } catch (error) {
      outcome.failed += 1;
      log.error('dead letter failed again; kept', { ...fields, error });
    }
  }
  return outcome;
}
