/**
 * What both WebSocket protocols share about a connection: its session, resolved once from the
 * init payload's `headers` over the upgrade request's headers exactly as an HTTP request's, and
 * the JWT expiry that drops the socket (Hasura closes no frame: log event `jwt_expired`).
 */
import { isRecord } from '@issuing/kernel';
import type http from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { type AuthConfig, type Headers, type Session, resolveSession } from '../auth/resolve-session.js';

export interface Connection {
  upgradeHeaders: Headers;
  session: Session | null;
  socket: WebSocket;
  /** Keep-alive and expiry timers, cleared when the socket closes. */
  timers: NodeJS.Timeout[];
}

/** Header names lower-cased; only string values are kept. */
function lowerCaseHeaders(headers: Record<string, unknown>): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') out[name.toLowerCase()] = value;
  return out;
}

export function newConnection(socket: WebSocket, request: http.IncomingMessage, log: (entry: Record<string, unknown>) => void): Connection {
  const connection: Connection = { upgradeHeaders: lowerCaseHeaders({ ...request.headers }), session: null, socket, timers: [] };
  // ws reports protocol violations (e.g. a message over the size limit, closed with 1009) as errors.
  socket.on('error', (error) => log({ level: 'warn', type: 'websocket-log', event: 'socket error', error: error.message }));
  socket.once('close', () => {
    for (const timer of connection.timers) clearTimeout(timer);
  });
  return connection;
}

/**
 * Resolves and fixes the connection's session (throws AuthError like an HTTP request would) and
 * schedules the drop at the JWT's expiry. Only `headers` of the payload is read, as in Hasura.
 */
export async function initialiseSession(connection: Connection, payload: unknown, auth: AuthConfig, log: (entry: Record<string, unknown>) => void): Promise<Session> {
  const fromInit = isRecord(payload) && isRecord(payload.headers) ? lowerCaseHeaders(payload.headers) : {};
  const session = await resolveSession({ ...connection.upgradeHeaders, ...fromInit }, auth);
  connection.session = session;
  if (session.expiresAt !== undefined) {
    const remaining = session.expiresAt * 1000 - Date.now();
    // setTimeout holds at most ~24.8 days; a token living longer is checked no further.
    if (remaining < 2 ** 31 - 1) {
      connection.timers.push(
        setTimeout(() => {
          log({ level: 'info', type: 'websocket-log', event: 'jwt_expired' });
          connection.socket.terminate();
        }, Math.max(0, remaining)),
      );
    }
  }
  return session;
}

/** Starts sending `message` right away and then every `intervalMs` while the socket is open. */
export function startKeepAlive(connection: Connection, message: string, intervalMs: number): void {
  const send = () => {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(message);
  };
  connection.timers.push(setTimeout(send, 0), setInterval(send, intervalMs));
}

/** A WebSocket message as text. */
export function messageText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return Buffer.from(new Uint8Array(data)).toString('utf8');
}
