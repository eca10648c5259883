/**
 * Runs one GraphQL request for a session: parse and validate with graphql-js, then one SQL
 * statement per root field, splicing the JSON text from Postgres into the response so numbers
 * keep their full precision.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  GraphQLError,
  Kind,
  execute,
  getVariableValues,
  parse,
  valueFromASTUntyped,
  validate,
  specifiedRules,
  NoUnusedVariablesRule,
  NoUnusedFragmentsRule,
} from 'graphql';
import type pg from 'pg';
import { GraphQLRequestError } from '../errors.js';
import { LruCache } from '../lru-cache.js';
import type { RoleSchema } from '../schema/build-schema.js';
import { type CompiledStatement, QueryCompiler } from '../sql/compile-query.js';
import { type RequestContext, collectFields } from '../sql/request-values.js';
import { nodePaths } from './error-paths.js';
import { mapValidationError } from './map-validation-error.js';

// Hasura does not refuse unused variables or fragments; it refuses unknown variables in the body.
const VALIDATION_RULES = specifiedRules.filter((rule) => rule !== NoUnusedVariablesRule && rule !== NoUnusedFragmentsRule);

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export interface ExecuteOptions {
  roleSchema: RoleSchema;
  session: Record<string, string>;
  stringifyNumeric: boolean;
  nullCollapse: boolean;
  pool: pg.Pool;
  onQuery?: (sql: string, params: unknown[]) => void;
}

/** Maps a Postgres error to Hasura's codes (data-exception, constraint-violation, ...). */
function databaseError(error: unknown): GraphQLRequestError {
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('22')) return new GraphQLRequestError(message, 'data-exception', '$', { cause: error });
  if (code.startsWith('23')) return new GraphQLRequestError(message, 'constraint-violation', '$', { cause: error });
  if (code === '42883' || code === '42804') return new GraphQLRequestError(message, 'unexpected', '$', { cause: error });
  return new GraphQLRequestError('database query error', 'unexpected', '$', { cause: error });
}

function selectOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) {
    const found = operations.find((o) => o.name?.value === operationName);
    if (!found) throw new GraphQLRequestError(`no such operation found in the document: "${operationName}"`, 'validation-failed', '$');
    return found;
  }
  const only = operations[0];
  if (!only) throw new GraphQLRequestError('no operations found in the document', 'validation-failed', '$');
  if (operations.length > 1) throw new GraphQLRequestError('exactly one operation has to be present in the document when operationName is not specified', 'validation-failed', '$');
  return only;
}

interface PreparedDocument {
  operation: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
}

// Parsed and validated documents per role schema: metadata changes (replace_metadata, reload,
// run_sql) install new schemas, whose caches start empty, and the old ones are collected.
const preparedCache = new WeakMap<RoleSchema, LruCache<string, PreparedDocument>>();
const PREPARED_CACHE_SIZE = 500;

/** Parses, picks the operation and validates it against the role's schema; cached per query text. */
function prepareDocument(body: GraphQLRequestBody, roleSchema: RoleSchema): PreparedDocument {
  const key = `${body.operationName ?? ''}\n${body.query}`;
  let cache = preparedCache.get(roleSchema);
  const hit = cache?.get(key);
  if (hit) return hit;
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (cause) {
    throw new GraphQLRequestError('not a valid graphql query', 'validation-failed', '$.query', { cause });
  }
  const operation = selectOperation(document, body.operationName);
  if (operation.operation === 'mutation') {
    throw new GraphQLRequestError('mutations are not supported by hasura-compatible-server (it serves queries only)', 'not-supported', '$');
  }
  if (operation.operation === 'subscription') {
    throw new GraphQLRequestError('subscriptions are not supported by hasura-compatible-server (it serves queries only)', 'not-supported', '$');
  }
  // Validate only the chosen operation (and fragments), as Hasura does.
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
  const errors = validate(roleSchema.schema, single, VALIDATION_RULES);
  if (errors.length > 0) {
    const first = errors[0];
    throw mapValidationError(first ?? new GraphQLError('invalid query'), nodePaths(single));
  }
  const prepared = { operation, fragments };
  if (!cache) {
    cache = new LruCache(PREPARED_CACHE_SIZE);
    preparedCache.set(roleSchema, cache);
  }
  cache.set(key, prepared);
  return prepared;
}

