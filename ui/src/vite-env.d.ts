/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_GRAPHQL_URL?: string;
  readonly VITE_GRAPHQL_WS_URL?: string;
  readonly VITE_OIDC_AUTHORITY?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_OIDC_SCOPE?: string;
  readonly VITE_OIDC_REDIRECT_URI?: string;
  /** Which OIDC token Hasura verifies: `id_token` (default) or `access_token`. */
  readonly VITE_OIDC_TOKEN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
