import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../src/apollo/create-apollo-client';
import { SessionStore } from '../src/auth/session-store';
import { App } from '../src/components/App';
import { readConfig } from '../src/config';

function expiredToken(): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode({ exp: Math.floor(Date.now() / 1000) - 1 })}.x`;
}

describe('App', () => {
  it('clears the screen and offers to sign in again when the token has expired', async () => {
    // Prepare
    const session = new SessionStore();
    const apollo = createApolloClient({ httpUrl: 'http://127.0.0.1:9/v1/graphql', wsUrl: 'ws://127.0.0.1:9/v1/graphql', session });

    // Act
    render(<App config={readConfig({}, 'http://127.0.0.1:3000')} session={session} apollo={apollo} />);
    session.signIn(expiredToken(), 'someone');

    // Assert
    expect(await screen.findByText(/Your session has ended/)).toBeTruthy();
    expect(screen.queryByTestId('signed-in-user')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });

  it('defaults to the npm start GraphQL server and no OIDC provider', () => {
    expect(readConfig({}, 'http://127.0.0.1:3000')).toEqual({ graphqlUrl: 'http://127.0.0.1:3010/v1/graphql', graphqlWsUrl: 'ws://127.0.0.1:3010/v1/graphql', oidc: undefined });
  });
});
