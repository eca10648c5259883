/** EventBridge target `persistAuthorizations` (see EVENT_ROUTES for the event types it handles). */
import { persistAuthorizations } from '../persistence/apply-stripe-event.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('persistAuthorizations', persistAuthorizations, defaultPersistenceDependencies);
