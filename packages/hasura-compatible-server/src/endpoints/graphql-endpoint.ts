/** POST /v1/graphql: always HTTP 200 with `{"data":…}` or `{"errors":[…]}`; batched array bodies. */
import type pg from 'pg';
import { type AuthConfig, type Headers, resolveSession } from '../auth/resolve-session.js';
import { AuthError, GraphQLRequestError } from '../errors.js';
import type { HasuraEngine } from '../graphql/engine.js';
import { executeGraphQL } from '../execute/graphql-request.js';
import { graphqlErrorBody as errorBody } from '../http/respond.js';

export interface GraphQLEndpointDeps {
  engine: HasuraEngine;
  pool: pg.Pool;
  auth: AuthConfig;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  log: (entry: Record<string, unknown>) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

async function runOne(deps: GraphQLEndpointDeps, body: unknown, headers: Headers): Promise<string> {
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
      },
    );
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      if (error.code === 'unexpected' || error.code === 'data-exception') deps.log({ level: 'warn', msg: 'graphql query failed', code: error.code, error: String(error.cause ?? error.message) });
      return errorBody(error.message, error.code, error.path);
    }
    if (error instanceof AuthError) return errorBody(error.message, error.code);
    deps.log({ level: 'error', msg: 'graphql request failed', error: error instanceof Error ? error.message : String(error) });
    const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
    if (code === 'ECONNREFUSED' || code.startsWith('08') || code === '57P01') {
      return errorBody('connection error: the database is not reachable', 'postgres-error');
    }
    return errorBody('internal error', 'unexpected');
  }
}

/** Handles a parsed request body (single or batched) and returns the JSON text to send. */
export async function handleGraphQL(deps: GraphQLEndpointDeps, body: unknown, headers: Headers): Promise<string> {
  if (Array.isArray(body)) {
    const parts: string[] = [];
    for (const item of body) parts.push(await runOne(deps, item, headers));
    return `[${parts.join(',')}]`;
  }
  return runOne(deps, body, headers);
}
