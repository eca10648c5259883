/**
 * Parses a GraphQL request, picks its operation and validates it against the role's schema with
 * graphql-js under the server's bounds; documents are cached per role schema and query text.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  validate,
  specifiedRules,
  NoUnusedVariablesRule,
  NoUnusedFragmentsRule,
} from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { LRUCache } from 'lru-cache';
import { GraphQLRequestError } from '../errors.js';
import type { ServerLimits } from '../limits.js';
import { nodePaths } from './error-paths.js';
import { findFragmentCycle } from './fragment-cycles.js';
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

interface PreparedDocument {
  operation: OperationDefinitionNode;
  fragments: FragmentDefinitionNode[];
}

/** The document-level bounds (see limits.ts). */
type DocumentLimits = Pick<ServerLimits, 'maxTokens' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxCost' | 'documentCacheBytes'>;

/** Parses, validates and caches documents under the server's bounds. */
export type PrepareDocument = (body: GraphQLRequestBody, roleSchema: RoleSchema) => PreparedDocument;

// graphql-armor reports with these message openings (exposeLimits: true); each gets its own code.
const ARMOR_CODES: Array<[prefix: string, code: string, setting: string]> = [
  ['Syntax Error: Query depth limit', 'depth-limit-exceeded', 'HASURA_GRAPHQL_MAX_QUERY_DEPTH'],
  ['Syntax Error: Aliases limit', 'alias-limit-exceeded', 'HASURA_GRAPHQL_MAX_QUERY_ALIASES'],
  ['Syntax Error: Directives limit', 'directive-limit-exceeded', 'HASURA_GRAPHQL_MAX_QUERY_DIRECTIVES'],
  ['Syntax Error: Query Cost limit', 'cost-limit-exceeded', 'HASURA_GRAPHQL_MAX_QUERY_COST'],
];

/** A cached document costs roughly this many bytes per character of query text (AST objects). */
const AST_BYTES_PER_CHAR = 24;

/**
 * Builds the parse-and-validate step: graphql-js `maxTokens`, graphql-armor's depth, alias,
 * directive and cost rules before the specified rules, and a per-role-schema cache bounded in
 * bytes that skips documents too large to be worth keeping.
 */
export function createDocumentPreparer(limits: DocumentLimits): PrepareDocument {
  const armorRules = [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ n: limits.maxAliases }),
    maxDirectivesRule({ n: limits.maxDirectives }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true }),
  ];
  // Parsed and validated documents per role schema: metadata changes (replace_metadata, reload,
  // run_sql) install new schemas, whose caches start empty, and the old ones are collected.
  const caches = new WeakMap<RoleSchema, LRUCache<string, PreparedDocument>>();
  const cacheFor = (roleSchema: RoleSchema): LRUCache<string, PreparedDocument> => {
    let cache = caches.get(roleSchema);
    if (!cache) {
      cache = new LRUCache<string, PreparedDocument>({
        maxSize: limits.documentCacheBytes,
        maxEntrySize: Math.max(1, Math.floor(limits.documentCacheBytes / 16)),
        sizeCalculation: (_value, key) => Math.max(1, key.length * AST_BYTES_PER_CHAR),
      });
      caches.set(roleSchema, cache);
    }
    return cache;
  };

  return (body, roleSchema) => {
    const key = `${body.operationName ?? ''}\n${body.query}`;
    const cache = cacheFor(roleSchema);
    const hit = cache.get(key);
    if (hit) return hit;
    let document: DocumentNode;
    try {
      document = parse(body.query, { maxTokens: limits.maxTokens });
    } catch (cause) {
      if (cause instanceof GraphQLError && cause.message.includes('tokens')) {
        throw new GraphQLRequestError(`the query has more than ${limits.maxTokens} tokens, over the token limit (HASURA_GRAPHQL_MAX_QUERY_TOKENS)`, 'token-limit-exceeded', '$.query', { cause });
      }
      throw new GraphQLRequestError('not a valid graphql query', 'validation-failed', '$.query', { cause });
    }
    const operation = selectOperation(document, body.operationName);
    if (operation.operation === OperationTypeNode.MUTATION) {
      throw new GraphQLRequestError('mutations are not supported by hasura-compatible-server (it serves queries only)', 'not-supported', '$');
    }
    // Validate only the chosen operation (and fragments), as Hasura does; the bounds first, so a
    // hostile document is refused before the costlier specified rules walk it.
    const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const cycle = findFragmentCycle(operation, fragments);
    if (cycle) throw cycle;
    const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
    let refused: GraphQLError | undefined;
    try {
      refused = validate(roleSchema.schema, single, armorRules)[0];
    } catch (error) {
      // graphql-armor throws its refusal (propagateOnRejection) rather than reporting it, as a
      // GraphQLError of graphql's CommonJS build, so `instanceof` cannot recognise it.
      if (!(error instanceof Error) || error.name !== 'GraphQLError') throw error;
      refused = new GraphQLError(error.message);
    }
    if (refused) {
      const armor = ARMOR_CODES.find(([prefix]) => refused.message.startsWith(prefix));
      const text = refused.message.replace(/^Syntax Error: /, '');
      throw new GraphQLRequestError(armor ? `${text} (${armor[2]})` : text, armor ? armor[1] : 'validation-failed', '$', { cause: refused });
    }
    const errors = validate(roleSchema.schema, single, VALIDATION_RULES);
    if (errors.length > 0) {
      const first = errors[0];
      throw mapValidationError(first ?? new GraphQLError('invalid query'), nodePaths(single));
    }
    const prepared = { operation, fragments };
    cache.set(key, prepared);
    return prepared;
  };
}
