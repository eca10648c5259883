/**
 * The shape shared by the EventBridge-targeted functions: narrow the detail to a Stripe event
 * (reading a claim check's event from stripe_events), run one persistence function, throw on
 * failure so EventBridge/Lambda retry and finally dead-letter the delivery.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import type Stripe from 'stripe';
import { createDeadLetterStore, type DeadLetterStore } from '../adapters/dead-letter-store.js';
import { getPool } from '../adapters/pg-pool.js';
import { deadLetterDirConfig } from '../config.js';
import type { RoutedFunctionName } from '../domain/event-routes.js';
import { asEventDetail } from '../domain/event-detail.js';
import { eventFields, logger, type Logger } from '../logger.js';
import type { Db } from '../persistence/db.js';
import { resolveEventDetail } from '../persistence/resolve-event-detail.js';
import { withLocalDeadLetters } from './with-local-dead-letters.js';

export type StripeEnvelope = EventBridgeEvent<string, unknown>;

export type PersistFunction = (db: Db, event: Stripe.Event) => Promise<unknown>;

export interface PersistenceHandlerDependencies {
  getDb: () => Db | Promise<Db>;
  /** Local dead-letter store (offline stage); undefined where SQS queues do the job. */
  getDeadLetterStore: () => DeadLetterStore | undefined;
  log: Logger;
}

export function createPersistenceHandler(
  functionName: RoutedFunctionName,
  persist: PersistFunction,
  deps: PersistenceHandlerDependencies,
): (envelope: StripeEnvelope) => Promise<void> {
  const log = deps.log.child({ function: functionName });
  const run = async (envelope: StripeEnvelope): Promise<void> => {
    const detail = asEventDetail(envelope.detail, 'EventBridge detail');
    const eventLog = log.child(eventFields(detail));
    try {
      const db = await deps.getDb();
      const outcome = await persist(db, await resolveEventDetail(db, detail));
      eventLog.info('event persisted', { outcome });
    } catch (error) {
      eventLog.error('event not persisted; throwing so the delivery is retried', { error });
      throw error;
    }
  };
  return withLocalDeadLetters(functionName, run, deps.getDeadLetterStore, log);
}

let store: DeadLetterStore | undefined;

function defaultDeadLetterStore(): DeadLetterStore | undefined {
  const dir = deadLetterDirConfig();
  if (dir === undefined) return undefined;
  store ??= createDeadLetterStore(dir);
  return store;
}

/** Production wiring: the container's pool and, offline, the local dead-letter store. */
export const defaultPersistenceDependencies: PersistenceHandlerDependencies = {
  getDb: getPool,
  getDeadLetterStore: defaultDeadLetterStore,
  log: logger,
};
