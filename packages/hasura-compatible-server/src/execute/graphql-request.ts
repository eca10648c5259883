/**
 * Runs one GraphQL request for a session: plan (graphql/), one SQL statement per root field
 * (compile/), run them on the pool (run-statements.ts), and splice the JSON text from Postgres into
 * the response so numbers keep their full precision.
 */
import type pg from 'pg';
import { type CompiledStatement, type CompiledStream, QueryCompiler } from '../compile/compile-query.js';
import { planRequest } from '../graphql/plan-request.js';
import type { GraphQLRequestBody } from '../graphql/prepare-document.js';
import type { RoleSchema, RootTypeName } from '../graphql/schema/build-schema.js';
import { runStatements } from './run-statements.js';

export interface ExecuteOptions {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  pool: pg.Pool;
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** A response root field: JSON text known without the database, or the statement that yields it. */
type CompiledSlot = { key: string; text: string; statement: null } | { key: string; text: null; statement: CompiledStatement };

/** A request compiled to SQL: run `statements` (as many times as needed) and `assemble` their results. */
interface CompiledRequest {
  rootType: RootTypeName;
  statements: CompiledStatement[];
  /** Set for a streaming subscription (`<t>_stream`): its one statement, which also returns the next cursor. */
  stream: CompiledStream | null;
  /** The response body as JSON text, given each statement's JSON text in order. */
  assemble(results: string[]): string;
}

/** Plans and compiles a request (every error before any SQL); `websocket` admits subscriptions. */
export async function compileRequest(body: GraphQLRequestBody, opts: Omit<ExecuteOptions, 'pool'>, transport: 'http' | 'websocket' = 'http'): Promise<CompiledRequest> {
  const { ctx, roots, rootType } = await planRequest(body, opts.roleSchema, transport);
  let stream: CompiledStream | null = null;
  const slots = roots.map((root): CompiledSlot => {
    if ('text' in root) return { key: root.key, text: root.text, statement: null };
    const compiler = new QueryCompiler({ roleSchema: opts.roleSchema, session: opts.session, stringifyNumeric: opts.stringifyNumeric, nullCollapse: opts.nullCollapse, ...ctx });
    const name = root.nodes[0]?.name.value ?? '';
    const streaming = rootType === 'subscription_root' && opts.roleSchema.fieldInfo.get(rootType)?.get(name)?.kind === 'root_stream';
    const statement = streaming ? (stream = compiler.compileStream(root.nodes)) : compiler.compileRoot(root.nodes, rootType);
    opts.onQuery?.(statement.sql, statement.params);
    return { key: root.key, text: null, statement };
  });
  return {
    rootType,
    stream,
    statements: slots.flatMap((slot) => (slot.statement ? [slot.statement] : [])),
    assemble(results) {
      let next = 0;
      const parts = slots.map((slot) => {
        const text = slot.statement ? results[next++] : slot.text;
        return `${JSON.stringify(slot.key)}:${text ?? 'null'}`;
      });
      return `{"data":{${parts.join(',')}}}`;
    },
  };
}

/** Executes the request and returns the response body as JSON text. */
export async function executeGraphQL(body: GraphQLRequestBody, opts: ExecuteOptions): Promise<string> {
  const compiled = await compileRequest(body, opts);
  return compiled.assemble(await runStatements(opts.pool, compiled.statements));
}
