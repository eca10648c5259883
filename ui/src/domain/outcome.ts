/**
 * An activity entry's outcome in words (never by colour alone): the read model's
 * settlement_status, and for declines Stripe's request_history reason.
 */

// Stripe's `request_history[].reason` values (docs.stripe.com/api/issuing/authorizations/object).
const DECLINE_REASONS: Record<string, string> = {
  account_disabled: 'the account is disabled',
  card_active: 'the card is active but the request was declined',
  card_canceled: 'the card is canceled',
  card_expired: 'the card has expired',
  card_inactive: 'the card is inactive',
  cardholder_blocked: 'the cardholder is blocked',
  cardholder_inactive: 'the cardholder is inactive',
  cardholder_verification_required: 'the cardholder must be verified first',
  insecure_authorization_method: 'an insecure payment method was used',
  insufficient_funds: 'insufficient funds',
  network_fallback: 'the card network decided while Stripe was unreachable',
  not_allowed: 'not allowed',
  pin_blocked: 'the PIN is blocked',
  spending_controls: 'a spending control blocks this merchant or amount',
  suspected_fraud: 'suspected fraud',
  verification_failed: 'verification failed (CVC, expiry or address)',
  webhook_approved: 'approved by the program',
  webhook_declined: 'declined by the program (spending rules)',
  webhook_error: 'the program could not answer in time (error)',
  webhook_timeout: 'the program did not answer in time',
};

/** Why a purchase was declined, in words. */
export function declineReasonText(reason: string | null | undefined): string {
  if (!reason) return 'no reason given';
  return DECLINE_REASONS[reason] ?? reason.replace(/_/g, ' ');
}

export interface OutcomeInput {
  readonly kind?: string | null;
  readonly settlement_status?: string | null;
  readonly decline_reason?: string | null;
  readonly transaction_type?: string | null;
  readonly authorization_id?: string | null;
}

export type OutcomeTone = 'success' | 'error' | 'warning' | 'info' | 'default';

export interface Outcome {
  /** Short label, e.g. "Declined". */
  readonly label: string;
  /** Full sentence fragment, e.g. "Declined: insufficient funds". */
  readonly text: string;
  readonly tone: OutcomeTone;
}

/** The outcome of one activity entry. */
export function outcomeOf(entry: OutcomeInput): Outcome {
  if (entry.kind === 'transaction') {
    return entry.transaction_type === 'refund'
      ? { label: 'Refund', text: 'Refund', tone: 'info' }
      : { label: 'Captured', text: entry.authorization_id ? 'Captured' : 'Captured (no authorization)', tone: 'success' };
  }
  switch (entry.settlement_status) {
    case 'declined': {
      const text = `Declined: ${declineReasonText(entry.decline_reason)}`;
      return { label: 'Declined', text, tone: 'error' };
    }
    case 'pending':
      return { label: 'Pending', text: 'Approved, pending (hold)', tone: 'warning' };
    case 'settled':
      return { label: 'Approved', text: 'Approved and settled', tone: 'success' };
    case 'closed':
      return { label: 'Approved', text: 'Approved, closed', tone: 'success' };
    case 'partially_captured':
      return { label: 'Partially captured', text: 'Approved, partially captured', tone: 'warning' };
    case 'refunded':
      return { label: 'Refunded', text: 'Approved, then refunded', tone: 'info' };
    case 'partially_refunded':
      return { label: 'Partially refunded', text: 'Approved, partially refunded', tone: 'info' };
    case 'reversed':
      return { label: 'Reversed', text: 'Approved, then reversed (hold released)', tone: 'default' };
    case 'expired':
      return { label: 'Expired', text: 'Approved, hold expired without capture', tone: 'default' };
    default:
      return { label: entry.settlement_status ?? 'Unknown', text: entry.settlement_status ?? 'Unknown', tone: 'default' };
  }
}
