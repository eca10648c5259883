/**
 * GraphQL over WebSocket on /v1/graphql with the `graphql-transport-ws` protocol, served by the
 * graphql-ws library (its transport-independent `makeServer`, with this adapter for `ws` so that
 * keep-alive, JWT expiry and the raw JSON text from Postgres work the way Hasura's do):
 * - auth from `connection_init.payload.headers` over the upgrade headers, exactly as HTTP requests
 *   (failure closes 4403 Forbidden); the session is fixed for the connection;
 * - a JWT's `exp` drops the socket at expiry (Hasura sends no close frame);
 * - `{"type":"ping","payload":{"message":"keepalive"}}` right after the ack and every keep-alive;
 * - subscriptions are live queries (subscribe/live-query-hub.ts); queries run once.
 */
import { errorMessage } from '@issuing/kernel';
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { type DocumentNode, GraphQLError, GraphQLSchema, Kind, OperationTypeNode } from 'graphql';
import { type ExecutionResult, GRAPHQL_TRANSPORT_WS_PROTOCOL, makeServer } from 'graphql-ws';
import type { RawData, WebSocket } from 'ws';
import type { AuthConfig } from '../auth/resolve-session.js';
import { AuthError } from '../errors.js';
import { type Connection, initialiseSession, messageText, newConnection, startKeepAlive } from './connection-session.js';
import { type OperationDeps, type OperationError, operationError, startOperation } from './start-operation.js';

interface GraphQLWsOptions extends OperationDeps {
  auth: AuthConfig;
  /** HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE, in ms. */
  keepAliveMs: number;
  /** HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT, in ms. */
  connectionInitTimeoutMs: number;
  /** Operations running at once on one connection. */
  maxOperationsPerConnection: number;
}

/**
 * What onSubscribe prepared, handed to `subscribe` as the context value: the response stream, or
 * the error to answer with. Errors travel this way (thrown by the stream, which graphql-ws turns
 * into an `error` message keeping the extensions) because graphql-ws recognises errors returned
 * from onSubscribe with `instanceof GraphQLError`, which fails when two copies of graphql load.
 */
class PreparedOperation {
  constructor(readonly results: () => AsyncIterableIterator<ExecutionResult>) {}
}

/** A stream that throws `error` on its first read. */
function failing(error: GraphQLError): AsyncIterableIterator<ExecutionResult> {
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => Promise.reject(error),
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** A stream of one result (queries over the socket: one `next`, then `complete`). */
function once(result: () => ExecutionResult): AsyncIterableIterator<ExecutionResult> {
  let sent = false;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => {
      if (sent) return Promise.resolve({ value: undefined, done: true });
      sent = true;
      return Promise.resolve({ value: result(), done: false });
    },
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

// graphql-ws only needs the operation type from the document; the request was parsed and validated already.
const SUBSCRIPTION_DOCUMENT: DocumentNode = {
  kind: Kind.DOCUMENT,
  definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: OperationTypeNode.SUBSCRIPTION, selectionSet: { kind: Kind.SELECTION_SET, selections: [] } }],
};
const UNUSED_SCHEMA = new GraphQLSchema({});

/** A Hasura-shaped error for an `error` message: `{message, extensions: {path, code}}`. */
function graphqlError(error: OperationError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { path: error.path, code: error.code } });
}

/**
 * Results carry the JSON text from Postgres (full numeric precision) through graphql-ws, which
 * serialises messages itself: the result holds a slot number under a per-process random key, and
 * the socket adapter splices the text into the serialised message in place of that object.
 */
class RawResults {
  private readonly key = `hc_raw_${randomUUID().replace(/-/g, '')}`;
  private readonly pattern = new RegExp(`\\{"data":\\{"${this.key}":"(\\d+)"\\}\\}`);
  private readonly texts = new Map<string, string>();
  private nextSlot = 0;

  /** An ExecutionResult standing for the response body `text`. */
  wrap(text: string): ExecutionResult {
    const slot = String((this.nextSlot += 1));
    this.texts.set(slot, text);
    return { data: { [this.key]: slot } };
  }

  /** The message with the slot replaced by its JSON text. */
  splice(message: string): string {
    const match = this.pattern.exec(message);
    const slot = match?.[1];
    if (!match || slot === undefined) return message;
    const text = this.texts.get(slot) ?? '{"data":null}';
    this.texts.delete(slot);
    return message.slice(0, match.index) + text + message.slice(match.index + match[0].length);
  }
}

