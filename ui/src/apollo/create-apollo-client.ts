/**
 * The one ApolloClient: queries over HTTP, subscriptions over WebSocket (graphql-ws, protocol
 * graphql-transport-ws, authenticated by `connection_init.payload.headers.Authorization` as
 * Hasura expects), both carrying the session's bearer token, never the admin secret.
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { SessionStore } from '../auth/session-store';

export interface DashboardApollo {
  readonly client: ApolloClient;
  /** Drops the cache and the socket, so the next user starts from nothing. */
  reset(): Promise<void>;
}

/** Hasura's codes for a refused token ("invalid-jwt", "invalid-headers") and graphql-ws' 4403. */
function isAuthError(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => {
      const code = e.extensions?.code;
      return code === 'invalid-jwt' || code === 'invalid-headers' || /JWT|token/i.test(e.message);
    });
  }
  return false;
}

export interface ApolloClientOptions {
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly session: SessionStore;
  /** A WebSocket class where the global one will not do (tests under jsdom); the browser's by default. */
  readonly webSocketImpl?: unknown;
}

/** The client with its HTTP and WebSocket links; one per page. */
export function createApolloClient(options: ApolloClientOptions): DashboardApollo {
  const { session } = options;
  const authorization = (): Record<string, string> => {
    const token = session.token();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };

  const ws: Client = createClient({
    url: options.wsUrl,
    webSocketImpl: options.webSocketImpl,
    lazy: true,
    connectionParams: () => ({ headers: authorization() }),
    retryAttempts: 5,
    on: {
      closed: (event) => {
        // 4403 Forbidden: the server refused the token (or it expired while connected).
        if (typeof event === 'object' && event !== null && 'code' in event && event.code === 4403) session.expire();
      },
    },
  });

  const http = ApolloLink.from([
    new SetContextLink((previous) => {
      const headers: unknown = previous.headers;
      return { headers: { ...(typeof headers === 'object' && headers !== null ? headers : {}), ...authorization() } };
    }),
    new HttpLink({ uri: options.httpUrl }),
  ]);

  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    http,
  );

  const errors = new ErrorLink(({ error }) => {
    if (isAuthError(error)) session.expire();
  });

  const client = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        // View rows carry no primary key Hasura exposes as such; keep them inside their query.
        spending_totals: { keyFields: false },
        spend_by_category: { keyFields: false },
        spend_over_time: { keyFields: false },
        card_spend_by_category: { keyFields: false },
        card_spend_over_time: { keyFields: false },
      },
    }),
  });

  return {
    client,
    reset: async () => {
      ws.terminate();
      await client.clearStore();
    },
  };
}
