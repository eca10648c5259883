/**
 * Turns a validated request into its root fields: variables coerced, introspection answered by
 * graphql-js from the role schema, and the root fields that need SQL left for the compiler.
 */
import { type DocumentNode, type FieldNode, Kind, OperationTypeNode, execute, getVariableValues, valueFromASTUntyped } from 'graphql';
import { GraphQLRequestError } from '../errors.js';
import { type RequestContext, collectFields } from './collect-fields.js';
import { enforceDepthAndNodes, roleApiLimits } from './api-limits.js';
import type { GraphQLRequestBody, PrepareDocument } from './prepare-document.js';
import type { RoleSchema, RootTypeName } from './schema/build-schema.js';

/** A root field of the response: its JSON text already known, or field nodes to compile to SQL. */
type RootSlot = { key: string; text: string } | { key: string; nodes: FieldNode[] };

interface RequestPlan {
  ctx: RequestContext;
  roots: RootSlot[];
  /** `subscription_root` for a subscription (served over WebSocket only), else `query_root`. */
  rootType: RootTypeName;
}

/** Parses, validates, coerces variables and answers what needs no database. */
export async function planRequest(
  body: GraphQLRequestBody,
  roleSchema: RoleSchema,
  prepareDocument: PrepareDocument,
  transport: 'http' | 'websocket' = 'http',
): Promise<RequestPlan> {
  const prepared = prepareDocument(body, roleSchema);
  const { operation, fragments } = prepared;
  if (operation.operation === OperationTypeNode.SUBSCRIPTION && transport === 'http') {
    throw new GraphQLRequestError('subscriptions are not supported over HTTP, use websockets instead', 'unexpected-payload', '$');
  }
  const rootType: RootTypeName = operation.operation === OperationTypeNode.SUBSCRIPTION ? 'subscription_root' : 'query_root';
  const fragmentMap = new Map(fragments.map((f) => [f.name.value, f]));
  enforceDepthAndNodes(roleApiLimits(roleSchema.model, roleSchema.role), roleSchema.role, operation, fragmentMap);
  const schema = roleSchema.schema;
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
  const ctx: RequestContext = { variables, fragments: fragmentMap };

  const rootFields = collectFields(operation.selectionSet, rootType, ctx);
  const introspection: Array<[string, FieldNode]> = [];
  for (const [key, nodes] of rootFields) {
    const node = nodes[0];
    if (node && (node.name.value === '__schema' || node.name.value === '__type')) introspection.push([key, node]);
  }
  let introspected: Record<string, unknown> = {};
  if (introspection.length > 0 && roleSchema.model.introspectionDisabledFor.has(roleSchema.role)) {
    throw new GraphQLRequestError(`introspection is disabled for role: "${roleSchema.role}"`, 'not-supported', '$');
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
  const roots: RootSlot[] = [];
  for (const [key, nodes] of rootFields) {
    const node = nodes[0];
    if (!node) continue;
    const name = node.name.value;
    if (name === '__typename') roots.push({ key, text: JSON.stringify(rootType) });
    else if (name === '__schema' || name === '__type') roots.push({ key, text: JSON.stringify(introspected[key] ?? null) });
    else if (name === 'no_queries_available') {
      roots.push({ key, text: JSON.stringify("There are no queries available to the current role. Either there are no sources or remote schemas configured, or the current role doesn't have the required permissions.") });
    } else roots.push({ key, nodes });
  }
  return { ctx, roots, rootType };
}
