/** EventBridge target `recordEvent` (see EVENT_ROUTES for the event types it handles). */
import { persistStripeEvent } from '../persistence/apply-stripe-event.js';
import { createPersistenceHandler, defaultPersistenceDependencies } from './persistence-handler.js';

export const handler = createPersistenceHandler('recordEvent', persistStripeEvent, defaultPersistenceDependencies);
