/** @issuing/hasura-compatible-server: a Hasura v2 compatible GraphQL server over PostgreSQL. */
export { createHasuraServer, type HasuraServer, type HasuraServerOptions, SERVER_VERSION } from './server.js';
export { loadMetadataDir } from './metadata/load-metadata-dir.js';
export { checkMetadataConsistency } from './model/check-consistency.js';
export { type InconsistentObject, MetadataFormatError } from './metadata/types.js';
export { readConfig } from './config.js';
export { StartupError } from './errors.js';
