/**
 * The legacy `graphql-ws` protocol of subscriptions-transport-ws (Apollo's old WebSocketLink),
 * which Hasura speaks when the client asks for anything but `graphql-transport-ws` (or nothing).
 * No maintained server library implements it, so the few messages are handled here, as Hasura's
 * Transport/WebSocket.hs does (reference §3.13):
 * - `connection_init` → `connection_ack`, then `{"type":"ka"}` at once and every keep-alive; a
 *   refused session → `connection_error` and close 4400 `Connection initialization failed: …`;
 * - `start` → `data` (a query: one, then `complete`; a subscription: one per change); a request
 *   error → `error` with `{"errors":[…]}` then `complete`; an SQL error → `data` with
 *   `{"errors":[…]}` then `complete`;
 * - `stop` ends an operation without reply; `connection_terminate` closes 1000;
 * - an unparsable message → `connection_error`.
 */
import { errorMessage, isRecord } from '@issuing/kernel';
import type http from 'node:http';
import type { RawData, WebSocket } from 'ws';
import type { AuthConfig } from '../auth/resolve-session.js';
import { AuthError } from '../errors.js';
import { initialiseSession, messageText, newConnection, startKeepAlive } from './connection-session.js';
import { type OperationDeps, type OperationError, operationError, startOperation } from './start-operation.js';

interface LegacyWsOptions extends OperationDeps {
  auth: AuthConfig;
  keepAliveMs: number;
  maxOperationsPerConnection: number;
}

const errorsBody = (error: OperationError): string => JSON.stringify({ errors: [{ message: error.message, extensions: { path: error.path, code: error.code } }] });

/** Serves one socket that negotiated the legacy protocol. */
export function serveLegacyGraphQLWs(socket: WebSocket, request: http.IncomingMessage, opts: LegacyWsOptions): void {
  const connection = newConnection(socket, request, opts.log);
  /** Running operations by id: ending one stops its live query. */
  const operations = new Map<string, { stop: () => void }>();
  let initialised = false;

  const send = (text: string) => {
    if (socket.readyState === socket.OPEN) socket.send(text);
  };
  const sendData = (id: string, body: string) => send(`{"type":"data","id":${JSON.stringify(id)},"payload":${body}}`);
  const sendComplete = (id: string) => send(JSON.stringify({ type: 'complete', id }));
  const refuseStart = (id: string, message: string, code: string) => {
    send(`{"type":"error","id":${JSON.stringify(id)},"payload":${errorsBody({ message, code, path: '$' })}}`);
    sendComplete(id);
  };

  const init = async (payload: unknown) => {
    try {
      await initialiseSession(connection, payload, opts.auth, opts.log);
    } catch (error) {
      const message = error instanceof AuthError ? error.message : 'internal error';
      opts.log({ level: 'info', type: 'websocket-log', event: 'connection_init failed', error: errorMessage(error) });
      send(JSON.stringify({ type: 'connection_error', payload: message }));
      socket.close(4400, `Connection initialization failed: ${message}`.slice(0, 123));
      return;
    }
    initialised = true;
    send(JSON.stringify({ type: 'connection_ack' }));
    startKeepAlive(connection, JSON.stringify({ type: 'ka' }), opts.keepAliveMs);
  };

  const start = async (id: string, payload: unknown) => {
    const session = connection.session;
    if (!initialised || !session) return refuseStart(id, 'start received before the connection is initialised', 'start-failed');
    if (operations.has(id)) return refuseStart(id, `an operation already exists with this id: ${id}`, 'start-failed');
    if (operations.size >= opts.maxOperationsPerConnection) return refuseStart(id, `too many operations on this connection (limit ${opts.maxOperationsPerConnection})`, 'start-failed');
    if (!isRecord(payload) || typeof payload.query !== 'string') return refuseStart(id, 'the start payload needs a "query" string', 'parse-failed');
    const variables = payload.variables;
    if (variables !== undefined && variables !== null && !isRecord(variables)) return refuseStart(id, '"variables" must be an object', 'parse-failed');
    const operationName = typeof payload.operationName === 'string' ? payload.operationName : null;
    // Reserve the id while compiling, so a stop in the meantime is honoured.
    const reserved = { stop: () => undefined };
    operations.set(id, reserved);
    const started = await startOperation(opts, session, { query: payload.query, variables: variables ?? null, operationName });
    const stopped = operations.get(id) !== reserved;
    if (started.kind !== 'live') {
      if (stopped) return;
      operations.delete(id);
      if (started.kind === 'result') sendData(id, started.body);
      else if (started.phase === 'database') sendData(id, errorsBody(started.error));
      else send(`{"type":"error","id":${JSON.stringify(id)},"payload":${errorsBody(started.error)}}`);
      sendComplete(id);
      return;
    }
    const stream = started.stream;
    if (stopped) {
      await stream.return?.();
      return;
    }
    const running = { stop: () => void stream.return?.() };
    operations.set(id, running);
    // Runs on its own: later messages (stop, other starts) are not held up by it.
    void (async () => {
      try {
        for await (const body of stream) sendData(id, body);
      } catch (error) {
        sendData(id, errorsBody(operationError(error, opts.log)));
        sendComplete(id);
      } finally {
        if (operations.get(id) === running) operations.delete(id);
      }
    })();
  };

  const handle = async (text: string) => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (error) {
      send(JSON.stringify({ type: 'connection_error', payload: `Parsing client message failed: ${error instanceof Error ? error.message : 'invalid JSON'}` }));
      return;
    }
    if (!isRecord(message) || typeof message.type !== 'string') {
      send(JSON.stringify({ type: 'connection_error', payload: 'Parsing client message failed: expected an object with a "type"' }));
      return;
    }
    const id = typeof message.id === 'string' ? message.id : typeof message.id === 'number' ? String(message.id) : null;
    switch (message.type) {
      case 'connection_init':
        await init(message.payload);
        return;
      case 'start':
      case 'subscribe':
        if (id === null) send(JSON.stringify({ type: 'connection_error', payload: 'Parsing client message failed: "id" is required' }));
        else await start(id, message.payload);
        return;
      case 'stop':
      case 'complete':
        if (id !== null) {
          operations.get(id)?.stop();
          operations.delete(id);
        }
        return;
      case 'connection_terminate':
        socket.close(1000, 'Normal Closure');
        return;
      case 'ping':
        send(JSON.stringify(message.payload === undefined ? { type: 'pong' } : { type: 'pong', payload: message.payload }));
        return;
      default:
        return;
    }
  };

  // Messages are handled one after another, in order (an init completes before the next start).
  let queue = Promise.resolve();
  socket.on('message', (data: RawData) => {
    const text = messageText(data);
    queue = queue
      .then(() => handle(text))
      .catch((error: unknown) => {
        opts.log({ level: 'error', type: 'websocket-log', event: 'message handling failed', error: errorMessage(error) });
        socket.close(1011, 'Internal server error');
      });
  });
  socket.once('close', () => {
    for (const operation of operations.values()) operation.stop();
    operations.clear();
  });
}
