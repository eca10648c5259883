import type { SessionStore } from './session-store';

/** What every sign-in screen receives. */
export interface SignInProps {
  readonly session: SessionStore;
}
