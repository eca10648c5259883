/**
 * Runs one GraphQL request for a session: plan (graphql/), one SQL statement per root field
 * (compile/), run them together (run-statements.ts), and splice the JSON text from Postgres into
 * the response so numbers keep their full precision.
 */
import { type CompiledStatement, type CompiledStream, QueryCompiler } from '../compile/compile-query.js';
import { roleApiLimits } from '../graphql/api-limits.js';
import { planRequest } from '../graphql/plan-request.js';
import type { GraphQLRequestBody, PrepareDocument } from '../graphql/prepare-document.js';
import type { RoleSchema, RootTypeName } from '../graphql/schema/build-schema.js';
import { type RunOptions, runStatements } from './run-statements.js';

/** What every statement of a request runs with, whatever its role. */
export type RunSettings = Omit<RunOptions, 'timeoutMs' | 'timeoutSource' | 'usePreparedStatements'>;

export interface ExecuteOptions extends RunSettings {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  prepareDocument: PrepareDocument;
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

/** The run options of a role: the role's api_limits time_limit when lower than the server's timeout, use_prepared_statements. */
export function runOptionsFor(roleSchema: RoleSchema, settings: RunSettings): RunOptions {
  const roleTime = roleApiLimits(roleSchema.model, roleSchema.role).timeSeconds;
  const byRole = roleTime !== null && roleTime * 1000 < settings.statementTimeoutMs;
  return {
    pool: settings.pool,
    statementTimeoutMs: settings.statementTimeoutMs,
    cancelBackend: settings.cancelBackend,
    signal: settings.signal,
    maxResponseBytes: settings.maxResponseBytes,
    usePreparedStatements: roleSchema.model.usePreparedStatements,
    timeoutMs: byRole ? roleTime * 1000 : settings.statementTimeoutMs,
    timeoutSource: byRole ? `api_limits.time_limit of role "${roleSchema.role}"` : 'HASURA_GRAPHQL_STATEMENT_TIMEOUT',
  };
}

type CompileOptions = Pick<ExecuteOptions, 'roleSchema' | 'session' | 'stringifyNumeric' | 'nullCollapse' | 'prepareDocument' | 'onQuery'>;

/** Plans and compiles a request (every error before any SQL); `websocket` admits subscriptions. */
export async function compileRequest(body: GraphQLRequestBody, opts: CompileOptions, transport: 'http' | 'websocket' = 'http'): Promise<CompiledRequest> {
  const { ctx, roots, rootType } = await planRequest(body, opts.roleSchema, opts.prepareDocument, transport);
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
  return compiled.assemble(await runStatements(compiled.statements, runOptionsFor(opts.roleSchema, opts)));
}
