export * from './two-cardholders.js';
export * from './database.js';
export * from './read-model.js';
export * from './operations.js';
export * from './tokens.js';
export * from './graphql-client.js';
export * from './bulk-data.js';
export * from './process-output.js';
