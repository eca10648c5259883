/** createHasuraServer: the HTTP server (node:http) in front of the engine. */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { createJwtVerifier } from './auth/jwt-config.js';
import { type AuthConfig, resolveSession } from './auth/resolve-session.js';
import { HasuraEngine } from './engine.js';
import { ApiError, AuthError, ConfigError, StartupError } from './errors.js';
import { consoleAsset, graphiqlAvailable, graphiqlPage } from './http/console-assets.js';
import { consolePage } from './http/console-page.js';
import { errorBody, handleGraphQL } from './http/graphql-endpoint.js';
import { runMetadataCall } from './http/metadata-api.js';
import { CatalogStore } from './metadata/catalog-store.js';
import { loadMetadataDir } from './metadata/load-metadata-dir.js';

export interface HasuraServerOptions {
  /** A Hasura CLI config-v3 `metadata/` directory; without it the last applied metadata (or none) is served. */
  metadataDir?: string;
  databaseUrl: string;
  /**
   * HASURA_GRAPHQL_QUERY_DATABASE_URL: GraphQL queries run on a second pool logging in with this
   * URL (e.g. a read-only role); metadata, run_sql and introspection keep `databaseUrl`. Default `databaseUrl`.
   */
  queryDatabaseUrl?: string;
  adminSecret?: string;
  /** HASURA_GRAPHQL_JWT_SECRET's JSON text. */
  jwtSecret?: string;
  unauthorizedRole?: string;
  stringifyNumericTypes?: boolean;
  /** HASURA_GRAPHQL_V1_BOOLEAN_NULL_COLLAPSE */
  v1BooleanNullCollapse?: boolean;
  /** HASURA_GRAPHQL_PG_CONNECTIONS: size of the connection pool (default 10). */
  pgConnections?: number;
  /** HASURA_GRAPHQL_ENABLED_APIS: `graphql`, `metadata` (run_sql and the metadata API). Default both. */
  enabledApis?: string[];
  /** HASURA_GRAPHQL_CORS_DOMAIN: allowed origins, comma-separated, `*` or `https://*.example.com` wildcards. Default `*`. */
  corsDomain?: string;
  /** Serve GraphiQL at /console (default true; Hasura's own default is false). */
  enableConsole?: boolean;
  /** 0 picks a free port. Default 3010. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Structured log sink (one object per event); silent by default. */
  onLog?: (entry: Record<string, unknown>) => void;
}

export interface HasuraServer {
  url: string;
  close(): Promise<void>;
}

export const SERVER_VERSION = 'v2.36.0';

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
const MAX_BODY_BYTES = 20 * 1024 * 1024;

/** Hasura's CORS domain list: `*`, exact origins, or a `*` wildcard in the host. */
function corsAllows(domains: string | undefined, origin: string): boolean {
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

class BodyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'BodyError';
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyError(413, 'request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    // A client that goes away mid-body must not leave the request pending forever.
    req.on('close', () => {
      if (!ended) reject(new BodyError(400, 'request body was not completely received'));
    });
  });
}

/** When each in-flight request arrived, for its Server-Timing header. */
const requestStarts = new WeakMap<http.ServerResponse, bigint>();

function send(res: http.ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  const headers: http.OutgoingHttpHeaders = { 'content-type': type, 'content-length': Buffer.byteLength(body) };
  // W3C Server-Timing: the server's own time from arrival to answer, so a client can tell it
  // from the network and its own HTTP stack (the bench compares it with the bare SQL).
  const started = requestStarts.get(res);
  if (started !== undefined) headers['server-timing'] = `total;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(3)}`;
  res.writeHead(status, headers);
  res.end(body);
}

function apiErrorBody(error: ApiError): string {
  return JSON.stringify({ path: error.path, error: error.message, code: error.code, ...error.extra });
}

async function authConfig(opts: HasuraServerOptions): Promise<AuthConfig> {
  const adminSecret = opts.adminSecret ? opts.adminSecret : null;
  if (opts.jwtSecret && !adminSecret) throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  if (opts.unauthorizedRole && !adminSecret) throw new ConfigError('HASURA_GRAPHQL_UNAUTHORIZED_ROLE requires HASURA_GRAPHQL_ADMIN_SECRET to be set');
  return {
    adminSecret,
    jwt: opts.jwtSecret ? await createJwtVerifier(opts.jwtSecret) : null,
    unauthorizedRole: opts.unauthorizedRole ? opts.unauthorizedRole : null,
  };
}

