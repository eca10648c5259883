/** CLI configuration: flags first, then Hasura's environment variable names; validated once. */
import { ConfigError } from '@issuing/kernel';
import type { ServerLimits } from './limits.js';
import type { HasuraServerOptions } from './server.js';

const FLAGS: Record<string, { env: string[]; key: keyof HasuraServerOptions | 'help'; boolean?: boolean }> = {
  '--metadata-dir': { env: ['HASURA_GRAPHQL_METADATA_DIR'], key: 'metadataDir' },
  '--database-url': { env: ['HASURA_GRAPHQL_DATABASE_URL', 'DATABASE_URL'], key: 'databaseUrl' },
  '--query-database-url': { env: ['HASURA_GRAPHQL_QUERY_DATABASE_URL'], key: 'queryDatabaseUrl' },
  '--port': { env: ['HASURA_GRAPHQL_SERVER_PORT'], key: 'port' },
  '--host': { env: ['HASURA_GRAPHQL_SERVER_HOST'], key: 'host' },
  '--admin-secret': { env: ['HASURA_GRAPHQL_ADMIN_SECRET'], key: 'adminSecret' },
  '--jwt-secret': { env: ['HASURA_GRAPHQL_JWT_SECRET'], key: 'jwtSecret' },
  '--unauthorized-role': { env: ['HASURA_GRAPHQL_UNAUTHORIZED_ROLE'], key: 'unauthorizedRole' },
  '--stringify-numeric-types': { env: ['HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES'], key: 'stringifyNumericTypes', boolean: true },
  '--v1-boolean-null-collapse': { env: ['HASURA_GRAPHQL_V1_BOOLEAN_NULL_COLLAPSE'], key: 'v1BooleanNullCollapse', boolean: true },
  '--cors-domain': { env: ['HASURA_GRAPHQL_CORS_DOMAIN'], key: 'corsDomain' },
  '--pg-connections': { env: ['HASURA_GRAPHQL_PG_CONNECTIONS'], key: 'pgConnections' },
  '--enabled-apis': { env: ['HASURA_GRAPHQL_ENABLED_APIS'], key: 'enabledApis' },
  '--enable-console': { env: ['HASURA_GRAPHQL_ENABLE_CONSOLE'], key: 'enableConsole', boolean: true },
  '--live-queries-multiplexed-refetch-interval': { env: ['HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL'], key: 'liveQueriesRefetchIntervalMs' },
  '--live-queries-multiplexed-batch-size': { env: ['HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE'], key: 'liveQueriesBatchSize' },
  '--streaming-queries-multiplexed-refetch-interval': { env: ['HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL'], key: 'streamingQueriesRefetchIntervalMs' },
  '--websocket-keepalive': { env: ['HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE'], key: 'websocketKeepAliveSeconds' },
  '--websocket-connection-init-timeout': { env: ['HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT'], key: 'websocketConnectionInitTimeoutSeconds' },
  '--ws-max-connections': { env: ['HASURA_COMPAT_WS_MAX_CONNECTIONS'], key: 'websocketMaxConnections' },
  '--ws-max-operations': { env: ['HASURA_COMPAT_WS_MAX_OPERATIONS'], key: 'websocketMaxOperations' },
  '--ws-max-message-bytes': { env: ['HASURA_COMPAT_WS_MAX_MESSAGE_BYTES'], key: 'websocketMaxMessageBytes' },
  '--allowed-hosts': { env: ['HASURA_GRAPHQL_ALLOWED_HOSTS'], key: 'allowedHosts' },
  '--help': { env: [], key: 'help', boolean: true },
};

