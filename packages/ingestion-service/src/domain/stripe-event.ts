/** Recognising a Stripe event in untrusted JSON (an EventBridge detail, a file, a queue message). */
import type Stripe from 'stripe';
import { isRecord } from '@issuing/kernel';

/** The value is not shaped like a Stripe event; retrying cannot help. */
export class MalformedStripeEventError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedStripeEventError';
  }
}

/**
 * Checks the envelope every Stripe event has (`object: "event"`, id, type, created, data.object
 * with an id). The objects inside are trusted to follow the API version Stripe signed them with.
 */
export function isStripeEvent(value: unknown): value is Stripe.Event {
  if (!isRecord(value)) return false;
  if (value.object !== 'event') return false;
  if (typeof value.id !== 'string' || value.id === '') return false;
  if (typeof value.type !== 'string' || value.type === '') return false;
  if (typeof value.created !== 'number' || !Number.isFinite(value.created)) return false;
  const data = value.data;
  return isRecord(data) && isRecord(data.object) && typeof data.object.id === 'string';
}

/** Narrows untrusted JSON to a Stripe event or throws MalformedStripeEventError. */
export function asStripeEvent(value: unknown, where: string): Stripe.Event {
  if (isStripeEvent(value)) return value;
  throw new MalformedStripeEventError(`${where} is not a Stripe event (needs object "event", id, type, created, data.object)`);
}
