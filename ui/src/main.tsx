/** The composition root: settings, the session, the one ApolloClient, then React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo/create-apollo-client';
import { SessionStore } from './auth/session-store';
import { App } from './components/App';
import { readConfig } from './config';

const config = readConfig(import.meta.env, window.location.origin);
const session = new SessionStore();
const apollo = createApolloClient({ httpUrl: config.graphqlUrl, wsUrl: config.graphqlWsUrl, session });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App config={config} session={session} apollo={apollo} />
  </StrictMode>,
);
