/** Deterministic demo data, applied through the ingestion pipeline's own persistence. */
export { seedDemoData, type SeedSummary } from './seed-demo-data.js';
export { generateDemoEvents, DEMO_SEED, DEMO_WINDOW } from './demo-events.js';
export { DEMO_USERS, type DemoUser } from './demo-users.js';
export { SeedError } from './seed-error.js';
