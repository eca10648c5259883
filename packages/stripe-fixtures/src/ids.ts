import type { Rng } from './rng.js';

/** Stripe-style object id: prefix, then "1" and 23 base62 characters (e.g. `iauth_1Q…`). */
export function stripeId(rng: Rng, prefix: string): string {
  return `${prefix}_1${rng.base62(23)}`;
}
