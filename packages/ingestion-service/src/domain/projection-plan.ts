/**
 * What one Stripe event writes to each projection (pure). The persistence layer turns a plan
 * into upserts; the ranking in each row decides whether it replaces what is stored.
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

export function emptyPlan(): ProjectionPlan {
  return { cardholders: [], cards: [], authorizations: [], transactions: [] };
}

function key(event: Stripe.Event, rank: number): SnapshotKey {
  return { rank, created: event.created, eventId: event.id };
}

/** Rows every projection receives from `event`; event types that feed none give an empty plan. */
export function planProjections(event: Stripe.Event): ProjectionPlan {
  const plan = emptyPlan();
  switch (event.type) {
    case 'issuing_cardholder.created':
    case 'issuing_cardholder.updated':
      plan.cardholders.push(toCardholderRow(event.data.object, key(event, objectSnapshotRank(event.type, false))));
      break;
    case 'issuing_card.created':
    case 'issuing_card.updated': {
      const card = event.data.object;
      plan.cards.push(toCardRow(card, key(event, objectSnapshotRank(event.type, false))));
      // A card embeds its whole cardholder: a snapshot of it as of this event.
      if (typeof card.cardholder === 'object' && card.cardholder !== null) {
        plan.cardholders.push(toCardholderRow(card.cardholder, key(event, objectSnapshotRank(event.type, true))));
      }
      break;
    }
    case 'issuing_authorization.request':
    case 'issuing_authorization.created':
    case 'issuing_authorization.updated': {
      const authorization = event.data.object;
      plan.authorizations.push(
        toAuthorizationRow(authorization, key(event, authorizationSnapshotRank(event.type, authorization.status))),
      );
      break;
    }
    case 'issuing_transaction.created':
    case 'issuing_transaction.updated':
      plan.transactions.push(toTransactionRow(event.data.object, key(event, objectSnapshotRank(event.type, false))));
      break;
    default:
      break;
  }
  return plan;
}
