/** POST /v1/graphql: always HTTP 200 with `{"data":…}` or `{"errors":[…]}`; batched array bodies. */
import { PostgresErrorCode, errorCode, errorMessage, isConnectionException, isRecord } from '@issuing/kernel';
import type pg from 'pg';
import { type AuthConfig, type Headers, resolveSession } from '../auth/resolve-session.js';
import { AuthError, GraphQLRequestError } from '../errors.js';
import { executeGraphQL } from '../execute/graphql-request.js';
import { roleApiLimits } from '../graphql/api-limits.js';
import type { HasuraEngine } from '../graphql/engine.js';
import type { PrepareDocument } from '../graphql/prepare-document.js';
import { graphqlErrorBody as errorBody } from '../http/respond.js';
import type { ServerLimits } from '../limits.js';

export interface GraphQLEndpointDeps {
  engine: HasuraEngine;
  pool: pg.Pool;
  cancelBackend: (pid: number) => Promise<void>;
  auth: AuthConfig;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  prepareDocument: PrepareDocument;
  limits: Pick<ServerLimits, 'maxBatchSize' | 'maxResponseBytes' | 'statementTimeoutMs'>;
  log: (entry: Record<string, unknown>) => void;
}

async function runOne(deps: GraphQLEndpointDeps, body: unknown, headers: Headers, maxResponseBytes: number, signal: AbortSignal | undefined): Promise<string> {
  try {
    if (!isRecord(body)) return errorBody('expected an object for a GraphQL request', 'parse-failed');
    const extensions = body.extensions;
    if (isRecord(extensions) && extensions.persistedQuery !== undefined && extensions.persistedQuery !== null) {
      return errorBody('Automatic Persisted Queries is not enabled', 'not-supported');
    }
    if (typeof body.query !== 'string') return errorBody('key "query" not found', 'parse-failed');
    const variables = body.variables;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return errorBody('"variables" must be an object', 'parse-failed', '$.variables');
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    const session = await resolveSession(headers, deps.auth);
    return await executeGraphQL(
      { query: body.query, variables: variables ?? null, operationName },
      {
        roleSchema: deps.engine.schemaFor(session.role),
        session: session.variables,
        stringifyNumeric: deps.stringifyNumeric,
        nullCollapse: deps.nullCollapse,
        pool: deps.pool,
        cancelBackend: deps.cancelBackend,
        prepareDocument: deps.prepareDocument,
        statementTimeoutMs: deps.limits.statementTimeoutMs,
        maxResponseBytes,
        signal,
      },
    );
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      if (error.code === 'unexpected' || error.code === 'data-exception') deps.log({ level: 'warn', msg: 'graphql query failed', code: error.code, error: errorMessage(error.cause ?? error) });
      return errorBody(error.message, error.code, error.path);
    }
    if (error instanceof AuthError) return errorBody(error.message, error.code);
    deps.log({ level: 'error', msg: 'graphql request failed', error: errorMessage(error) });
    const code = errorCode(error) ?? '';
    if (code === 'ECONNREFUSED' || isConnectionException(code) || code === PostgresErrorCode.adminShutdown) {
      return errorBody('connection error: the database is not reachable', 'postgres-error');
    }
    return errorBody('internal error', 'unexpected');
  }
}

/** The batch size limit of the request's role: the server's cap, lowered by api_limits.batch_limit. */
async function batchLimit(deps: GraphQLEndpointDeps, headers: Headers): Promise<{ limit: number; source: string }> {
  const server = { limit: deps.limits.maxBatchSize, source: 'HASURA_GRAPHQL_MAX_BATCH_SIZE' };
  let role: string;
  let byRole: number | null;
  try {
    role = (await resolveSession(headers, deps.auth)).role;
    byRole = roleApiLimits(deps.engine.schemaFor(role).model, role).batch;
  } catch {
    return server; // each operation reports the session or schema error itself
  }
  return byRole !== null && byRole < server.limit ? { limit: byRole, source: `api_limits.batch_limit of role "${role}"` } : server;
}

/**
 * Handles a parsed request body (single or batched) and returns the JSON text to send.
 * `signal` aborts when the client disconnects.
 */
export async function handleGraphQL(deps: GraphQLEndpointDeps, body: unknown, headers: Headers, signal?: AbortSignal): Promise<string> {
  if (!Array.isArray(body)) return runOne(deps, body, headers, deps.limits.maxResponseBytes, signal);
  const { limit, source } = await batchLimit(deps, headers);
  if (body.length > limit) {
    return errorBody(`the batch has ${body.length} operations, over the batch limit of ${limit} (${source})`, 'batch-limit-exceeded');
  }
  const parts: string[] = [];
  let budget = deps.limits.maxResponseBytes;
  for (const item of body) {
    const part = await runOne(deps, item, headers, Math.max(0, budget), signal);
    budget -= Buffer.byteLength(part);
    parts.push(part);
  }
  return `[${parts.join(',')}]`;
}
