/** EventBridge target `recordEvent` (see EVENT_ROUTES for the event types it handles). */
import { PERSIST_FUNCTIONS } from '../persistence/persist-functions.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('recordEvent', PERSIST_FUNCTIONS.recordEvent, defaultPersistenceDependencies);