/** The bounds of limits.ts: flag, environment variable, and the factor from the given unit to the stored one. */
const LIMIT_FLAGS: Record<string, { env: string; key: keyof ServerLimits; factor: number }> = {
  '--max-request-bytes': { env: 'HASURA_GRAPHQL_MAX_REQUEST_BYTES', key: 'maxRequestBytes', factor: 1 },
  '--max-response-bytes': { env: 'HASURA_GRAPHQL_MAX_RESPONSE_BYTES', key: 'maxResponseBytes', factor: 1 },
  '--max-batch-size': { env: 'HASURA_GRAPHQL_MAX_BATCH_SIZE', key: 'maxBatchSize', factor: 1 },
  '--statement-timeout': { env: 'HASURA_GRAPHQL_STATEMENT_TIMEOUT', key: 'statementTimeoutMs', factor: 1000 },
  '--pg-pool-timeout': { env: 'HASURA_GRAPHQL_PG_POOL_TIMEOUT', key: 'poolTimeoutMs', factor: 1000 },
  '--max-query-tokens': { env: 'HASURA_GRAPHQL_MAX_QUERY_TOKENS', key: 'maxTokens', factor: 1 },
  '--max-query-depth': { env: 'HASURA_GRAPHQL_MAX_QUERY_DEPTH', key: 'maxDepth', factor: 1 },
  '--max-query-aliases': { env: 'HASURA_GRAPHQL_MAX_QUERY_ALIASES', key: 'maxAliases', factor: 1 },
  '--max-query-directives': { env: 'HASURA_GRAPHQL_MAX_QUERY_DIRECTIVES', key: 'maxDirectives', factor: 1 },
  '--max-query-cost': { env: 'HASURA_GRAPHQL_MAX_QUERY_COST', key: 'maxCost', factor: 1 },
  '--query-cache-bytes': { env: 'HASURA_GRAPHQL_QUERY_CACHE_BYTES', key: 'documentCacheBytes', factor: 1 },
  '--max-concurrent-per-session': { env: 'HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION', key: 'maxConcurrentPerSession', factor: 1 },
  '--max-waiting-per-session': { env: 'HASURA_GRAPHQL_MAX_WAITING_PER_SESSION', key: 'maxWaitingPerSession', factor: 1 },
};

