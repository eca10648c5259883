/** EventBridge target `persistAuthorizations` (see EVENT_ROUTES for the event types it handles). */
import { PERSIST_FUNCTIONS } from '../persistence/persist-functions.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('persistAuthorizations', PERSIST_FUNCTIONS.persistAuthorizations, defaultPersistenceDependencies);
