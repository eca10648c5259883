export * from './two-cardholders.js';
export * from './database.js';
export * from './read-model.js';
