/** EventBridge target `persistTransactions` (see EVENT_ROUTES for the event types it handles). */
import { persistTransactions } from '../persistence/apply-stripe-event.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('persistTransactions', persistTransactions, defaultPersistenceDependencies);
