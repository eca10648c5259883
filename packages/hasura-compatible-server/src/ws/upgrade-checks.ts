/**
 * What a WebSocket upgrade must pass before the handshake: the GraphQL path, the same Origin rule
 * as CORS, a loopback Host when the server is bound to loopback (DNS rebinding), and the
 * connection limit. A refusal is an HTTP response written on the raw socket.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { corsAllows } from '../http/cors.js';

interface UpgradeLimits {
  /** The address the server is bound to. */
  host: string;
  corsDomain: string | undefined;
  graphqlEnabled: boolean;
  maxConnections: number;
  openConnections: number;
}

interface UpgradeRefusal {
  status: number;
  code: string;
  error: string;
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopback(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** The host name of a Host header (`[::1]:3010` → `[::1]`, `example.com:80` → `example.com`). */
function hostName(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  const colon = hostHeader.lastIndexOf(':');
  return colon === -1 ? hostHeader : hostHeader.slice(0, colon);
}

/** Null when the upgrade may proceed, else why it is refused. */
export function checkUpgrade(req: http.IncomingMessage, limits: UpgradeLimits): UpgradeRefusal | null {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
  if (path !== '/v1/graphql' || !limits.graphqlEnabled) {
    return { status: 404, code: 'not-found', error: "only '/v1/graphql' is supported on websockets" };
  }
  if (isLoopback(limits.host)) {
    const host = req.headers.host;
    if (host === undefined || !isLoopback(hostName(host))) {
      return { status: 403, code: 'access-denied', error: 'the Host header must name a loopback address on a server bound to loopback' };
    }
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !corsAllows(limits.corsDomain, origin)) {
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
