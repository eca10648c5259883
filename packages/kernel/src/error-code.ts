/**
 * Error codes carried by thrown values: PostgreSQL's SQLSTATE (node-postgres puts it on
 * `error.code`) and Node's system errors (`ECONNREFUSED`, ...).
 */

/** The SQLSTATE codes this project reacts to (PostgreSQL manual, Appendix A). */
export const PostgresErrorCode = {
  invalidPassword: '28P01',
  invalidCatalogName: '3D000',
  invalidEscapeSequence: '22025',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  datatypeMismatch: '42804',
  undefinedTable: '42P01',
  undefinedFunction: '42883',
  queryCanceled: '57014',
  adminShutdown: '57P01',
} as const;

/** A thrown value with a string `code`: a node-postgres error or a Node system error. */
export interface ErrorWithCode {
  readonly code: string;
}

/** Narrows a thrown value to one that carries a string `code`. */
export function hasErrorCode(error: unknown): error is ErrorWithCode {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/**
 * The first `code` along the error and its `cause` chain (wrappers such as a pool or a client
 * error keep the original in `cause`), looking into an AggregateError's errors (a connection
 * attempt to every address of a host), or undefined when none carries one.
 */
export function errorCode(error: unknown): string | undefined {
  return findCode(error, new Set());
}

function findCode(error: unknown, seen: Set<unknown>): string | undefined {
  for (let current: unknown = error; current !== undefined && current !== null && !seen.has(current); ) {
    seen.add(current);
    if (hasErrorCode(current)) return current.code;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const code = findCode(inner, seen);
        if (code !== undefined) return code;
      }
    }
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}

/** SQLSTATE class 08, Connection Exception: the server could not be reached or dropped the connection. */
export function isConnectionException(code: string): boolean {
  return code.startsWith('08');
}
