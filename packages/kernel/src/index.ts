export { isRecord } from './is-record.js';
export { errorMessage } from './error-message.js';
export { NamedError, ConfigError } from './named-error.js';
export { PostgresErrorCode, hasErrorCode, errorCode, isConnectionException, type ErrorWithCode } from './error-code.js';
export { isPortOpen } from './is-port-open.js';
