/**
 * `npm start` configuration, read once from the environment and validated. Ports and other
 * defaults come from @issuing/dev-defaults; secrets not given by the environment are the ones
 * generated on first start and kept in `.data/dev-secrets.json`.
 */
import path from 'node:path';
import { DEV_PORTS, REPO_ROOT, devSecretsFile, hasuraJwtSecret, loadDevSecrets } from '@issuing/dev-defaults';
import { ConfigError } from '@issuing/kernel';

export interface StackConfig {
  /** Use this PostgreSQL (as the owner of the application's schema) instead of the embedded one. */
  readonly databaseUrl: string | undefined;
  /** HASURA_GRAPHQL_QUERY_DATABASE_URL: what GraphQL queries log in with; default the read-only role the stack creates. */
  readonly queryDatabaseUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  readonly embeddedPostgresDir: string;
  /** True when EMBEDDED_POSTGRES_DIR is not set (the stack may then move the folder where PostgreSQL can reach it). */
  readonly embeddedPostgresDirIsDefault: boolean;
  readonly webhookPort: number;
  readonly lambdaPort: number;
  readonly eventBridgePort: number;
  readonly eventBridgePubSubPort: number;
  readonly hasuraPort: number;
  /** The dashboard (ui/ built by Vite) and its dev sign-in endpoints. */
  readonly dashboardPort: number;
  /** DASHBOARD_HMR=true: serve ui/ through Vite's dev server (hot reload, React's development build) instead of a watched optimized build. */
  readonly dashboardHmr: boolean;
  readonly webhookSecret: string;
  readonly adminSecret: string;
  /** Where the admin secret comes from, for the start-up message. */
  readonly adminSecretSource: string;
  readonly jwtSecret: string;
  /** The generated dev secrets file. */
  readonly secretsFile: string;
  readonly postgresPassword: string;
  readonly ownerPassword: string;
  readonly graphqlPassword: string;
  readonly deadLetterDir: string;
  /** Seed demo data when the database has no users (SEED=false turns it off). */
  readonly seedWhenEmpty: boolean;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]?.trim() ?? '';
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function postgresUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim() || undefined;
  if (!value) return undefined;
  try {
    const parsed = new URL(value);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('not a postgres URL');
  } catch {
    throw new ConfigError(`${name} is not a postgres:// URL: "${value}"`);
  }
  return value;
}

/** A path relative to the current folder when it is inside it, else absolute. */
function forDisplay(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Reads and validates the stack's environment; creates the dev secrets on first use. */
export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const databaseUrl = postgresUrl(env, 'DATABASE_URL');
  const queryDatabaseUrl = postgresUrl(env, 'HASURA_GRAPHQL_QUERY_DATABASE_URL');
  const secretsFile = devSecretsFile(env);
  const secrets = loadDevSecrets(secretsFile);
  const jwtSecret = env.HASURA_GRAPHQL_JWT_SECRET?.trim() || hasuraJwtSecret(secrets.jwtKey);
  try {
    JSON.parse(jwtSecret);
  } catch {
    throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET must be JSON such as {"type":"HS256","key":"<32+ chars>"}');
  }
  const adminFromEnv = env.HASURA_GRAPHQL_ADMIN_SECRET?.trim();
  const embeddedDir = env.EMBEDDED_POSTGRES_DIR?.trim();
  return {
    databaseUrl,
    queryDatabaseUrl,
    embeddedPostgresPort: port(env, 'EMBEDDED_POSTGRES_PORT', DEV_PORTS.postgres),
    embeddedPostgresDir: path.resolve(REPO_ROOT, embeddedDir || '.data/postgres'),
    embeddedPostgresDirIsDefault: !embeddedDir,
    webhookPort: port(env, 'WEBHOOK_PORT', DEV_PORTS.webhook),
    lambdaPort: port(env, 'LAMBDA_PORT', DEV_PORTS.lambda),
    eventBridgePort: port(env, 'EVENTBRIDGE_PORT', DEV_PORTS.eventBridge),
    eventBridgePubSubPort: port(env, 'EVENTBRIDGE_PUBSUB_PORT', DEV_PORTS.eventBridgePubSub),
    hasuraPort: port(env, 'HASURA_GRAPHQL_SERVER_PORT', DEV_PORTS.graphql),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || secrets.webhookSecret,
    adminSecret: adminFromEnv || secrets.adminSecret,
    adminSecretSource: adminFromEnv ? 'HASURA_GRAPHQL_ADMIN_SECRET' : forDisplay(secretsFile),
    dashboardPort: port(env, 'DASHBOARD_PORT', DEV_PORTS.dashboard),
    dashboardHmr: flag(env, 'DASHBOARD_HMR'),
    jwtSecret,
    secretsFile,
    postgresPassword: secrets.postgresPassword,
    ownerPassword: secrets.ownerPassword,
    graphqlPassword: secrets.graphqlPassword,
    deadLetterDir: path.resolve(REPO_ROOT, env.DEAD_LETTER_DIR ?? '.data/dead-letters'),
    seedWhenEmpty: (env.SEED ?? 'true') !== 'false',
  };
}
