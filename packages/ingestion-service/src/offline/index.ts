/** The `./offline` export: run the service under serverless offline. */
export { DEFAULT_DEAD_LETTER_DIR, SERVICE_DIR } from './paths.js';
export { startOffline, OfflineStartError, type StartOfflineOptions, type OfflineService } from './start-offline.js';
