/** Checks the Stripe-Signature header over the raw body bytes and parses the event. */
import Stripe from 'stripe';
import { isStripeEvent } from './stripe-event.js';

/** Stripe's default: a signature older than 300 s is refused (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The request can never be accepted (HTTP 400); `reason` is short and safe to return. */
export class WebhookRejectedError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'WebhookRejectedError';
  }
}

export interface VerifyOptions {
  /** Reference time in ms (tests); defaults to now. */
  receivedAtMs?: number;
}

function isSignatureError(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeSignatureVerificationError;
}

/**
 * Returns the verified event, or throws WebhookRejectedError for a missing, bad or stale
 * signature and for a body that is not a Stripe event. `rawBody` must be the bytes Stripe sent.
 */
export function verifyStripeEvent(
  rawBody: Buffer,
  signatureHeader: string | undefined,
  secret: string,
  options: VerifyOptions = {},
): Stripe.Event {
  if (signatureHeader === undefined || signatureHeader.trim() === '') {
    throw new WebhookRejectedError('missing Stripe-Signature header');
  }
  let parsed: unknown;
  try {
    parsed = Stripe.webhooks.constructEvent(
      rawBody,
      signatureHeader,
      secret.trim(),
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      options.receivedAtMs,
    );
  } catch (error) {
    if (isSignatureError(error)) {
      const message = error instanceof Error ? error.message : '';
      const stale = message.includes('Timestamp outside the tolerance zone');
      throw new WebhookRejectedError(stale ? 'stale signature timestamp' : 'invalid signature', { cause: error });
    }
    // The signature matched but the body is not JSON.
    throw new WebhookRejectedError('unparsable body', { cause: error });
  }
  if (!isStripeEvent(parsed)) throw new WebhookRejectedError('body is not a Stripe event');
  return parsed;
}