const KEEPALIVE_MESSAGE = JSON.stringify({ type: 'ping', payload: { message: 'keepalive' } });

interface GraphQLWsServer {
  /** Serves an accepted WebSocket. */
  accept(socket: WebSocket, request: http.IncomingMessage): void;
}

/** The graphql-transport-ws server over the engine (auth, queries, live queries). */
export function createGraphQLWsServer(opts: GraphQLWsOptions): GraphQLWsServer {
  const raw = new RawResults();

  /** Live results as JSON text mapped to ExecutionResults; `return` ends the live query at once, even while it waits. */
  const live = (stream: AsyncIterableIterator<string>): AsyncIterableIterator<ExecutionResult> => {
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        try {
          const item = await stream.next();
          return item.done ? { value: undefined, done: true } : { value: raw.wrap(item.value), done: false };
        } catch (error) {
          throw graphqlError(operationError(error, opts.log));
        }
      },
      return: async () => {
        await stream.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };

  /** Starts the operation for the connection's session; what graphql-ws will read from it. */
  const prepare = async (connection: Connection, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }): Promise<() => AsyncIterableIterator<ExecutionResult>> => {
    const session = connection.session;
    if (!session) return () => failing(graphqlError({ message: 'start received before the connection is initialised', code: 'start-failed', path: '$' }));
    const started = await startOperation(opts, session, { query: payload.query, variables: payload.variables ?? null, operationName: payload.operationName ?? null });
    switch (started.kind) {
      case 'failed':
        return () => failing(graphqlError(started.error));
      case 'result':
        // Wrapped only when read, right before graphql-ws sends it (so no slot is left behind).
        return () => once(() => raw.wrap(started.body));
      case 'live':
        return () => live(started.stream);
    }
  };

  const server = makeServer<Record<string, unknown> | undefined, Connection>({
    connectionInitWaitTimeout: opts.connectionInitTimeoutMs,
    onConnect: async (ctx) => {
      try {
        await initialiseSession(ctx.extra, ctx.connectionParams, opts.auth, opts.log);
      } catch (error) {
        opts.log({ level: 'info', type: 'websocket-log', event: 'connection_init failed', error: errorMessage(error) });
        if (error instanceof AuthError) return false;
        throw error;
      }
      // The keep-alive starts with a ping right after the ack (sent once this returns).
      startKeepAlive(ctx.extra, KEEPALIVE_MESSAGE, opts.keepAliveMs);
      return true;
    },
    onSubscribe: async (ctx, _id, payload) => {
      const results =
        Object.keys(ctx.subscriptions).length > opts.maxOperationsPerConnection
          ? () => failing(graphqlError({ message: `too many operations on this connection (limit ${opts.maxOperationsPerConnection})`, code: 'start-failed', path: '$' }))
          : await prepare(ctx.extra, payload);
      return { schema: UNUSED_SCHEMA, document: SUBSCRIPTION_DOCUMENT, contextValue: new PreparedOperation(results) };
    },
    subscribe: (args) => {
      const operation = args.contextValue;
      return operation instanceof PreparedOperation ? operation.results() : failing(graphqlError({ message: 'internal error', code: 'unexpected', path: '$' }));
    },
  });

  return {
    accept(socket, request) {
      const connection = newConnection(socket, request, opts.log);
      const closed = server.opened(
        {
          protocol: socket.protocol,
          send: (data) =>
            new Promise<void>((resolve) => {
              const message = raw.splice(data);
              if (socket.readyState !== socket.OPEN) return resolve();
              socket.send(message, () => resolve());
            }),
          close: (code, reason) => socket.close(code, reason),
          onMessage: (handle) => {
            socket.on('message', (data: RawData) => {
              handle(messageText(data)).catch((error: unknown) => {
                opts.log({ level: 'error', type: 'websocket-log', event: 'message handling failed', error: errorMessage(error) });
                socket.close(4500, 'Internal server error');
              });
            });
          },
        },
        connection,
      );
      socket.once('close', (code, reason) => {
        closed(code, reason.toString('utf8')).catch(() => undefined);
      });
    },
  };
}

/**
 * Picks the subprotocol: graphql-transport-ws when offered, else the legacy `graphql-ws` when
 * offered (echoed), else none. (Hasura does not split a header listing both and so picks legacy.)
 */
export function chooseProtocol(protocols: Set<string>): string | false {
  if (protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL)) return GRAPHQL_TRANSPORT_WS_PROTOCOL;
  if (protocols.has('graphql-ws')) return 'graphql-ws';
  return false;
}