export const USAGE = `Usage: hasura-compatible-server [flags]
  --metadata-dir <dir>         HASURA_GRAPHQL_METADATA_DIR      Hasura CLI v3 metadata/ directory
  --database-url <url>         HASURA_GRAPHQL_DATABASE_URL or DATABASE_URL (required)
  --query-database-url <url>   HASURA_GRAPHQL_QUERY_DATABASE_URL  GraphQL queries log in with this (e.g. a read-only role); default the database URL
  --port <n>                   HASURA_GRAPHQL_SERVER_PORT        default 3010
  --host <addr>                HASURA_GRAPHQL_SERVER_HOST        default 127.0.0.1
  --admin-secret <s>           HASURA_GRAPHQL_ADMIN_SECRET
  --jwt-secret <json>          HASURA_GRAPHQL_JWT_SECRET
  --unauthorized-role <role>   HASURA_GRAPHQL_UNAUTHORIZED_ROLE
  --stringify-numeric-types    HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES=true
  --v1-boolean-null-collapse   HASURA_GRAPHQL_V1_BOOLEAN_NULL_COLLAPSE=true
  --cors-domain <list>         HASURA_GRAPHQL_CORS_DOMAIN        default *
  --pg-connections <n>         HASURA_GRAPHQL_PG_CONNECTIONS     default 10
  --enabled-apis <list>        HASURA_GRAPHQL_ENABLED_APIS       default graphql,metadata
  --enable-console[=false]     HASURA_GRAPHQL_ENABLE_CONSOLE     default true
  --live-queries-multiplexed-refetch-interval <ms>
                               HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL  default 1000
  --live-queries-multiplexed-batch-size <n>
                               HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE        default 100
  --streaming-queries-multiplexed-refetch-interval <ms>
                               HASURA_GRAPHQL_STREAMING_QUERIES_MULTIPLEXED_REFETCH_INTERVAL default 1000
  --websocket-keepalive <s>    HASURA_GRAPHQL_WEBSOCKET_KEEPALIVE                        default 5
  --websocket-connection-init-timeout <s>
                               HASURA_GRAPHQL_WEBSOCKET_CONNECTION_INIT_TIMEOUT          default 3
  --ws-max-connections <n>     HASURA_COMPAT_WS_MAX_CONNECTIONS  default 1000
  --ws-max-operations <n>      HASURA_COMPAT_WS_MAX_OPERATIONS   default 100 per connection
  --ws-max-message-bytes <n>   HASURA_COMPAT_WS_MAX_MESSAGE_BYTES default 1048576
  --allowed-hosts <list>       HASURA_GRAPHQL_ALLOWED_HOSTS      Host names served besides loopback ones (* = any)
  --max-request-bytes <n>      HASURA_GRAPHQL_MAX_REQUEST_BYTES  default 4194304
  --max-response-bytes <n>     HASURA_GRAPHQL_MAX_RESPONSE_BYTES default 16777216
  --max-batch-size <n>         HASURA_GRAPHQL_MAX_BATCH_SIZE     default 20
  --statement-timeout <s>      HASURA_GRAPHQL_STATEMENT_TIMEOUT  seconds, default 10
  --pg-pool-timeout <s>        HASURA_GRAPHQL_PG_POOL_TIMEOUT    seconds, default 5
  --max-query-tokens <n>       HASURA_GRAPHQL_MAX_QUERY_TOKENS   default 10000
  --max-query-depth <n>        HASURA_GRAPHQL_MAX_QUERY_DEPTH    default 15
  --max-query-aliases <n>      HASURA_GRAPHQL_MAX_QUERY_ALIASES  default 50
  --max-query-directives <n>   HASURA_GRAPHQL_MAX_QUERY_DIRECTIVES default 50
  --max-query-cost <n>         HASURA_GRAPHQL_MAX_QUERY_COST     default 20000
  --query-cache-bytes <n>      HASURA_GRAPHQL_QUERY_CACHE_BYTES  default 16777216 (per role)
  --max-concurrent-per-session <n>
                               HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION  default 2 (requests of one user running at once; admin exempt)
  --max-waiting-per-session <n>
                               HASURA_GRAPHQL_MAX_WAITING_PER_SESSION     default 32 (the rest wait up to the pool timeout)`;

function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

