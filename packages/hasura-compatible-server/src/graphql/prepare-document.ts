/**
 * Parses a GraphQL request, picks its operation and validates it against the role's schema with
 * graphql-js; documents are cached per role schema and query text.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  GraphQLError,
  Kind,
  parse,
  validate,
  specifiedRules,
  NoUnusedVariablesRule,
  NoUnusedFragmentsRule,
} from 'graphql';
import { GraphQLRequestError } from '../errors.js';
import { LruCache } from '../lru-cache.js';
import { nodePaths } from './error-paths.js';
import { mapValidationError } from './map-validation-error.js';
import type { RoleSchema } from './schema/build-schema.js';

// Hasura does not refuse unused variables or fragments; it refuses unknown variables in the body.
const VALIDATION_RULES = specifiedRules.filter((rule) => rule !== NoUnusedVariablesRule && rule !== NoUnusedFragmentsRule);

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
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

export interface PreparedDocument {
  operation: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
}

// Parsed and validated documents per role schema: metadata changes (replace_metadata, reload,
// run_sql) install new schemas, whose caches start empty, and the old ones are collected.
const preparedCache = new WeakMap<RoleSchema, LruCache<string, PreparedDocument>>();
const PREPARED_CACHE_SIZE = 500;

/** Parses, picks the operation and validates it against the role's schema; cached per query text. */
export function prepareDocument(body: GraphQLRequestBody, roleSchema: RoleSchema): PreparedDocument {
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
