/**
 * DNS rebinding protection: a server bound to loopback answers only requests whose `Host` is a
 * loopback name, so a web page whose domain is made to resolve to 127.0.0.1 cannot reach it.
 */

/** `*` allows every Host; otherwise loopback names plus these hosts (with or without a port). */
export type AllowedHosts = '*' | string[];

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether `host` (an address the server binds) is a loopback address. */
export function isLoopbackAddress(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function hostName(hostHeader: string): string {
  const lower = hostHeader.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.lastIndexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

/** Whether a request with this Host header may be served. */
export function hostAllowed(hostHeader: string | undefined, allowed: AllowedHosts): boolean {
  if (allowed === '*') return true;
  if (hostHeader === undefined) return false;
  const name = hostName(hostHeader);
  if (LOOPBACK_NAMES.has(name)) return true;
  return allowed.some((host) => host.toLowerCase() === name || host.toLowerCase() === hostHeader.trim().toLowerCase());
}

/** Why a request (or a WebSocket upgrade) with this Host header is refused. */
export function hostRefusal(hostHeader: string | undefined): string {
  return `host ${JSON.stringify(hostHeader ?? '')} is not allowed: this server answers loopback names only (add it to HASURA_GRAPHQL_ALLOWED_HOSTS)`;
}
