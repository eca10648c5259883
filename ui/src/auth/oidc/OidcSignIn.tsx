/**
 * Production sign-in: OpenID Connect authorization code flow with PKCE (oidc-client-ts), the
 * provider set at build time. The ID or access token (VITE_OIDC_TOKEN) becomes the bearer token.
 */
import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { UserManager, type User } from 'oidc-client-ts';
import type { OidcSettings } from '../../config';
import type { SignInProps } from '../sign-in-props';

export interface OidcSignInProps extends SignInProps {
  readonly settings: OidcSettings | undefined;
}

function tokenOf(user: User, settings: OidcSettings): string | undefined {
  return settings.token === 'access_token' ? user.access_token : user.id_token;
}

/** Finishes a redirect back from the provider, or offers to sign in. */
export function OidcSignIn({ session, settings }: OidcSignInProps) {
  const manager = useMemo(
    () =>
      settings
        ? new UserManager({ authority: settings.authority, client_id: settings.clientId, redirect_uri: settings.redirectUri, scope: settings.scope, response_type: 'code' })
        : undefined,
    [settings],
  );
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!manager || !settings) return;
    const params = new URLSearchParams(window.location.search);
    const returning = params.has('code') && params.has('state');
    const pending = returning ? manager.signinRedirectCallback() : manager.getUser();
    pending
      .then((user) => {
        if (returning) window.history.replaceState(null, '', window.location.pathname);
        const token = user && !user.expired ? tokenOf(user, settings) : undefined;
        if (user && token) session.signIn(token, user.profile.email ?? user.profile.sub);
      })
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }, [manager, session, settings]);

  return (
    <Container maxWidth="sm" sx={{ py: 4 }}>
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Typography component="h1" variant="h5" gutterBottom>
          Sign in
        </Typography>
        {!manager ? <Alert severity="error">Sign-in is not configured: this build was made without VITE_OIDC_AUTHORITY and VITE_OIDC_CLIENT_ID.</Alert> : null}
        {error ? <Alert severity="error">Sign-in failed: {error}</Alert> : null}
        <Button variant="contained" disabled={!manager} onClick={() => void manager?.signinRedirect().catch((cause: unknown) => setError(String(cause)))} sx={{ mt: 2 }}>
          Sign in with your account
        </Button>
      </Paper>
    </Container>
  );
}
