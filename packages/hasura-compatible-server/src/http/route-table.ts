/**
 * The one route table: which handler serves a method and path, which API switch
 * (HASURA_GRAPHQL_ENABLED_APIS, the console flag) governs it, and the Hasura endpoints known but not served.
 */

export type RouteName = 'healthz' | 'version' | 'console-asset' | 'console' | 'root' | 'graphql' | 'relay' | 'metadata-api';

interface Route {
  name: RouteName;
  /** Matches the path (without trailing slashes). */
  path: (route: string) => boolean;
  /** Methods served; any other gets 405 (GET routes fall through to 404 for other methods, as before). */
  methods: Array<'GET' | 'POST'>;
  /** The switch that turns the route off. */
  api: 'graphql' | 'metadata' | 'console' | null;
}

const ROUTES: Route[] = [
  { name: 'healthz', path: (r) => r === '/healthz' || r === '/hasura/healthz', methods: ['GET'], api: null },
  { name: 'version', path: (r) => r === '/v1/version', methods: ['GET'], api: null },
  { name: 'console-asset', path: (r) => r.startsWith('/console/assets/'), methods: ['GET'], api: 'console' },
  { name: 'console', path: (r) => r === '/console' || r.startsWith('/console/'), methods: ['GET'], api: 'console' },
  { name: 'root', path: (r) => r === '/', methods: ['GET'], api: null },
  { name: 'graphql', path: (r) => r === '/v1/graphql', methods: ['POST'], api: 'graphql' },
  { name: 'relay', path: (r) => r === '/v1beta1/relay' || r === '/v1/relay', methods: ['POST'], api: 'graphql' },
  { name: 'metadata-api', path: (r) => r === '/v1/metadata' || r === '/v2/query' || r === '/v1/query', methods: ['POST'], api: 'metadata' },
];

/** Hasura endpoints this server knows of but does not serve. */
const UNSUPPORTED_ROUTES: Array<[string, string]> = [
  ['/v1alpha1/graphql', 'the old GraphQL endpoint; use /v1/graphql'],
  ['/v1alpha1/pg_dump', 'pg_dump API'],
  ['/v1alpha1/config', 'config API'],
  ['/v1/graphql/explain', 'explain API'],
  ['/v1/explain', 'explain API'],
  ['/api/rest', 'RESTified endpoints'],
  ['/v1/metrics', 'metrics'],
];

type RouteMatch =
  | { kind: 'route'; name: RouteName }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed' }
  | { kind: 'unsupported'; what: string };

interface RouteSwitches {
  enabledApis: string[];
  consoleEnabled: boolean;
}

/** Finds the route of a request. */
export function matchRoute(method: string | undefined, route: string, switches: RouteSwitches): RouteMatch {
  for (const candidate of ROUTES) {
    if (!candidate.path(route)) continue;
    const off =
      (candidate.api === 'console' && !switches.consoleEnabled) ||
      (candidate.api === 'graphql' && !switches.enabledApis.includes('graphql')) ||
      (candidate.api === 'metadata' && !switches.enabledApis.includes('metadata'));
    if (off) return { kind: 'not-found' };
    if (candidate.methods.includes(method === 'POST' ? 'POST' : 'GET') && (method === 'GET' || method === 'POST')) return { kind: 'route', name: candidate.name };
    if (candidate.methods.includes('POST')) return { kind: 'method-not-allowed' };
    break;
  }
  const unsupported = UNSUPPORTED_ROUTES.find(([prefix]) => route === prefix || route.startsWith(`${prefix}/`));
  if (unsupported) return { kind: 'unsupported', what: unsupported[1] };
  return { kind: 'not-found' };
}
