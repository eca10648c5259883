/**
 * createHasuraServer, the composition root: builds the pool, the engine and the session config,
 * and serves the route table, each request flowing http/ → auth/ → graphql/ → compile/ → execute/.
 */
import { ConfigError, PostgresErrorCode, errorCode, errorMessage, isConnectionException } from '@issuing/kernel';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import http from 'node:http';
import { GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { WebSocketServer } from 'ws';
import { createJwtVerifier } from './auth/jwt-config.js';
import { type AuthConfig, resolveSession } from './auth/resolve-session.js';
import { handleGraphQL } from './endpoints/graphql-endpoint.js';
import { SessionGate, sessionKey } from './endpoints/session-gate.js';
import { runMetadataCall } from './endpoints/metadata-api.js';
import { ApiError, AuthError, GraphQLRequestError, StartupError } from './errors.js';
import { createDatabasePools } from './execute/database-pool.js';
import { HasuraEngine } from './graphql/engine.js';
import { createDocumentPreparer } from './graphql/prepare-document.js';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.js';
import { consoleAsset, graphiqlAvailable, graphiqlPage } from './http/console-assets.js';
import { consolePage } from './http/console-page.js';
import { applyCors, parseCorsDomains } from './http/cors.js';
import { type AllowedHosts, hostAllowed, hostRefusal, isLoopbackAddress } from './http/host-check.js';
import { BodyError, declaresBodyOver, readBody } from './http/read-body.js';
import { markRequestStart, send, sendApiError, graphqlErrorBody } from './http/respond.js';
import { type RouteName, matchRoute } from './http/route-table.js';
import { CatalogStore } from './metadata/catalog-store.js';
import { loadMetadataDir } from './metadata/load-metadata-dir.js';
import { LiveQueryHub } from './subscribe/live-query-hub.js';
import { chooseProtocol, createGraphQLWsServer } from './ws/graphql-ws-server.js';
import { serveLegacyGraphQLWs } from './ws/legacy-graphql-ws.js';
import { checkUpgrade, refuseUpgrade } from './ws/upgrade-checks.js';

export interface HasuraServerOptions {
  /** A Hasura CLI config-v3 `metadata/` directory; without it the last applied metadata (or none) is served. */
  metadataDir?: string;
  databaseUrl: string;
  /**
   * HASURA_GRAPHQL_QUERY_DATABASE_URL: GraphQL queries run on a pool logging in with this URL
   * (e.g. a read-only role); metadata, run_sql and introspection keep `databaseUrl`.
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
  /** HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: how often live queries re-run, ms (default 1000). */
  liveQueriesRefetchIntervalMs?: number;
  /** HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE: live-query cohorts per SQL statement (default 100). */
  liveQueriesBatchSize?: number;
  /** HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL: how often streaming subscriptions fetch their next batch, ms (default 1000). */
  streamingQueriesRefetchIntervalMs?: number;
  /** HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE: seconds between keep-alive pings (default 5). */
  websocketKeepAliveSeconds?: number;
  /** HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT: seconds to wait for connection_init (default 3). */
  websocketConnectionInitTimeoutSeconds?: number;
  /** Open WebSocket connections at most; more upgrades get HTTP 503 (default 1000). */
  websocketMaxConnections?: number;
  /** Operations (subscriptions) at once on one connection (default 100). */
  websocketMaxOperations?: number;
  /** Largest WebSocket message accepted, bytes; a larger one closes the socket with 1009 (default 1 MiB). */
  websocketMaxMessageBytes?: number;
  /** HASURA_GRAPHQL_ALLOWED_HOSTS: Host names served besides loopback ones, or `*` for any. Default: loopback names only when bound to loopback, any otherwise. */
  allowedHosts?: string[];
  /** Bounds under hostile input (see limits.ts); each defaults to DEFAULT_LIMITS. */
  limits?: Partial<ServerLimits>;
  /** Structured log sink (one object per event); silent by default. */
  onLog?: (entry: Record<string, unknown>) => void;
}

export interface HasuraServer {
  url: string;
  close(): Promise<void>;
}

export const SERVER_VERSION = 'v2.36.0';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void> | void;

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

/** Loads the metadata (directory, else the stored one) and resolves it; a clear StartupError when it cannot. */
async function startEngine(opts: HasuraServerOptions, pool: ReturnType<typeof createDatabasePools>['pool'], catalog: CatalogStore): Promise<HasuraEngine> {
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
    const engine = await HasuraEngine.create(pool, metadata);
    engine.resourceVersion = resourceVersion;
    return engine;
  } catch (error) {
    await pool.end();
    if (error instanceof ApiError) throw new StartupError(`cannot serve the metadata: ${error.message}`, { cause: error });
    const code = errorCode(error) ?? '';
    const unreachable = ['ECONNREFUSED', 'ENOTFOUND', PostgresErrorCode.invalidPassword, PostgresErrorCode.invalidCatalogName];
    if (unreachable.includes(code) || isConnectionException(code)) {
      const where = new URL(opts.databaseUrl);
      const reason = error instanceof Error ? error.message : code;
      throw new StartupError(`cannot connect to PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} (${reason})`, { cause: error });
    }
    throw error;
  }
}

