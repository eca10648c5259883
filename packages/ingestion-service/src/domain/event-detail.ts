/**
 * What travels as an EventBridge detail: the verified Stripe event itself, or — when the event
 * is too large for one EventBridge entry (256 KB) — a claim check naming it. The webhook stores
 * such an event in stripe_events before it publishes the claim check, and the persistence
 * functions read it back from there (persistence/resolve-event-detail.ts).
 */
import type Stripe from 'stripe';
import { asStripeEvent, MalformedStripeEventError } from './stripe-event.js';

const CLAIM_CHECK_OBJECT = 'stripe_event_claim_check';

/** Stands for a Stripe event stored in stripe_events under `id`. */
interface ClaimCheck {
  object: typeof CLAIM_CHECK_OBJECT;
  id: string;
  type: string;
  created: number;
}

export type EventDetail = Stripe.Event | ClaimCheck;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isClaimCheck(value: unknown): value is ClaimCheck {
  return (
    isRecord(value) &&
    value.object === CLAIM_CHECK_OBJECT &&
    typeof value.id === 'string' && value.id !== '' &&
    typeof value.type === 'string' && value.type !== '' &&
    typeof value.created === 'number' && Number.isFinite(value.created)
  );
}

/** The claim check that stands for `event` (same id, type and created, so routing and logs agree). */
export function claimCheckOf(event: Stripe.Event): ClaimCheck {
  return { object: CLAIM_CHECK_OBJECT, id: event.id, type: event.type, created: event.created };
}

/** Narrows untrusted JSON to a Stripe event or a claim check, or throws MalformedStripeEventError. */
export function asEventDetail(value: unknown, where: string): EventDetail {
  if (isClaimCheck(value)) return value;
  try {
    return asStripeEvent(value, where);
  } catch (error) {
    if (error instanceof MalformedStripeEventError) {
      throw new MalformedStripeEventError(`${where} is neither a Stripe event nor a claim check (needs object "event", id, type, created, data.object)`);
    }
    throw error;
  }
}
