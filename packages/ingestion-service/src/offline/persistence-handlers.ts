/**
 * The persistence functions as the offline stage runs them: the production handlers wrapped in
 * the local dead-letter store (DEAD_LETTER_DIR), which stands in for the SQS dead-letter queues.
 * serverless.yml points the offline stage here, so no deployed bundle carries this code.
 */
import { createDeadLetterStore, type DeadLetterStore } from '../adapters/dead-letter-store.js';
import { deadLetterDirConfig } from '../config.js';
import type { RoutedFunctionName } from '../domain/event-routes.js';
import { createPersistenceHandler, defaultPersistenceDependencies, type StripeEnvelope } from '../handlers/persistence-handler.js';
import { withLocalDeadLetters } from '../handlers/with-local-dead-letters.js';
import { PERSIST_FUNCTIONS } from '../persistence/persist-functions.js';

let store: DeadLetterStore | undefined;

function localDeadLetterStore(): DeadLetterStore | undefined {
  const dir = deadLetterDirConfig();
  if (dir === undefined) return undefined;
  store ??= createDeadLetterStore(dir);
  return store;
}

function offlineHandler(name: RoutedFunctionName): (envelope: StripeEnvelope) => Promise<void> {
  const handler = createPersistenceHandler(name, PERSIST_FUNCTIONS[name], defaultPersistenceDependencies);
  return withLocalDeadLetters(name, handler, localDeadLetterStore, defaultPersistenceDependencies.log.child({ function: name }));
}

export const recordEvent = offlineHandler('recordEvent');
export const persistCardholdersCards = offlineHandler('persistCardholdersCards');
export const persistAuthorizations = offlineHandler('persistAuthorizations');
export const persistTransactions = offlineHandler('persistTransactions');