/** Executes the request and returns the response body as JSON text. */
export async function executeGraphQL(body: GraphQLRequestBody, opts: ExecuteOptions): Promise<string> {
  const prepared = prepareDocument(body, opts.roleSchema);
  const { operation, fragments } = prepared;
  const schema = opts.roleSchema.schema;
  const rawVariables = body.variables ?? {};
  const declared = new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
  const unexpected = Object.keys(rawVariables).filter((name) => !declared.has(name));
  if (unexpected.length > 0) {
    throw new GraphQLRequestError(`unexpected variables in variableValues: ${unexpected.join(', ')}`, 'validation-failed', '$');
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors && coerced.errors.length > 0) {
    const first = coerced.errors[0];
    throw new GraphQLRequestError(first ? first.message.replace(/^Variable "\$([^"]+)" of required type "[^"]+" was not provided\.$/, 'expecting a value for non-nullable variable: "$1"') : 'invalid variables', 'validation-failed', '$', { cause: first });
  }
  const variables: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (name in rawVariables) variables[name] = rawVariables[name];
    else if (def.defaultValue) variables[name] = valueFromASTUntyped(def.defaultValue, {});
  }
  const ctx: RequestContext = { variables, fragments: new Map(fragments.map((f) => [f.name.value, f])) };

  const roots = collectFields(operation.selectionSet, 'query_root', ctx);
  const introspection: Array<[string, FieldNode]> = [];
  for (const [key, nodes] of roots) {
    const node = nodes[0];
    if (node && (node.name.value === '__schema' || node.name.value === '__type')) introspection.push([key, node]);
  }
  let introspected: Record<string, unknown> = {};
  if (introspection.length > 0 && opts.roleSchema.model.introspectionDisabledFor.has(opts.roleSchema.role)) {
    throw new GraphQLRequestError(`introspection is disabled for role: "${opts.roleSchema.role}"`, 'not-supported', '$');
  }
  if (introspection.length > 0) {
    const introspectionDoc: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        { kind: Kind.OPERATION_DEFINITION, operation: operation.operation, variableDefinitions: operation.variableDefinitions ?? [], directives: [], selectionSet: { kind: Kind.SELECTION_SET, selections: introspection.map(([, n]) => n) } },
        ...fragments,
      ],
    };
    const result = await execute({ schema, document: introspectionDoc, variableValues: rawVariables });
    if (result.errors && result.errors.length > 0) {
      throw new GraphQLRequestError(result.errors[0]?.message ?? 'introspection failed', 'unexpected', '$');
    }
    introspected = result.data ?? {};
  }

  // Compile every root field first (errors before any SQL), then run them; several root fields
  // share one read-only snapshot so that, e.g., a list and its aggregate agree.
  const slots: Array<{ key: string; text: string | null; statement: CompiledStatement | null }> = [];
  for (const [key, nodes] of roots) {
    const node = nodes[0];
    if (!node) continue;
    const name = node.name.value;
    if (name === '__typename') slots.push({ key, text: '"query_root"', statement: null });
    else if (name === '__schema' || name === '__type') slots.push({ key, text: JSON.stringify(introspected[key] ?? null), statement: null });
    else if (name === 'no_queries_available') {
      slots.push({ key, text: JSON.stringify("There are no queries available to the current role. Either there are no sources or remote schemas configured, or the current role doesn't have the required permissions."), statement: null });
    } else {
      const statement = new QueryCompiler({
        roleSchema: opts.roleSchema,
        session: opts.session,
        stringifyNumeric: opts.stringifyNumeric,
        nullCollapse: opts.nullCollapse,
        ...ctx,
      }).compileRoot(nodes);
      opts.onQuery?.(statement.sql, statement.params);
      slots.push({ key, text: null, statement });
    }
  }
  const statements = slots.filter((slot) => slot.statement !== null).length;
  if (statements > 0) {
    const client = await opts.pool.connect();
    let inTransaction = false;
    try {
      if (statements > 1) {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        inTransaction = true;
      }
      for (const slot of slots) {
        if (!slot.statement) continue;
        try {
          const result = await client.query({ text: slot.statement.sql, values: slot.statement.params, rowMode: 'array' });
          const value: unknown = result.rows[0]?.[0] ?? null;
          slot.text = typeof value === 'string' ? value : 'null';
        } catch (error) {
          throw databaseError(error);
        }
      }
      if (inTransaction) {
        inTransaction = false;
        await client.query('COMMIT');
      }
    } finally {
      if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }
  const parts = slots.map((slot) => `${JSON.stringify(slot.key)}:${slot.text ?? 'null'}`);
  return `{"data":{${parts.join(',')}}}`;
}