/** Starts the server; resolves once it listens. */
export async function createHasuraServer(opts: HasuraServerOptions): Promise<HasuraServer> {
  const log = opts.onLog ?? (() => undefined);
  const auth = await authConfig(opts);
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const host = opts.host ?? '127.0.0.1';
  const allowedHosts: AllowedHosts = opts.allowedHosts?.includes('*') ? '*' : (opts.allowedHosts ?? (isLoopbackAddress(host) ? [] : '*'));
  const corsDomains = parseCorsDomains(opts.corsDomain ?? '*');
  const { pool, queryPool, cancelBackend } = createDatabasePools({ databaseUrl: opts.databaseUrl, queryDatabaseUrl: opts.queryDatabaseUrl, pgConnections: opts.pgConnections, poolTimeoutMs: limits.poolTimeoutMs, statementTimeoutMs: limits.statementTimeoutMs, onLog: log });
  const catalog = new CatalogStore(pool);
  const engine = await startEngine(opts, pool, catalog).catch(async (error: unknown) => {
    await queryPool.end();
    throw error;
  });
  for (const item of engine.inconsistencies) log({ level: 'warn', msg: 'inconsistent metadata object', type: item.type, reason: item.reason });
  // Build every role's schema now: problems show at startup and first requests are fast.
  for (const role of engine.roles) {
    try {
      engine.schemaFor(role);
    } catch (error) {
      log({ level: 'error', msg: 'schema cannot be built', role, error: errorMessage(error) });
    }
  }

  const graphqlDeps = {
    engine,
    pool: queryPool,
    cancelBackend,
    prepareDocument: createDocumentPreparer(limits),
    limits,
    auth,
    stringifyNumeric: opts.stringifyNumericTypes === true,
    nullCollapse: opts.v1BooleanNullCollapse === true,
    log,
  };

  const gate = new SessionGate({ perSession: limits.maxConcurrentPerSession, maxWaiting: limits.maxWaitingPerSession, waitMs: limits.poolTimeoutMs });
  /**
   * Waits for a turn of the request's session (see session-gate.ts) before its body is read, so a
   * waiting request costs no memory. A request the session cannot resolve, or one whose declared
   * body is already over the limit, goes on at once to be refused with its own error.
   */
  const takeTurn = async (req: http.IncomingMessage, signal: AbortSignal): Promise<() => void> => {
    const noTurn = () => undefined;
    if (declaresBodyOver(req, limits.maxRequestBytes)) return noTurn;
    let key: string | undefined;
    try {
      key = sessionKey(await resolveSession(req.headers, auth), req.socket.remoteAddress ?? '');
    } catch {
      return noTurn;
    }
    return key === undefined ? noTurn : gate.enter(key, signal);
  };

  /** The JSON body of a POST, or null when a response (413, invalid JSON) was already sent. */
  const jsonBody = async (req: http.IncomingMessage, res: http.ServerResponse, graphqlShape: boolean): Promise<{ body: unknown } | null> => {
    let raw: string;
    try {
      raw = await readBody(req, limits.maxRequestBytes);
    } catch (error) {
      if (error instanceof BodyError && error.status === 413) res.setHeader('connection', 'close');
      const status = error instanceof BodyError ? error.status : 400;
      sendApiError(res, status, status === 413 ? 'request-too-large' : 'invalid-json', error instanceof Error ? error.message : 'bad body');
      return null;
    }
    try {
      return { body: JSON.parse(raw) };
    } catch {
      if (graphqlShape) send(res, 200, graphqlErrorBody('Error in $: Failed reading: not a valid json value', 'invalid-json'));
      else sendApiError(res, 400, 'invalid-json', 'Error in $: Failed reading: not a valid json value');
      return null;
    }
  };

  const handlers: Record<RouteName, Handler> = {
    healthz: (_req, res) => send(res, 200, engine.inconsistencies.length > 0 ? 'WARN: inconsistent objects in schema' : 'OK', 'text/plain; charset=utf-8'),
    version: (_req, res) => send(res, 200, JSON.stringify({ version: SERVER_VERSION, server_type: 'hasura-compatible-server' })),
    'console-asset': async (_req, res, url) => {
      const route = url.pathname.replace(/\/+$/, '');
      const asset = await consoleAsset(route.slice('/console/assets/'.length));
      if (!asset) return sendApiError(res, 404, 'not-found', 'resource does not exist');
      res.writeHead(200, { 'content-type': asset.type, 'content-length': asset.body.length, 'cache-control': 'public, max-age=3600' });
      res.end(asset.body);
    },
    // ?simple=1 serves the small built-in console even when GraphiQL is installed.
    console: (_req, res, url) => send(res, 200, graphiqlAvailable() && url.searchParams.get('simple') === null ? graphiqlPage() : consolePage(), 'text/html; charset=utf-8'),
    root: (_req, res) => {
      res.writeHead(307, { location: '/console' });
      res.end();
    },
    relay: async (req, res, url) => {
      if (!(await jsonBody(req, res, true))) return;
      send(res, 200, graphqlErrorBody(`${url.pathname.replace(/\/+$/, '')} (Relay) is not supported by hasura-compatible-server`, 'not-supported'));
    },
    graphql: async (req, res) => {
      // A client that leaves before its answer gets its statement cancelled (or its wait ended).
      const gone = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) gone.abort();
      };
      res.on('close', onClose);
      let endTurn: () => void = () => undefined;
      try {
        endTurn = await takeTurn(req, gone.signal);
        const parsed = await jsonBody(req, res, true);
        if (!parsed) return;
        const body = await handleGraphQL(graphqlDeps, parsed.body, req.headers, gone.signal);
        if (!gone.signal.aborted) send(res, 200, body);
      } catch (error) {
        if (!(error instanceof GraphQLRequestError)) throw error;
        if (!gone.signal.aborted) send(res, 200, graphqlErrorBody(error.message, error.code, error.path));
      } finally {
        endTurn();
        res.off('close', onClose);
      }
    },
    'metadata-api': async (req, res) => {
      const parsed = await jsonBody(req, res, false);
      if (!parsed) return;
      try {
        const session = await resolveSession(req.headers, auth);
        if (session.role !== 'admin') throw new ApiError(400, 'restricted access : admin only', 'access-denied');
        send(res, 200, JSON.stringify(await runMetadataCall({ engine, pool, catalog }, parsed.body)));
      } catch (error) {
        if (error instanceof ApiError) sendApiError(res, error.status, error.code, error.message, error.path, error.extra);
        else if (error instanceof AuthError) sendApiError(res, 401, error.code, error.message);
        else {
          log({ level: 'error', msg: 'metadata API call failed', error: errorMessage(error) });
          sendApiError(res, 500, 'unexpected', 'internal error');
        }
      }
    },
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = req.headers['x-request-id'];
    res.setHeader('x-request-id', typeof requestId === 'string' && requestId.length <= 200 ? requestId : randomUUID());
    if (!hostAllowed(req.headers.host, allowedHosts)) {
      return sendApiError(res, 403, 'access-denied', hostRefusal(req.headers.host));
    }
    const refuse = (reason: string) => sendApiError(res, 403, 'access-denied', reason);
    if (applyCors(req, res, corsDomains, refuse) === 'handled') return;
    const match = matchRoute(req.method, url.pathname.replace(/\/+$/, '') || '/', {
      enabledApis: opts.enabledApis ?? ['graphql', 'metadata'],
      consoleEnabled: opts.enableConsole !== false,
    });
    switch (match.kind) {
      case 'route':
        return handlers[match.name](req, res, url);
      case 'not-found':
        return sendApiError(res, 404, 'not-found', 'resource does not exist');
      case 'method-not-allowed':
        return sendApiError(res, 405, 'method-not-allowed', 'method not allowed');
      case 'unsupported':
        return sendApiError(res, 400, 'not-supported', `${url.pathname.replace(/\/+$/, '')} (${match.what}) is not supported by hasura-compatible-server`);
    }
  };

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    markRequestStart(res, started);
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
      log({ level: 'error', msg: 'request failed', error: errorMessage(error) });
      if (!res.headersSent) sendApiError(res, 500, 'unexpected', 'internal error');
      else res.end();
    });
  });
  // Subscriptions: WebSocket upgrades on /v1/graphql, live queries polled by the hub; their
  // statements run like HTTP queries (run-statements.ts) and are cancelled on shutdown.
  const shutdown = new AbortController();
  const hub = new LiveQueryHub({ refetchIntervalMs: opts.liveQueriesRefetchIntervalMs ?? 1000, batchSize: opts.liveQueriesBatchSize ?? 100, log });
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.websocketMaxMessageBytes ?? 1024 * 1024, handleProtocols: chooseProtocol });
  const wsOptions = {
    ...graphqlDeps,
    shutdown: shutdown.signal,
    hub,
    streamRefetchIntervalMs: opts.streamingQueriesRefetchIntervalMs ?? 1000,
    keepAliveMs: (opts.websocketKeepAliveSeconds ?? 5) * 1000,
    connectionInitTimeoutMs: (opts.websocketConnectionInitTimeoutSeconds ?? 3) * 1000,
    maxOperationsPerConnection: opts.websocketMaxOperations ?? 100,
  };
  const graphqlWs = createGraphQLWsServer(wsOptions);
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    const refusal = checkUpgrade(req, {
      allowedHosts,
      corsDomains,
      graphqlEnabled: (opts.enabledApis ?? ['graphql', 'metadata']).includes('graphql'),
      maxConnections: opts.websocketMaxConnections ?? 1000,
      openConnections: wss.clients.size,
    });
    if (refusal) {
      log({ level: 'info', type: 'websocket-log', event: 'upgrade refused', status: refusal.status, reason: refusal.error });
      refuseUpgrade(socket, refusal);
      return;
    }
    // graphql-transport-ws when the client offers it; anything else (or nothing) is the legacy protocol, as in Hasura.
    wss.handleUpgrade(req, socket, head, (ws) => (ws.protocol === GRAPHQL_TRANSPORT_WS_PROTOCOL ? graphqlWs.accept(ws, req) : serveLegacyGraphQLWs(ws, req, wsOptions)));
  });
  // Hasura closes sockets with 1012 when the metadata changes: their operations were compiled against the old schema.
  engine.onInstall(() => {
    for (const client of wss.clients) client.close(1012, 'Service Restart: metadata changed');
  });

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
  let closed: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    // 1012 to every socket; one that does not finish the closing handshake soon is cut.
    const closing = [...wss.clients].map((client) => new Promise<void>((resolve) => client.once('close', () => resolve())));
    for (const client of wss.clients) client.close(1012, 'Service Restart');
    hub.close();
    shutdown.abort();
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(closing), new Promise<void>((resolve) => (grace = setTimeout(resolve, 1000)))]);
    clearTimeout(grace);
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await Promise.all([pool.end(), queryPool.end()]);
  };
  return {
    url,
    // Closing twice waits for the first close.
    close: () => (closed ??= close()),
  };
}
