/**
 * Starts one operation sent over a WebSocket, whatever the protocol: compiled for the
 * connection's session with the query compiler; a query runs once, a subscription becomes a live
 * query of the hub. Errors keep Hasura's message, code and path.
 */
import { errorMessage } from '@issuing/kernel';
import type pg from 'pg';
import type { Session } from '../auth/resolve-session.js';
import { AuthError, GraphQLRequestError } from '../errors.js';
import { compileRequest, runOptionsFor } from '../execute/graphql-request.js';
import { runStatements } from '../execute/run-statements.js';
import type { HasuraEngine } from '../graphql/engine.js';
import type { GraphQLRequestBody, PrepareDocument } from '../graphql/prepare-document.js';
import type { ServerLimits } from '../limits.js';
import type { LiveQueryHub } from '../subscribe/live-query-hub.js';
import { streamBatches } from '../subscribe/stream-batches.js';

export interface OperationDeps {
  engine: HasuraEngine;
  /** The GraphQL pool (the query role, its statement timeout). */
  pool: pg.Pool;
  cancelBackend: (pid: number) => Promise<void>;
  /** The same parse/validate step, with the same bounds, as HTTP requests. */
  prepareDocument: PrepareDocument;
  limits: Pick<ServerLimits, 'maxResponseBytes' | 'statementTimeoutMs'>;
  /** Aborted when the server shuts down: running statements are cancelled. */
  shutdown: AbortSignal;
  hub: LiveQueryHub;
  /** How often a streaming subscription fetches its next batch, ms. */
  streamRefetchIntervalMs: number;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  log: (entry: Record<string, unknown>) => void;
}

export interface OperationError {
  message: string;
  code: string;
  path: string;
}

type StartedOperation =
  /** `request`: refused before any SQL ran (parse, validation, permissions); `database`: its SQL failed. */
  | { kind: 'failed'; phase: 'request' | 'database'; error: OperationError }
  /** A query's response body (JSON text). */
  | { kind: 'result'; body: string }
  /** A live query: response bodies as they change; throws GraphQLRequestError when its SQL fails. */
  | { kind: 'live'; stream: AsyncIterableIterator<string> };

/** Hasura's error fields for anything an operation threw (unexpected errors are logged and hidden). */
export function operationError(error: unknown, log: OperationDeps['log']): OperationError {
  if (error instanceof GraphQLRequestError) return { message: error.message, code: error.code, path: error.path };
  if (error instanceof AuthError) return { message: error.message, code: error.code, path: '$' };
  log({ level: 'error', msg: 'websocket operation failed', error: errorMessage(error) });
  return { message: 'internal error', code: 'unexpected', path: '$' };
}

export async function startOperation(deps: OperationDeps, session: Session, request: GraphQLRequestBody): Promise<StartedOperation> {
  let compiled;
  let run;
  try {
    const roleSchema = deps.engine.schemaFor(session.role);
    compiled = await compileRequest(
      request,
      { roleSchema, session: session.variables, stringifyNumeric: deps.stringifyNumeric, nullCollapse: deps.nullCollapse, prepareDocument: deps.prepareDocument },
      'websocket',
    );
    run = runOptionsFor(roleSchema, {
      pool: deps.pool,
      cancelBackend: deps.cancelBackend,
      statementTimeoutMs: deps.limits.statementTimeoutMs,
      maxResponseBytes: deps.limits.maxResponseBytes,
      signal: deps.shutdown,
    });
  } catch (error) {
    return { kind: 'failed', phase: 'request', error: operationError(error, deps.log) };
  }
  if (compiled.rootType === 'query_root') {
    try {
      return { kind: 'result', body: compiled.assemble(await runStatements(compiled.statements, run)) };
    } catch (error) {
      return { kind: 'failed', phase: 'database', error: operationError(error, deps.log) };
    }
  }
  if (compiled.stream) {
    const { stream } = compiled;
    return { kind: 'live', stream: streamBatches({ run, refetchIntervalMs: deps.streamRefetchIntervalMs, log: deps.log }, stream, (rows) => compiled.assemble([rows])) };
  }
  const statement = compiled.statements[0];
  if (compiled.statements.length !== 1 || !statement) {
    return { kind: 'failed', phase: 'request', error: { message: 'a subscription must select exactly one root field', code: 'validation-failed', path: '$' } };
  }
  return { kind: 'live', stream: deps.hub.subscribe(statement, (result) => compiled.assemble([result]), run) };
}
