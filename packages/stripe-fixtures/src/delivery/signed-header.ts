import Stripe from 'stripe';

/**
 * A `Stripe-Signature` header value for `payload` (the exact body bytes to send), signed with
 * `secret` at `timestamp` (unix seconds, default now) the way Stripe signs webhooks.
 */
export function signedHeader(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString(
    timestamp === undefined ? { payload, secret } : { payload, secret, timestamp },
  );
}
