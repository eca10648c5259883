/**
 * Re-drives the local dead letters (offline stage) through the same persistence functions the
 * Lambdas run, against a live database. A letter is deleted only after its function succeeded;
 * one that fails again stays on disk for the next run. A file that is not a readable dead letter
 * is reported and left alone; the others are re-driven all the same.
 */
import type { DeadLetterStore } from '../adapters/dead-letter-store.js';
import { asEventDetail } from '../domain/event-detail.js';
import type { Logger } from '../logger.js';
import type { Db } from '../persistence/db.js';
import { isRoutedFunctionName, PERSIST_FUNCTIONS } from '../persistence/persist-functions.js';
import { resolveEventDetail } from '../persistence/resolve-event-detail.js';

export interface ReplayOutcome {
  replayed: number;
  failed: number;
  /** Files in the dead-letter folder that could not be read as a dead letter (kept). */
  unreadable: { file: string; reason: string }[];
}

function detailOf(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'detail' in envelope) return envelope.detail;
  return undefined;
}

export async function replayDeadLetters(store: DeadLetterStore, db: Db, log: Logger): Promise<ReplayOutcome> {
  const { letters, unreadable } = await store.list();
  const outcome: ReplayOutcome = { replayed: 0, failed: 0, unreadable };
  for (const { file, reason } of unreadable) log.error('dead letter unreadable; skipped and kept', { file, reason });
  for (const { file, letter } of letters) {
    const fields = { file, function: letter.functionName, stripe_event_id: letter.eventId };
    try {
      if (!isRoutedFunctionName(letter.functionName)) {
        throw new Error(`unknown function ${letter.functionName}`);
      }
      const detail = asEventDetail(detailOf(letter.envelope), `dead letter ${file}`);
      await PERSIST_FUNCTIONS[letter.functionName](db, await resolveEventDetail(db, detail));
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
