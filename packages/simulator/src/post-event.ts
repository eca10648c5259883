import type { IssuingEvent } from '@issuing/stripe-fixtures';
import { signedHeader } from '@issuing/stripe-fixtures';
import { SimulatorConnectionError } from './errors.js';
import { errorCode, isRecord } from '@issuing/kernel';

export interface PostResult {
  status: number;
  /** For `issuing_authorization.request`: the synchronous answer, or null when there was none. */
  approved: boolean | null;
}

/** Network failures worth retrying (the server dropped a kept-alive connection, a hiccup). */
const TRANSIENT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

function networkCode(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  return errorCode(error) ?? 'network error';
}

function answerOf(body: unknown): boolean | null {
  if (isRecord(body) && typeof body.approved === 'boolean') {
    return body.approved;
  }
  return null;
}

/**
 * POSTs one event the way Stripe does: the exact JSON bytes, signed over `t.body` with the
 * endpoint secret at the time of sending. Any HTTP answer is a result; only a failure to talk
 * to the server at all throws (after two retries for transient errors).
 */
export async function postEvent(url: string, event: IssuingEvent, secret: string, timeoutMs: number): Promise<PostResult> {
  const body = JSON.stringify(event);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          Accept: 'application/json',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signedHeader(body, secret),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (event.type !== 'issuing_authorization.request' || !response.ok) return { status: response.status, approved: null };
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: response.status, approved: answerOf(parsed) };
    } catch (error) {
      const code = networkCode(error);
      if (TRANSIENT.has(code) && attempt < 2) {
        await new Promise((resolve) => setTimeout(resolve, 100 * 3 ** attempt));
        continue;
      }
      throw new SimulatorConnectionError(url, `cannot reach the webhook at ${url} (${code}): is the stack running? Start it with npm start`, {
        cause: error,
      });
    }
  }
}