/** Starts the server; resolves once it listens. */
export async function createHasuraServer(opts: HasuraServerOptions): Promise<HasuraServer> {
  const log = opts.onLog ?? (() => undefined);
  const auth = await authConfig(opts);
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, options: '-c TimeZone=UTC', max: opts.pgConnections ?? 10 });
  pool.on('error', (error) => log({ level: 'error', msg: 'idle database connection failed', error: error.message }));
  const queryPool =
    opts.queryDatabaseUrl && opts.queryDatabaseUrl !== opts.databaseUrl
      ? new pg.Pool({ connectionString: opts.queryDatabaseUrl, options: '-c TimeZone=UTC', max: opts.pgConnections ?? 10 })
      : pool;
  if (queryPool !== pool) queryPool.on('error', (error) => log({ level: 'error', msg: 'idle database connection failed', error: error.message }));
  const catalog = new CatalogStore(pool);
  let engine: HasuraEngine;
  try {
    let metadata: unknown = { version: 3, sources: [] };
    let resourceVersion = 1;
    if (opts.metadataDir) metadata = await loadMetadataDir(opts.metadataDir);
    else {
      const stored = await catalog.readMetadata();
      if (stored) {
        metadata = stored.metadata;
        resourceVersion = stored.resourceVersion;
      }
    }
    engine = await HasuraEngine.create(pool, metadata);
    engine.resourceVersion = resourceVersion;
  } catch (error) {
    await pool.end();
    if (queryPool !== pool) await queryPool.end();
    if (error instanceof ApiError) throw new StartupError(`cannot serve the metadata: ${error.message}`, { cause: error });
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code.startsWith('08') || code === '28P01' || code === '3D000') {
      const where = new URL(opts.databaseUrl);
      const reason = error instanceof Error ? error.message : code;
      throw new StartupError(`cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (${reason})`, { cause: error });
    }
    throw error;
  }
  for (const item of engine.inconsistencies) log({ level: 'warn', msg: 'inconsistent metadata object', type: item.type, reason: item.reason });
  // Build every role's schema now: problems show at startup and first requests are fast.
  for (const role of engine.roles) {
    try {
      engine.schemaFor(role);
    } catch (error) {
      log({ level: 'error', msg: 'schema cannot be built', role, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const graphqlDeps = {
    engine,
    pool: queryPool,
    auth,
    stringifyNumeric: opts.stringifyNumericTypes === true,
    nullCollapse: opts.v1BooleanNullCollapse === true,
    log,
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = req.headers['x-request-id'];
    res.setHeader('x-request-id', typeof requestId === 'string' && requestId.length <= 200 ? requestId : randomUUID());
    const route = url.pathname.replace(/\/+$/, '') || '/';
    const origin = req.headers.origin;
    if (origin === undefined || corsAllows(opts.corsDomain, origin)) res.setHeader('access-control-allow-origin', origin ?? '*');
    res.setHeader('vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-allow-credentials': 'true',
        'access-control-max-age': '1728000',
      });
      res.end();
      return;
    }
    if (req.method === 'GET' && (route === '/healthz' || route === '/hasura/healthz')) {
      send(res, 200, engine.inconsistencies.length > 0 ? 'WARN: inconsistent objects in schema' : 'OK', 'text/plain; charset=utf-8');
      return;
    }
    if (req.method === 'GET' && route === '/v1/version') {
      send(res, 200, JSON.stringify({ version: SERVER_VERSION, server_type: 'hasura-compatible-server' }));
      return;
    }
    const enabled = opts.enabledApis ?? ['graphql', 'metadata'];
    const consoleOn = opts.enableConsole !== false;
    if (!consoleOn && (route === '/console' || route.startsWith('/console/'))) {
      send(res, 404, JSON.stringify({ path: '$', error: 'resource does not exist', code: 'not-found' }));
      return;
    }
    if (req.method === 'GET' && route.startsWith('/console/assets/')) {
      const asset = await consoleAsset(route.slice('/console/assets/'.length));
      if (!asset) send(res, 404, JSON.stringify({ path: '$', error: 'resource does not exist', code: 'not-found' }));
      else {
        res.writeHead(200, { 'content-type': asset.type, 'content-length': asset.body.length, 'cache-control': 'public, max-age=3600' });
        res.end(asset.body);
      }
      return;
    }
    if (req.method === 'GET' && (route === '/console' || route.startsWith('/console/'))) {
      // ?simple=1 serves the small built-in console even when GraphiQL is installed.
      const page = graphiqlAvailable() && url.searchParams.get('simple') === null ? graphiqlPage() : consolePage();
      send(res, 200, page, 'text/html; charset=utf-8');
      return;
    }
    if (req.method === 'GET' && route === '/') {
      res.writeHead(307, { location: '/console' });
      res.end();
      return;
    }
    const isGraphql = route === '/v1/graphql' || route === '/v1beta1/relay' || route === '/v1/relay';
    const isApi = route === '/v1/metadata' || route === '/v2/query' || route === '/v1/query';
    if ((isGraphql && !enabled.includes('graphql')) || (isApi && !enabled.includes('metadata'))) {
      send(res, 404, JSON.stringify({ path: '$', error: 'resource does not exist', code: 'not-found' }));
      return;
    }
    const unsupported = UNSUPPORTED_ROUTES.find(([prefix]) => route === prefix || route.startsWith(`${prefix}/`));
    if (unsupported) {
      send(res, 400, JSON.stringify({ path: '$', error: `${route} (${unsupported[1]}) is not supported by hasura-compatible-server`, code: 'not-supported' }));
      return;
    }
    if (!isGraphql && !isApi) {
      send(res, 404, JSON.stringify({ path: '$', error: 'resource does not exist', code: 'not-found' }));
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, JSON.stringify({ path: '$', error: 'method not allowed', code: 'method-not-allowed' }));
      return;
    }
    let raw: string;
    try {
      raw = await readBody(req);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      send(res, status, JSON.stringify({ path: '$', error: error instanceof Error ? error.message : 'bad body', code: 'invalid-json' }));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      if (isGraphql) send(res, 200, errorBody('Error in $: Failed reading: not a valid json value', 'invalid-json'));
      else send(res, 400, JSON.stringify({ path: '$', error: 'Error in $: Failed reading: not a valid json value', code: 'invalid-json' }));
      return;
    }
    if (route !== '/v1/graphql') {
      if (isGraphql) {
        send(res, 200, errorBody(`${route} (Relay) is not supported by hasura-compatible-server`, 'not-supported'));
        return;
      }
    }
    if (isGraphql) {
      send(res, 200, await handleGraphQL(graphqlDeps, body, req.headers));
      return;
    }
    try {
      const session = await resolveSession(req.headers, auth);
      if (session.role !== 'admin') throw new ApiError(400, 'restricted access : admin only', 'access-denied');
      const result = await runMetadataCall({ engine, pool, catalog }, body);
      send(res, 200, JSON.stringify(result));
    } catch (error) {
      if (error instanceof ApiError) send(res, error.status, apiErrorBody(error));
      else if (error instanceof AuthError) send(res, 401, JSON.stringify({ path: '$', error: error.message, code: error.code }));
      else {
        log({ level: 'error', msg: 'metadata API call failed', error: error instanceof Error ? error.message : String(error) });
        send(res, 500, JSON.stringify({ path: '$', error: 'internal error', code: 'unexpected' }));
      }
    }
  };

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    requestStarts.set(res, started);
    res.on('finish', () => {
      log({
        level: 'info',
        type: 'http-log',
        method: req.method,
        path: (req.url ?? '/').split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      });
    });
    handle(req, res).catch((error: unknown) => {
      log({ level: 'error', msg: 'request failed', error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) send(res, 500, JSON.stringify({ path: '$', error: 'internal error', code: 'unexpected' }));
      else res.end();
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 3010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = address !== null && typeof address === 'object' ? address.port : (opts.port ?? 3010);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log({ level: 'info', msg: 'hasura-compatible-server listening', url });
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
      if (queryPool !== pool) await queryPool.end();
    },
  };
}
