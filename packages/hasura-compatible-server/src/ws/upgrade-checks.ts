/**
 * What a WebSocket upgrade must pass before the handshake: the GraphQL path, the HTTP stage's Host
 * rule (DNS rebinding) and Origin rule (CORS), and the connection limit. A refusal is an HTTP response written on the raw socket.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { type CorsDomains, originAllowed } from '../http/cors.js';
import { type AllowedHosts, hostAllowed, hostRefusal } from '../http/host-check.js';

interface UpgradeLimits {
  /** The HTTP stage's Host rule (HASURA_GRAPHQL_ALLOWED_HOSTS, loopback names when bound to loopback). */
  allowedHosts: AllowedHosts;
  /** The HTTP stage's CORS origins (HASURA_GRAPHQL_CORS_DOMAIN, plus the server's own origin). */
  corsDomains: CorsDomains;
  graphqlEnabled: boolean;
  maxConnections: number;
  openConnections: number;
}

interface UpgradeRefusal {
  status: number;
  code: string;
  error: string;
}

/** Null when the upgrade may proceed, else why it is refused. */
export function checkUpgrade(req: http.IncomingMessage, limits: UpgradeLimits): UpgradeRefusal | null {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
  if (path !== '/v1/graphql' || !limits.graphqlEnabled) {
    return { status: 404, code: 'not-found', error: "only '/v1/graphql' is supported on websockets" };
  }
  if (!hostAllowed(req.headers.host, limits.allowedHosts)) {
    return { status: 403, code: 'access-denied', error: hostRefusal(req.headers.host) };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !originAllowed(limits.corsDomains, origin, req.headers.host)) {
    return { status: 403, code: 'access-denied', error: `origin ${origin} is not allowed by HASURA_GRAPHQL_CORS_DOMAIN` };
  }
  if (limits.openConnections >= limits.maxConnections) {
    return { status: 503, code: 'unexpected', error: `too many WebSocket connections (limit ${limits.maxConnections})` };
  }
  return null;
}

/** Answers a refused upgrade with a plain HTTP response in Hasura's error shape, then closes the socket. */
export function refuseUpgrade(socket: Duplex, refusal: UpgradeRefusal): void {
  const body = JSON.stringify({ path: '$', error: refusal.error, code: refusal.code });
  const reason = refusal.status === 404 ? 'Not Found' : refusal.status === 403 ? 'Forbidden' : 'Service Unavailable';
  socket.end(`HTTP/1.1 ${refusal.status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}
