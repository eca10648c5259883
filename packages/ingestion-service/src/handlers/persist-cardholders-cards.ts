/** EventBridge target `persistCardholdersCards` (see EVENT_ROUTES for the event types it handles). */
import { persistCardholdersAndCards } from '../persistence/apply-stripe-event.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('persistCardholdersCards', persistCardholdersAndCards, defaultPersistenceDependencies);
