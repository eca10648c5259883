/** Test support: graphql-ws clients (the library the dashboard uses) over `ws`, and waiting without timed assertions. */
import { type Client, type FormattedExecutionResult, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** Resolves once `condition` holds; the test's own timeout bounds the wait. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

interface ClosedEvent {
  code: number;
  reason: string;
}

export interface TestClient {
  client: Client;
  /** Set once the socket closed, with the close code the client saw. */
  closed: () => ClosedEvent | null;
  dispose: () => Promise<void>;
}

/** A graphql-ws client sending `headers` in the connection_init payload, never retrying. */
export function wsClient(serverUrl: string, headers: Record<string, string>): TestClient {
  let closed: ClosedEvent | null = null;
  const client = createClient({
    url: `${serverUrl.replace(/^http/, 'ws')}/v1/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { headers },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        if (event instanceof Object && 'code' in event && typeof event.code === 'number') {
          closed = { code: event.code, reason: 'reason' in event && typeof event.reason === 'string' ? event.reason : '' };
        }
      },
    },
  });
  return {
    client,
    closed: () => closed,
    dispose: async () => {
      await client.dispose();
    },
  };
}

interface LiveSubscription {
  results: FormattedExecutionResult<Record<string, unknown>, unknown>[];
  error: () => unknown;
  completed: () => boolean;
  /** Waits for the n-th result (1-based) and returns it. */
  nth: (n: number) => Promise<FormattedExecutionResult<Record<string, unknown>, unknown>>;
  stop: () => void;
}

/** Subscribes and records every result. */
export function subscribe(test: TestClient, query: string, variables?: Record<string, unknown>): LiveSubscription {
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  let error: unknown = null;
  let completed = false;
  const stop = test.client.subscribe(
    { query, variables },
    {
      next: (value) => results.push(value),
      error: (e) => {
        error = e;
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    results,
    error: () => error,
    completed: () => completed,
    nth: async (n) => {
      await until(() => results.length >= n || error !== null || completed);
      const result = results[n - 1];
      if (!result) throw new Error(`subscription ended before result ${n}: ${JSON.stringify(error)}`);
      return result;
    },
    stop,
  };
}
