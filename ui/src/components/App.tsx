import { lazy, Suspense, useSyncExternalStore } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import LinearProgress from '@mui/material/LinearProgress';
import { ThemeProvider } from '@mui/material/styles';
import type { DashboardApollo } from '../apollo/create-apollo-client';
import type { SessionStore } from '../auth/session-store';
import { OidcSignIn } from '../auth/oidc/OidcSignIn';
import type { DashboardConfig } from '../config';
import { theme } from '../theme';
import { AppShell } from './AppShell';
import { Dashboard } from './Dashboard';

// Under `npm start` only: Vite's dev server (DEV) or the dev stack's optimized build (mode
// `dev-stack`). In `npm run build` both are constants that fold to false, which drops this import.
const DevSignIn = import.meta.env.DEV || import.meta.env.MODE === 'dev-stack' ? lazy(() => import('../auth/dev/DevSignIn')) : undefined;

export interface AppProps {
  readonly config: DashboardConfig;
  readonly session: SessionStore;
  readonly apollo: DashboardApollo;
}

/** Signed out: the sign-in screen; signed in: the dashboard; token expired: a clear screen. */
export function App({ config, session, apollo }: AppProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const signOut = () => {
    void apollo.reset().finally(() => session.signOut());
  };

  let page;
  if (state.kind === 'signed-in') {
    page = (
      <ApolloProvider client={apollo.client}>
        <Dashboard key={state.session.token} />
      </ApolloProvider>
    );
  } else if (state.kind === 'expired') {
    page = (
      <Container maxWidth="sm" sx={{ py: 4 }}>
        <Alert severity="warning" action={<Button onClick={signOut}>Sign in again</Button>}>
          Your session has ended. Sign in again to see your card activity.
        </Alert>
      </Container>
    );
  } else if (DevSignIn) {
    page = (
      <Suspense fallback={<LinearProgress />}>
        <DevSignIn session={session} />
      </Suspense>
    );
  } else {
    page = <OidcSignIn session={session} settings={config.oidc} />;
  }

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppShell user={state.kind === 'signed-in' ? state.session.label : undefined} onSwitchUser={state.kind === 'signed-in' ? signOut : undefined} switchLabel={DevSignIn ? 'Switch user' : 'Sign out'}>
        {page}
      </AppShell>
    </ThemeProvider>
  );
}
