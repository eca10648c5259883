/**
 * The server's own bounds under hostile input, independent of the metadata's `api_limits`.
 * Defaults suit a laptop; each is configurable (see config.ts and the README).
 */
export interface ServerLimits {
  /** Largest request body accepted (HTTP 413 beyond). */
  maxRequestBytes: number;
  /** Most operations in one batched `/v1/graphql` request. */
  maxBatchSize: number;
  /** Largest response body produced (a GraphQL error naming the limit beyond). */
  maxResponseBytes: number;
  /** statement_timeout of every GraphQL statement, unless a role's api_limits time_limit is lower. */
  statementTimeoutMs: number;
  /** How long a request may wait for a pooled connection before it is refused. */
  poolTimeoutMs: number;
  /** graphql-js parse limit on the number of tokens of a document. */
  maxTokens: number;
  /** graphql-armor: deepest field nesting (introspection exempt). */
  maxDepth: number;
  /** graphql-armor: most aliases in an operation. */
  maxAliases: number;
  /** graphql-armor: most directives in an operation. */
  maxDirectives: number;
  /** graphql-armor: highest cost (objects 2, scalars 1, ×1.5 per level). */
  maxCost: number;
  /** Bytes of parsed documents cached per role schema. */
  documentCacheBytes: number;
  /** GraphQL requests of one session (user of a role, or client address) running at once; the rest wait their turn (the admin is exempt). */
  maxConcurrentPerSession: number;
  /** Requests of one session waiting for a turn; one more is refused at once. */
  maxWaitingPerSession: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxRequestBytes: 4 * 1024 * 1024,
  maxBatchSize: 20,
  maxResponseBytes: 16 * 1024 * 1024,
  statementTimeoutMs: 10_000,
  poolTimeoutMs: 5_000,
  maxTokens: 10_000,
  maxDepth: 15,
  maxAliases: 50,
  maxDirectives: 50,
  maxCost: 20_000,
  documentCacheBytes: 16 * 1024 * 1024,
  maxConcurrentPerSession: 2,
  maxWaitingPerSession: 32,
};