/** Reads flags and env; throws ConfigError naming the bad or missing setting. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): HasuraServerOptions | 'help' {
  const values = new Map<string, { value: string; source: string }>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const limitSpec = LIMIT_FLAGS[flag];
    if (limitSpec) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined) throw new ConfigError(`${flag} needs a value`);
      values.set(flag, { value, source: flag });
      continue;
    }
    const spec = FLAGS[flag];
    if (!spec) throw new ConfigError(`unknown flag ${flag} (see --help)`);
    if (spec.key === 'help') return 'help';
    if (spec.boolean) values.set(flag, { value: inline ?? 'true', source: flag });
    else {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined) throw new ConfigError(`${flag} needs a value`);
      values.set(flag, { value, source: flag });
    }
  }
  for (const [flag, spec] of Object.entries(FLAGS)) {
    if (values.has(flag)) continue;
    for (const name of spec.env) {
      const value = env[name];
      if (value !== undefined && value !== '') {
        values.set(flag, { value, source: name });
        break;
      }
    }
  }
  for (const [flag, spec] of Object.entries(LIMIT_FLAGS)) {
    const value = env[spec.env];
    if (!values.has(flag) && value !== undefined && value !== '') values.set(flag, { value, source: spec.env });
  }
  const get = (flag: string) => values.get(flag);
  const databaseUrl = get('--database-url');
  if (!databaseUrl) throw new ConfigError('HASURA_GRAPHQL_DATABASE_URL (or DATABASE_URL, or --database-url) is required');
  try {
    new URL(databaseUrl.value);
  } catch {
    throw new ConfigError(`${databaseUrl.source} is not a valid postgres:// URL`);
  }
  const opts: HasuraServerOptions = { databaseUrl: databaseUrl.value };
  const queryDatabaseUrl = get('--query-database-url');
  if (queryDatabaseUrl) {
    try {
      new URL(queryDatabaseUrl.value);
    } catch {
      throw new ConfigError(`${queryDatabaseUrl.source} is not a valid postgres:// URL`);
    }
    opts.queryDatabaseUrl = queryDatabaseUrl.value;
  }
  const port = get('--port');
  if (port) {
    const n = Number(port.value);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${port.source} must be a port number, got "${port.value}"`);
    opts.port = n;
  } else opts.port = 3010;
  const str = (flag: string): string | undefined => get(flag)?.value;
  const metadataDir = str('--metadata-dir');
  if (metadataDir) opts.metadataDir = metadataDir;
  opts.host = str('--host') ?? '127.0.0.1';
  const adminSecret = str('--admin-secret');
  if (adminSecret) opts.adminSecret = adminSecret;
  const jwtSecret = str('--jwt-secret');
  if (jwtSecret) opts.jwtSecret = jwtSecret;
  const unauthorizedRole = str('--unauthorized-role');
  if (unauthorizedRole) opts.unauthorizedRole = unauthorizedRole;
  const stringify = get('--stringify-numeric-types');
  if (stringify) opts.stringifyNumericTypes = parseBoolean(stringify.value, stringify.source);
  const cors = str('--cors-domain');
  if (cors) opts.corsDomain = cors;
  const connections = get('--pg-connections');
  if (connections) {
    const n = Number(connections.value);
    if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${connections.source} must be a positive integer, got "${connections.value}"`);
    opts.pgConnections = n;
  }
  const apis = get('--enabled-apis');
  if (apis) {
    const list = apis.value.split(',').map((a) => a.trim()).filter(Boolean);
    const known = ['graphql', 'metadata', 'pgdump', 'config', 'developer', 'metrics'];
    const unknown = list.filter((a) => !known.includes(a));
    if (unknown.length > 0) throw new ConfigError(`${apis.source} has unknown APIs: ${unknown.join(', ')}`);
    opts.enabledApis = list;
  }
  const consoleFlag = get('--enable-console');
  if (consoleFlag) opts.enableConsole = parseBoolean(consoleFlag.value, consoleFlag.source);
  const positive = (flag: string): number | undefined => {
    const setting = get(flag);
    if (!setting) return undefined;
    const n = Number(setting.value);
    if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${setting.source} must be a positive integer, got "${setting.value}"`);
    return n;
  };
  const numbers = [
    ['--live-queries-multiplexed-refetch-interval', 'liveQueriesRefetchIntervalMs'],
    ['--live-queries-multiplexed-batch-size', 'liveQueriesBatchSize'],
    ['--streaming-queries-multiplexed-refetch-interval', 'streamingQueriesRefetchIntervalMs'],
    ['--websocket-keepalive', 'websocketKeepAliveSeconds'],
    ['--websocket-connection-init-timeout', 'websocketConnectionInitTimeoutSeconds'],
    ['--ws-max-connections', 'websocketMaxConnections'],
    ['--ws-max-operations', 'websocketMaxOperations'],
    ['--ws-max-message-bytes', 'websocketMaxMessageBytes'],
  ] as const;
  for (const [flag, key] of numbers) {
    const n = positive(flag);
    if (n !== undefined) opts[key] = n;
  }
  const collapse = get('--v1-boolean-null-collapse');
  if (collapse) opts.v1BooleanNullCollapse = parseBoolean(collapse.value, collapse.source);
  const hosts = str('--allowed-hosts');
  if (hosts) opts.allowedHosts = hosts.split(',').map((h) => h.trim()).filter(Boolean);
  const limits: Partial<ServerLimits> = {};
  for (const [flag, spec] of Object.entries(LIMIT_FLAGS)) {
    const given = get(flag);
    if (!given) continue;
    const n = Number(given.value);
    if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${given.source} must be a positive number, got "${given.value}"`);
    limits[spec.key] = Math.round(n * spec.factor);
  }
  if (Object.keys(limits).length > 0) opts.limits = limits;
  return opts;
}
