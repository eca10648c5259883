/** CORS as HASURA_GRAPHQL_CORS_DOMAIN describes it: `*`, exact origins, or a `*` wildcard in the host. */
import type http from 'node:http';

/** Whether HASURA_GRAPHQL_CORS_DOMAIN admits the origin (also checked on WebSocket upgrades). */
export function corsAllows(domains: string | undefined, origin: string): boolean {
  if (domains === undefined || domains.trim() === '*') return true;
  return domains
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .some((domain) => {
      if (domain === '*') return true;
      const pattern = new RegExp(`^${domain.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return pattern.test(origin);
    });
}

/** Sets the CORS headers and answers a preflight; returns `handled` when the response was sent. */
export function applyCors(req: http.IncomingMessage, res: http.ServerResponse, domains: string | undefined): 'handled' | 'continue' {
  const origin = req.headers.origin;
  if (origin === undefined || corsAllows(domains, origin)) res.setHeader('access-control-allow-origin', origin ?? '*');
  res.setHeader('vary', 'Origin');
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
