/**
 * CORS as HASURA_GRAPHQL_CORS_DOMAIN describes it (`*`, exact origins, a `*` wildcard in the host,
 * e.g. `https://*.example.com`), plus the server's own origin. A request from any other origin is
 * refused: a preflight gets no `Access-Control-Allow-*` header, and the request itself is refused
 * too, because a page can send a "simple" cross-origin POST without any preflight.
 */
import type http from 'node:http';

/** `*` lets every origin through; otherwise the listed origins (and the server's own). */
export type CorsDomains = '*' | string[];

/** Parses HASURA_GRAPHQL_CORS_DOMAIN; undefined means the server's own origin only. */
export function parseCorsDomains(value: string | undefined): CorsDomains {
  if (value === undefined) return [];
  const list = value.split(',').map((d) => d.trim()).filter(Boolean);
  return list.includes('*') ? '*' : list;
}

function matches(domain: string, origin: string): boolean {
  const pattern = new RegExp(`^${domain.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/:]*')}$`);
  return pattern.test(origin);
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** Whether a request carrying `origin` may be served. */
export function originAllowed(domains: CorsDomains, origin: string, host: string | undefined): boolean {
  if (domains === '*' || sameOrigin(origin, host)) return true;
  return domains.some((domain) => matches(domain, origin));
}

/**
 * Sets the CORS headers of an allowed request and answers its preflight.
 * Returns `handled` when the response was sent (preflight or refusal), `continue` otherwise.
 */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, domains: CorsDomains, refuse: (reason: string) => void): 'handled' | 'continue' {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (origin !== undefined && !originAllowed(domains, origin, req.headers.host)) {
    refuse(`origin ${origin} is not allowed (HASURA_GRAPHQL_CORS_DOMAIN)`);
    return 'handled';
  }
  res.setHeader('access-control-allow-origin', origin ?? '*');
  if (req.method !== 'OPTIONS') return 'continue';
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-max-age': '1728000',
  });
  res.end();
  return 'handled';
}
