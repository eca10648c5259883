/**
 * The signed-in session, outside React so the Apollo links read the current token at request
 * time. A token's expiry ends the session ("expired"), which clears the screen.
 */
import { readTokenClaims } from './jwt-claims';

export interface Session {
  readonly token: string;
  readonly userId: string | undefined;
  /** Shown in the app bar. */
  readonly label: string;
}

export type SessionState =
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'signed-in'; readonly session: Session };

type Listener = () => void;

/** Holds one session at a time and tells subscribers when it changes. */
export class SessionStore {
  private state: SessionState = { kind: 'signed-out' };
  private readonly listeners = new Set<Listener>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  readonly getState = (): SessionState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The bearer token of the current session, if any. */
  token(): string | undefined {
    return this.state.kind === 'signed-in' ? this.state.session.token : undefined;
  }

  signIn(token: string, label: string): void {
    const { expiresAt, userId } = readTokenClaims(token);
    if (expiresAt !== undefined && expiresAt <= Date.now()) {
      this.set({ kind: 'expired' });
      return;
    }
    this.set({ kind: 'signed-in', session: { token, userId, label } });
    if (expiresAt !== undefined) {
      // setTimeout's limit is about 24.8 days; longer tokens are checked again on the next sign-in.
      const delay = Math.min(expiresAt - Date.now(), 2_147_000_000);
      this.expiryTimer = setTimeout(() => this.expire(), delay);
    }
  }

  /** The server refused the token as expired or invalid. */
  expire(): void {
    if (this.state.kind === 'signed-in') this.set({ kind: 'expired' });
  }

  signOut(): void {
    this.set({ kind: 'signed-out' });
  }

  private set(next: SessionState): void {
    clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
