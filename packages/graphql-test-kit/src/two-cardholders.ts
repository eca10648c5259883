/**
 * Test data: two cardholders with realistic Stripe Issuing histories (captures, partial and
 * multi captures, refunds, reversals, expiries, declines, force captures), each linked to a
 * known user, plus what the dashboard must show for each, computed from the events alone.
 */
import { DEMO_USER_ID } from '@issuing/dev-defaults';
import { generateCardStories, type IssuingEvent } from '@issuing/stripe-fixtures';

/** The seeds' demo user, so what is learnt here holds for the demo data too. */
export const USER_A = DEMO_USER_ID;
export const USER_B = 'c642670b-327c-4c2c-85cd-e01bcefa0331';
export const EMAIL_A = 'ada.test@example.com';
export const EMAIL_B = 'grace.test@example.com';

export interface TwoCardholders {
  events: IssuingEvent[];
  /** cardholder id of USER_A and USER_B */
  cardholderA: string;
  cardholderB: string;
}

/** Deterministic stories for two people; `authorizationsPerCard` scales the history. */
export function twoCardholders(authorizationsPerCard = 12): TwoCardholders {
  const stories = generateCardStories({
    seed: 'graphql-api-tests',
    cardholders: [
      { name: 'Ada Test', email: EMAIL_A, cards: 2 },
      { name: 'Grace Test', email: EMAIL_B, cards: 1, currency: 'eur' },
    ],
    authorizationsPerCard,
    start: new Date('2026-06-01T00:00:00Z'),
    end: new Date('2026-09-30T00:00:00Z'),
    refundRate: 0.2,
    forceCapturesPer100: 10,
  });
  const [a, b] = stories.cardholders;
  if (!a || !b) throw new Error('the story generator returned fewer than two cardholders');
  return { events: stories.events, cardholderA: a.id, cardholderB: b.id };
}

interface FinalAuthorization {
  id: string;
  cardholder: string | null;
  card: string;
  amount: number;
  currency: string;
  approved: boolean;
  status: string;
}

interface FinalTransaction {
  id: string;
  cardholder: string | null;
  card: string;
  authorization: string | null;
  amount: number;
  currency: string;
  type: string;
  merchantCategory: string;
  created: number;
}

/**
 * The newest snapshot of every object, by Stripe's semantics: the latest event wins, except that
 * an `issuing_authorization.request` snapshot never replaces a created/updated one.
 */
export function finalObjects(events: readonly IssuingEvent[]): { authorizations: FinalAuthorization[]; transactions: FinalTransaction[] } {
  const auths = new Map<string, { request: boolean; created: number; object: FinalAuthorization }>();
  const txs = new Map<string, { created: number; object: FinalTransaction }>();
  for (const event of events) {
    const object = event.data.object;
    if (object.object === 'issuing.authorization') {
      const request = event.type === 'issuing_authorization.request';
      const seen = auths.get(object.id);
      const newer = !seen || (seen.request && !request) || (seen.request === request && event.created >= seen.created);
      if (newer) {
        auths.set(object.id, {
          request,
          created: event.created,
          object: {
            id: object.id,
            cardholder: typeof object.cardholder === 'string' ? object.cardholder : (object.cardholder?.id ?? null),
            card: object.card.id,
            amount: object.amount,
            currency: object.currency,
            approved: object.approved,
            status: object.status,
          },
        });
      }
    } else if (object.object === 'issuing.transaction') {
      const seen = txs.get(object.id);
      if (!seen || event.created >= seen.created) {
        txs.set(object.id, {
          created: event.created,
          object: {
            id: object.id,
            cardholder: typeof object.cardholder === 'string' ? object.cardholder : (object.cardholder?.id ?? null),
            card: typeof object.card === 'string' ? object.card : object.card.id,
            authorization: typeof object.authorization === 'string' ? object.authorization : (object.authorization?.id ?? null),
            amount: object.amount,
            currency: object.currency,
            type: object.type,
            merchantCategory: object.merchant_data.category,
            created: object.created,
          },
        });
      }
    }
  }
  return {
    authorizations: [...auths.values()].map((entry) => entry.object),
    transactions: [...txs.values()].map((entry) => entry.object),
  };
}

export interface ExpectedTotals {
  currency: string;
  settledSpend: number;
  refunded: number;
  transactionCount: number;
  pendingAmount: number;
  pendingCount: number;
  declinedAmount: number;
  declinedCount: number;
  authorizationCount: number;
}

/** Dashboard totals per currency for one cardholder, straight from the definitions. */
export function expectedTotals(events: readonly IssuingEvent[], cardholderId: string): ExpectedTotals[] {
  const { authorizations, transactions } = finalObjects(events);
  const byCurrency = new Map<string, ExpectedTotals>();
  const row = (currency: string): ExpectedTotals => {
    let found = byCurrency.get(currency);
    if (!found) {
      found = { currency, settledSpend: 0, refunded: 0, transactionCount: 0, pendingAmount: 0, pendingCount: 0, declinedAmount: 0, declinedCount: 0, authorizationCount: 0 };
      byCurrency.set(currency, found);
    }
    return found;
  };
  for (const tx of transactions.filter((t) => t.cardholder === cardholderId)) {
    const totals = row(tx.currency);
    totals.settledSpend -= tx.amount; // captures are negative, refunds positive
    if (tx.type === 'refund') totals.refunded += tx.amount;
    totals.transactionCount += 1;
  }
  for (const auth of authorizations.filter((a) => a.cardholder === cardholderId)) {
    const totals = row(auth.currency);
    totals.authorizationCount += 1;
    if (auth.approved && auth.status === 'pending') {
      totals.pendingAmount += auth.amount;
      totals.pendingCount += 1;
    }
    if (!auth.approved) {
      totals.declinedAmount += auth.amount;
      totals.declinedCount += 1;
    }
  }
  return [...byCurrency.values()].sort((x, y) => x.currency.localeCompare(y.currency));
}

/** Settled spend per (currency, merchant category) for one cardholder. */
export function expectedSpendByCategory(events: readonly IssuingEvent[], cardholderId: string): Map<string, number> {
  const spend = new Map<string, number>();
  for (const tx of finalObjects(events).transactions.filter((t) => t.cardholder === cardholderId)) {
    const key = `${tx.currency}/${tx.merchantCategory}`;
    spend.set(key, (spend.get(key) ?? 0) - tx.amount);
  }
  return spend;
}

/** Settled spend per (currency, UTC month "YYYY-MM-01") for one cardholder. */
export function expectedSpendByMonth(events: readonly IssuingEvent[], cardholderId: string): Map<string, number> {
  const spend = new Map<string, number>();
  for (const tx of finalObjects(events).transactions.filter((t) => t.cardholder === cardholderId)) {
    const month = `${new Date(tx.created * 1000).toISOString().slice(0, 7)}-01`;
    const key = `${tx.currency}/${month}`;
    spend.set(key, (spend.get(key) ?? 0) - tx.amount);
  }
  return spend;
}
