/**
 * What one Stripe event writes to each projection (pure). The persistence layer turns a plan
 * into upserts; the ranking in each row decides whether it replaces what is stored. Each
 * persistence function plans only its own projection (`planCardholdersCards`,
 * `planAuthorizations`, `planTransactions`); `planProjections` is all three, for the one-shot
 * path (seeds, rebuild).
 */
import type Stripe from 'stripe';
import type { AuthorizationRow, CardholderRow, CardRow, TransactionRow } from './rows.js';
import { authorizationSnapshotRank, objectSnapshotRank, type SnapshotKey } from './snapshot-key.js';
import { toAuthorizationRow } from './to-authorization-row.js';
import { toCardholderRow } from './to-cardholder-row.js';
import { toCardRow } from './to-card-row.js';
import { toTransactionRow } from './to-transaction-row.js';

export interface ProjectionPlan {
  cardholders: CardholderRow[];
  cards: CardRow[];
  authorizations: AuthorizationRow[];
  transactions: TransactionRow[];
}

function key(event: Stripe.Event, rank: number): SnapshotKey {
  return { rank, created: event.created, eventId: event.id };
}

/** Cardholder and card rows of `event`: a cardholder, or a card plus its embedded cardholder. */
export function planCardholdersCards(event: Stripe.Event): Pick<ProjectionPlan, 'cardholders' | 'cards'> {
  switch (event.type) {
    case 'issuing_cardholder.created':
    case 'issuing_cardholder.updated':
      return { cardholders: [toCardholderRow(event.data.object, key(event, objectSnapshotRank(event.type, false)))], cards: [] };
    case 'issuing_card.created':
    case 'issuing_card.updated': {
      const card = event.data.object;
      const cards = [toCardRow(card, key(event, objectSnapshotRank(event.type, false)))];
      // A card embeds its whole cardholder: a snapshot of it as of this event.
      const cardholders =
        typeof card.cardholder === 'object' && card.cardholder !== null
          ? [toCardholderRow(card.cardholder, key(event, objectSnapshotRank(event.type, true)))]
          : [];
      return { cardholders, cards };
    }
    default:
      return { cardholders: [], cards: [] };
  }
}

/** The authorization row of `event` (request, created and updated snapshots), if it is one. */
export function planAuthorizations(event: Stripe.Event): AuthorizationRow[] {
  switch (event.type) {
    case 'issuing_authorization.request':
    case 'issuing_authorization.created':
    case 'issuing_authorization.updated': {
      const authorization = event.data.object;
      return [toAuthorizationRow(authorization, key(event, authorizationSnapshotRank(event.type, authorization.status)))];
    }
    default:
      return [];
  }
}

/** The transaction row of `event`, if it is one. */
export function planTransactions(event: Stripe.Event): TransactionRow[] {
  switch (event.type) {
    case 'issuing_transaction.created':
    case 'issuing_transaction.updated':
      return [toTransactionRow(event.data.object, key(event, objectSnapshotRank(event.type, false)))];
    default:
      return [];
  }
}

/** Rows every projection receives from `event`; event types that feed none give an empty plan. */
export function planProjections(event: Stripe.Event): ProjectionPlan {
  return { ...planCardholdersCards(event), authorizations: planAuthorizations(event), transactions: planTransactions(event) };
}
