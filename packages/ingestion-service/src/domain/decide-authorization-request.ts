/** The real-time answer to `issuing_authorization.request` (pure, no I/O: Stripe waits 2 s). */
import type Stripe from 'stripe';

export type AuthorizationDecisionReason =
  | 'approved'
  | 'card_not_active'
  | 'card_spending_controls'
  | 'cardholder_spending_controls'
  | 'unreadable_request';

export interface AuthorizationDecision {
  approved: boolean;
  reason: AuthorizationDecisionReason;
}

type CategoryControls = {
  allowed_categories?: readonly string[] | null;
  blocked_categories?: readonly string[] | null;
} | null | undefined;

/**
 * True when the controls forbid the category: it is in `blocked_categories`, or
 * `allowed_categories` is a non-empty list without it (Stripe treats an empty/absent list as
 * "no allow-list").
 */
export function isCategoryBlocked(controls: CategoryControls, category: string): boolean {
  if (!controls) return false;
  const blocked = Array.isArray(controls.blocked_categories) ? controls.blocked_categories : [];
  if (blocked.some((value) => value === category)) return true;
  const allowed = Array.isArray(controls.allowed_categories) ? controls.allowed_categories : [];
  return allowed.length > 0 && !allowed.some((value) => value === category);
}

/**
 * Decline when the card (embedded whole in the request) is not `active`, or when the card's or
 * its cardholder's spending controls block the merchant category; otherwise approve.
 */
export function decideAuthorizationRequest(authorization: Stripe.Issuing.Authorization): AuthorizationDecision {
  const card: unknown = authorization.card;
  const merchant: unknown = authorization.merchant_data;
  // Signed by Stripe, yet without the parts the decision needs: fail closed (decline).
  if (!isCardLike(card) || !isMerchantLike(merchant)) return { approved: false, reason: 'unreadable_request' };
  return decide(authorization.card, merchant.category);
}

function isCardLike(value: unknown): value is Pick<Stripe.Issuing.Card, 'status'> {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'string';
}

function isMerchantLike(value: unknown): value is { category: string } {
  return typeof value === 'object' && value !== null && 'category' in value && typeof value.category === 'string';
}

function decide(card: Stripe.Issuing.Card, category: string): AuthorizationDecision {
  if (card.status !== 'active') return { approved: false, reason: 'card_not_active' };
  if (isCategoryBlocked(card.spending_controls, category)) {
    return { approved: false, reason: 'card_spending_controls' };
  }
  const cardholder = card.cardholder;
  if (typeof cardholder === 'object' && cardholder !== null && isCategoryBlocked(cardholder.spending_controls, category)) {
    return { approved: false, reason: 'cardholder_spending_controls' };
  }
  return { approved: true, reason: 'approved' };
}
