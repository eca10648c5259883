/**
 * Runs one GraphQL request for a session: plan (graphql/), one SQL statement per root field
 * (compile/), run them on the pool (run-statements.ts), and splice the JSON text from Postgres into
 * the response so numbers keep their full precision.
 */
import type pg from 'pg';
import { QueryCompiler } from '../compile/compile-query.js';
import { planRequest } from '../graphql/plan-request.js';
import type { GraphQLRequestBody } from '../graphql/prepare-document.js';
import type { RoleSchema } from '../graphql/schema/build-schema.js';
import { runStatements } from './run-statements.js';

export interface ExecuteOptions {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  pool: pg.Pool;
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** Executes the request and returns the response body as JSON text. */
export async function executeGraphQL(body: GraphQLRequestBody, opts: ExecuteOptions): Promise<string> {
  const { ctx, roots } = await planRequest(body, opts.roleSchema);
  // Compile every root field first (errors before any SQL), then run them together.
  const compiled = roots.map((root) => {
    if ('text' in root) return { key: root.key, text: root.text, statement: null };
    const statement = new QueryCompiler({ roleSchema: opts.roleSchema, session: opts.session, stringifyNumeric: opts.stringifyNumeric, nullCollapse: opts.nullCollapse, ...ctx }).compileRoot(root.nodes);
    opts.onQuery?.(statement.sql, statement.params);
    return { key: root.key, text: null, statement };
  });
  const results = await runStatements(opts.pool, compiled.flatMap((slot) => (slot.statement ? [slot.statement] : [])));
  let next = 0;
  const parts = compiled.map((slot) => {
    const text = slot.statement ? results[next++] : slot.text;
    return `${JSON.stringify(slot.key)}:${text ?? 'null'}`;
  });
  return `{"data":{${parts.join(',')}}}`;
}
