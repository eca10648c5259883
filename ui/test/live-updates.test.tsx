/**
 * The dashboard's transport against a GraphQL server that serves subscriptions the way Hasura
 * does (graphql-transport-ws on /v1/graphql, served here by graphql-ws' own server): queries go
 * over HTTP and subscriptions over the socket, both with the session's bearer token (on the
 * socket in `connection_init.payload.headers.Authorization`), and a pushed result replaces the
 * figures without a reload.
 */
import http from 'node:http';
import { render, screen, waitFor } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloClient } from '../src/apollo/create-apollo-client';
import { SessionStore } from '../src/auth/session-store';
import { SummaryPanel } from '../src/components/SummaryPanel';

const schema = buildSchema(`
  type spending_totals {
    currency: String
    settled_spend: Int
    captured_amount: Int
    refunded_amount: Int
    transaction_count: Int
    pending_amount: Int
    pending_count: Int
    declined_amount: Int
    declined_count: Int
    authorization_count: Int
  }
  enum order_by { asc desc }
  input spending_totals_order_by { currency: order_by }
  type query_root { spending_totals(order_by: [spending_totals_order_by!]): [spending_totals!]! }
  type subscription_root { spending_totals(order_by: [spending_totals_order_by!]): [spending_totals!]! }
  schema { query: query_root subscription: subscription_root }
`);

const row = (settled: number) => ({
  __typename: 'spending_totals', currency: 'usd', settled_spend: settled, captured_amount: settled, refunded_amount: 0, transaction_count: 1,
  pending_amount: 0, pending_count: 0, declined_amount: 0, declined_count: 0, authorization_count: 1,
});

function token(): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode({ exp: Math.floor(Date.now() / 1000) + 3600, 'https://hasura.io/jwt/claims': { 'x-hasura-user-id': 'u-1' } })}.signature`;
}

describe('live updates over graphql-transport-ws', () => {
  let server: http.Server;
  let sockets: WebSocketServer;
  let url: string;
  const httpAuthorization: string[] = [];
  const connectionParams: unknown[] = [];
  const subscribed: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      httpAuthorization.push(req.headers.authorization ?? '');
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify({ data: { spending_totals: [row(1000)] } }));
    });
    sockets = new WebSocketServer({ server, path: '/v1/graphql' });
    useServer(
      {
        schema,
        onConnect: (context) => {
          connectionParams.push(context.connectionParams);
          return true;
        },
        onSubscribe: (_context, _id, payload) => {
          subscribed.push(payload.query);
        },
        roots: {
          subscription: {
            // Like a Hasura live query: the current result at once, then the changed one.
            spending_totals: async function* () {
              yield { spending_totals: [row(1000)] };
              await new Promise((resolve) => setTimeout(resolve, 200));
              yield { spending_totals: [row(1234)] };
            },
          },
        },
      },
      sockets,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1/graphql`;
  });

  afterAll(async () => {
    for (const client of sockets.clients) client.terminate();
    await new Promise((resolve) => sockets.close(resolve));
    await new Promise((resolve) => server.close(resolve));
  });

  it('shows the query result, then the pushed one, sending the bearer token both ways', async () => {
    // Prepare
    const session = new SessionStore();
    const bearer = token();
    session.signIn(bearer, 'someone');
    // (jsdom's own WebSocket cannot run under Vitest; the `ws` client speaks the same protocol.)
    const apollo = createApolloClient({ httpUrl: `http://${url}`, wsUrl: `ws://${url}`, session, webSocketImpl: WebSocket });

    // Act
    render(
      <ApolloProvider client={apollo.client}>
        <SummaryPanel onDrill={() => undefined} />
      </ApolloProvider>,
    );

    // Assert
    expect((await screen.findByTestId('settled-usd')).textContent).toBe('$10.00');
    await waitFor(() => expect(screen.getByTestId('settled-usd').textContent).toBe('$12.34'), { timeout: 5000 });
    expect(httpAuthorization).toContain(`Bearer ${bearer}`);
    expect(connectionParams).toEqual([{ headers: { Authorization: `Bearer ${bearer}` } }]);
    expect(subscribed[0]).toMatch(/^subscription SpendingTotalsLive\b/);
    await apollo.reset();
  });
});
