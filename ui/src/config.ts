/**
 * The dashboard's settings, fixed at build time by Vite env variables and read once here.
 * Defaults point at `npm start`'s GraphQL server.
 */
export interface OidcSettings {
  readonly authority: string;
  readonly clientId: string;
  readonly scope: string;
  readonly redirectUri: string;
  readonly token: 'id_token' | 'access_token';
}

export interface DashboardConfig {
  readonly graphqlUrl: string;
  readonly graphqlWsUrl: string;
  /** Undefined when VITE_OIDC_AUTHORITY or VITE_OIDC_CLIENT_ID is missing. */
  readonly oidc: OidcSettings | undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The VITE_ variables the dashboard reads. */
type DashboardEnv = Pick<ImportMetaEnv, 'VITE_GRAPHQL_URL' | 'VITE_GRAPHQL_WS_URL' | 'VITE_OIDC_AUTHORITY' | 'VITE_OIDC_CLIENT_ID' | 'VITE_OIDC_SCOPE' | 'VITE_OIDC_REDIRECT_URI' | 'VITE_OIDC_TOKEN'>;

/** Reads the build-time settings. */
export function readConfig(env: DashboardEnv, origin: string): DashboardConfig {
  const authority = nonEmpty(env.VITE_OIDC_AUTHORITY);
  const clientId = nonEmpty(env.VITE_OIDC_CLIENT_ID);
  return {
    graphqlUrl: nonEmpty(env.VITE_GRAPHQL_URL) ?? 'http://127.0.0.1:3010/v1/graphql',
    graphqlWsUrl: nonEmpty(env.VITE_GRAPHQL_WS_URL) ?? 'ws://127.0.0.1:3010/v1/graphql',
    oidc:
      authority && clientId
        ? {
            authority,
            clientId,
            scope: nonEmpty(env.VITE_OIDC_SCOPE) ?? 'openid profile email',
            redirectUri: nonEmpty(env.VITE_OIDC_REDIRECT_URI) ?? `${origin}/`,
            token: env.VITE_OIDC_TOKEN === 'access_token' ? 'access_token' : 'id_token',
          }
        : undefined,
  };
}
