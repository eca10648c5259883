/** Environment of `npm run migrations`, read and validated once. */
import { ConfigError } from '@issuing/kernel';

export interface MigrateConfig {
  /** Direct mode target; required when no Hasura endpoint is given. */
  readonly databaseUrl: string | undefined;
  /** A running Hasura v2 (e.g. http://localhost:8080): apply through its APIs instead. */
  readonly hasuraEndpoint: string | undefined;
  readonly adminSecret: string | undefined;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function readMigrateConfig(env: NodeJS.ProcessEnv = process.env): MigrateConfig {
  const config: MigrateConfig = {
    databaseUrl: optional(env, 'DATABASE_URL'),
    hasuraEndpoint: optional(env, 'HASURA_GRAPHQL_ENDPOINT'),
    adminSecret: optional(env, 'HASURA_GRAPHQL_ADMIN_SECRET'),
  };
  if (config.hasuraEndpoint) {
    try {
      new URL(config.hasuraEndpoint);
    } catch {
      throw new ConfigError(`HASURA_GRAPHQL_ENDPOINT is not a URL: ${config.hasuraEndpoint}`);
    }
    return config;
  }
  if (!config.databaseUrl) {
    throw new ConfigError(
      'set DATABASE_URL (e.g. the database URL npm start prints), or HASURA_GRAPHQL_ENDPOINT and HASURA_GRAPHQL_ADMIN_SECRET to go through a running Hasura',
    );
  }
  return config;
}
