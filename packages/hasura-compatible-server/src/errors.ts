/** Errors that become Hasura-shaped responses. */

/** A request-level GraphQL error: `{"errors":[{"message","extensions":{"path","code"}}]}`. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly path: string = '$',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphQLRequestError';
  }
}

/** An error of the non-GraphQL APIs (`/v1/metadata`, `/v2/query`): `{"path","error","code"}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly path: string = '$',
    readonly extra: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** The session could not be established (auth). Shape is the GraphQL one on /v1/graphql. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AuthError';
  }
}

/** The server could not start (database unreachable, metadata unusable). */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
