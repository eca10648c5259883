/** Realistic, signed Stripe Issuing webhook traffic (`npm run simulate`; reused by the bench). */
export { simulate, type SimulateHooks } from './simulate.js';
export { type SimulationSummary, formatSummary } from './summary.js';
export { DEFAULT_WEBHOOK_URL, parseCliOptions, type SimulateOptions } from './options.js';
export { postEvent, type PostResult } from './post-event.js';
export { SimulatorConnectionError, SimulatorUsageError } from './errors.js';
