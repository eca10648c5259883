/**
 * `npm start` configuration, read once from the environment and validated.
 * Every default is a documented dev value; none of them is a real secret.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const DEV_WEBHOOK_SECRET = 'whsec_dev_local_only_not_a_real_secret';
export const DEV_ADMIN_SECRET = 'dev-admin-secret-change-me-0123456789';
export const DEV_JWT_SECRET = '{"type":"HS256","key":"dev-jwt-signing-key-change-me-0123456789abcdef"}';
export const DEFAULT_USER_ID = '332787f1-1814-47e1-870e-2b9be86d1533';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface StackConfig {
  /** Use this PostgreSQL instead of the embedded one. */
  readonly databaseUrl: string | undefined;
  readonly embeddedPostgresPort: number;
  readonly embeddedPostgresDir: string;
  readonly webhookPort: number;
  readonly lambdaPort: number;
  readonly eventBridgePort: number;
  readonly eventBridgePubSubPort: number;
  readonly hasuraPort: number;
  /** The dashboard (ui/ through Vite) and its dev sign-in endpoints. */
  readonly dashboardPort: number;
  readonly webhookSecret: string;
  readonly adminSecret: string;
  readonly jwtSecret: string;
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

/** Reads and validates the stack's environment. */
export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) {
    try {
      const parsed = new URL(databaseUrl);
      if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('not a postgres URL');
    } catch {
      throw new ConfigError(`DATABASE_URL is not a postgres:// URL: "${databaseUrl}"`);
    }
  }
  const jwtSecret = env.HASURA_GRAPHQL_JWT_SECRET?.trim() || DEV_JWT_SECRET;
  try {
    JSON.parse(jwtSecret);
  } catch {
    throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET must be JSON such as {"type":"HS256","key":"<32+ chars>"}');
  }
  return {
    databaseUrl,
    embeddedPostgresPort: port(env, 'EMBEDDED_POSTGRES_PORT', 5500),
    embeddedPostgresDir: path.resolve(REPO_ROOT, env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres'),
    webhookPort: port(env, 'WEBHOOK_PORT', 4000),
    lambdaPort: port(env, 'LAMBDA_PORT', 4002),
    eventBridgePort: port(env, 'EVENTBRIDGE_PORT', 4010),
    eventBridgePubSubPort: port(env, 'EVENTBRIDGE_PUBSUB_PORT', 4011),
    hasuraPort: port(env, 'HASURA_GRAPHQL_SERVER_PORT', 3010),
    dashboardPort: port(env, 'DASHBOARD_PORT', 3000),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || DEV_WEBHOOK_SECRET,
    adminSecret: env.HASURA_GRAPHQL_ADMIN_SECRET?.trim() || DEV_ADMIN_SECRET,
    jwtSecret,
    deadLetterDir: path.resolve(REPO_ROOT, env.DEAD_LETTER_DIR ?? '.data/dead-letters'),
    seedWhenEmpty: (env.SEED ?? 'true') !== 'false',
  };
}
