/**
 * Fair turns between sessions: at most `perSession` GraphQL requests of one session (one user of
 * one role, or one client address when the session names no user) run at once; the session's
 * further requests wait their turn, unread, in a bounded queue. One cardholder in a loop can then
 * hold neither most of the pooled connections nor most of the event loop's turns, and everyone
 * else keeps being served. The admin is exempt, as Hasura exempts it from every API limit.
 */
import type { Session } from '../auth/resolve-session.js';
import { GraphQLRequestError } from '../errors.js';

export interface SessionGateLimits {
  /** Requests of one session running at once. */
  readonly perSession: number;
  /** Requests of one session waiting for a turn; one more is refused at once. */
  readonly maxWaiting: number;
  /** How long a request may wait for its turn before it is refused. */
  readonly waitMs: number;
}

/** The key requests share turns under, or undefined for the admin (never gated). */
export function sessionKey(session: Session, clientAddress: string): string | undefined {
  if (session.role === 'admin') return undefined;
  const user = session.variables['x-hasura-user-id'];
  return `${session.role}\u0000${user === undefined ? `address:${clientAddress}` : `user:${user}`}`;
}

interface Turns {
  running: number;
  readonly waiting: Array<() => void>;
}

function refused(message: string): GraphQLRequestError {
  return new GraphQLRequestError(message, 'concurrency-limit-exceeded', '$');
}

export class SessionGate {
  private readonly sessions = new Map<string, Turns>();

  constructor(private readonly limits: SessionGateLimits) {}

  /** Waits for a turn of `key`'s session; the returned function ends the turn (call it once). */
  async enter(key: string, signal?: AbortSignal): Promise<() => void> {
    let turns = this.sessions.get(key);
    if (!turns) {
      turns = { running: 0, waiting: [] };
      this.sessions.set(key, turns);
    }
    if (turns.running < this.limits.perSession) {
      turns.running += 1;
    } else {
      if (turns.waiting.length >= this.limits.maxWaiting) {
        throw refused(`this session already has ${this.limits.perSession} requests running and ${this.limits.maxWaiting} waiting (HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION); retry when they are answered`);
      }
      await this.waitForTurn(turns, signal); // the ending request hands its turn over
    }
    let ended = false;
    const session = turns;
    return () => {
      if (ended) return;
      ended = true;
      const next = session.waiting.shift();
      if (next) {
        next();
        return;
      }
      session.running -= 1;
      if (session.running === 0) this.sessions.delete(key);
    };
  }

  private waitForTurn(turns: Turns, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const leave = (error: GraphQLRequestError) => {
        const index = turns.waiting.indexOf(onTurn);
        if (index >= 0) turns.waiting.splice(index, 1);
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      };
      const onTurn = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => leave(refused('the client left while its request waited for a turn'));
      const timer = setTimeout(
        () => leave(refused(`this session's earlier requests kept every one of its ${this.limits.perSession} turns for ${this.limits.waitMs} ms (HASURA_GRAPHQL_MAX_CONCURRENT_PER_SESSION); retry later`)),
        this.limits.waitMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      turns.waiting.push(onTurn);
    });
  }
}
