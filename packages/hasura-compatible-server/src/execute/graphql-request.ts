/**
 * Runs one GraphQL request for a session: plan (graphql/), one SQL statement per root field
 * (compile/), run them together (run-statements.ts), and splice the JSON text from Postgres into
 * the response so numbers keep their full precision.
 */
import { QueryCompiler } from '../compile/compile-query.js';
import { roleApiLimits } from '../graphql/api-limits.js';
import { planRequest } from '../graphql/plan-request.js';
import type { GraphQLRequestBody, PrepareDocument } from '../graphql/prepare-document.js';
import type { RoleSchema } from '../graphql/schema/build-schema.js';
import { type RunOptions, runStatements } from './run-statements.js';

export interface ExecuteOptions extends Omit<RunOptions, 'timeoutMs' | 'timeoutSource' | 'usePreparedStatements'> {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  prepareDocument: PrepareDocument;
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** Executes the request and returns the response body as JSON text. */
export async function executeGraphQL(body: GraphQLRequestBody, opts: ExecuteOptions): Promise<string> {
  const { ctx, roots } = await planRequest(body, opts.roleSchema, opts.prepareDocument);
  // Compile every root field first (errors before any SQL), then run them together.
  const compiled = roots.map((root) => {
    if ('text' in root) return { key: root.key, text: root.text, statement: null };
    const statement = new QueryCompiler({ roleSchema: opts.roleSchema, session: opts.session, stringifyNumeric: opts.stringifyNumeric, nullCollapse: opts.nullCollapse, ...ctx }).compileRoot(root.nodes);
    opts.onQuery?.(statement.sql, statement.params);
    return { key: root.key, text: null, statement };
  });
  const roleTime = roleApiLimits(opts.roleSchema.model, opts.roleSchema.role).timeSeconds;
  const byRole = roleTime !== null && roleTime * 1000 < opts.statementTimeoutMs;
  const results = await runStatements(
    compiled.flatMap((slot) => (slot.statement ? [slot.statement] : [])),
    {
      pool: opts.pool,
      statementTimeoutMs: opts.statementTimeoutMs,
      cancelBackend: opts.cancelBackend,
      signal: opts.signal,
      maxResponseBytes: opts.maxResponseBytes,
      usePreparedStatements: opts.roleSchema.model.usePreparedStatements,
      timeoutMs: byRole ? roleTime * 1000 : opts.statementTimeoutMs,
      timeoutSource: byRole ? `api_limits.time_limit of role "${opts.roleSchema.role}"` : 'HASURA_GRAPHQL_STATEMENT_TIMEOUT',
    },
  );
  let next = 0;
  const parts = compiled.map((slot) => {
    const text = slot.statement ? results[next++] : slot.text;
    return `${JSON.stringify(slot.key)}:${text ?? 'null'}`;
  });
  return `{"data":{${parts.join(',')}}}`;
}
