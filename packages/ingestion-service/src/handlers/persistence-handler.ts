/**
 * The shape shared by the EventBridge-targeted functions: narrow the detail to a Stripe event
 * (reading a claim check's event from stripe_events), run one persistence function, throw on
 * failure so EventBridge/Lambda retry and finally dead-letter the delivery.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import type Stripe from 'stripe';
import { isAuthenticationFailure } from '../adapters/database-url.js';
import { forgetDatabaseCredentials, getPool } from '../adapters/pg-pool.js';
import type { RoutedFunctionName } from '../domain/event-routes.js';
import { asEventDetail } from '../domain/event-detail.js';
import { eventFields, logger, type Logger } from '../logger.js';
import type { Db } from '../persistence/db.js';
import { resolveEventDetail } from '../persistence/resolve-event-detail.js';

export type StripeEnvelope = EventBridgeEvent<string, unknown>;

export type PersistFunction = (db: Db, event: Stripe.Event) => Promise<unknown>;

export interface PersistenceHandlerDependencies {
  getDb: () => Db | Promise<Db>;
  /** PostgreSQL refused the password (28P01): read the credentials again for the next try. */
  onAuthenticationFailure?: () => void;
  log: Logger;
}

export function createPersistenceHandler(
  functionName: RoutedFunctionName,
  persist: PersistFunction,
  deps: PersistenceHandlerDependencies,
): (envelope: StripeEnvelope) => Promise<void> {
  const log = deps.log.child({ function: functionName });
  return async (envelope: StripeEnvelope): Promise<void> => {
    const detail = asEventDetail(envelope.detail, 'EventBridge detail');
    const eventLog = log.child(eventFields(detail));
    try {
      const db = await deps.getDb();
      const outcome = await persist(db, await resolveEventDetail(db, detail));
      eventLog.info('event persisted', { outcome });
    } catch (error) {
      if (isAuthenticationFailure(error)) deps.onAuthenticationFailure?.();
      eventLog.error('event not persisted; throwing so the delivery is retried', { error });
      throw error;
    }
  };
}

/** Production wiring: the container's pool (the offline stage adds local dead letters, see src/offline). */
export const defaultPersistenceDependencies: PersistenceHandlerDependencies = {
  getDb: getPool,
  onAuthenticationFailure: forgetDatabaseCredentials,
  log: logger,
};
