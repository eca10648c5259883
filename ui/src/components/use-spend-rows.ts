/**
 * The chart panels' rows, live: the whole cardholder's rollups, or one card's when the page is
 * narrowed to a card. Both queries return the same columns, so a panel draws either the same way.
 */
import { useMemo } from 'react';
import { skipToken } from '@apollo/client/react';
import { useLiveQuery } from '../apollo/use-live-query';
import { CardSpendByCategoryDocument, CardSpendOverTimeDocument, SpendByCategoryDocument, SpendOverTimeDocument } from '../gql/graphql';

/** Categories shown by the donut (the largest first). */
const CATEGORY_LIMIT = 100;

/** Settled spend per merchant category in `currency`: of card `cardId` when given, else of every card. */
export function useCategorySpend(currency: string, cardId: string | undefined) {
  const allVariables = useMemo(() => (cardId ? skipToken : { currency, limit: CATEGORY_LIMIT }), [cardId, currency]);
  const oneVariables = useMemo(() => (cardId ? { cardId, currency, limit: CATEGORY_LIMIT } : skipToken), [cardId, currency]);
  const all = useLiveQuery(SpendByCategoryDocument, allVariables);
  const one = useLiveQuery(CardSpendByCategoryDocument, oneVariables);
  const active = cardId ? one : all;
  return {
    rows: cardId ? one.data?.card_spend_by_category : all.data?.spend_by_category,
    loading: active.loading,
    error: active.error,
    refetch: () => void active.refetch(),
  };
}

/** Settled spend per UTC day from `from` on in `currency`: of card `cardId` when given, else of every card. */
export function usePeriodSpend(currency: string, from: string, cardId: string | undefined) {
  const allVariables = useMemo(() => (cardId ? skipToken : { currency, granularity: 'day', from }), [cardId, currency, from]);
  const oneVariables = useMemo(() => (cardId ? { cardId, currency, granularity: 'day', from } : skipToken), [cardId, currency, from]);
  const all = useLiveQuery(SpendOverTimeDocument, allVariables);
  const one = useLiveQuery(CardSpendOverTimeDocument, oneVariables);
  const active = cardId ? one : all;
  return {
    rows: cardId ? one.data?.card_spend_over_time : all.data?.spend_over_time,
    loading: active.loading,
    error: active.error,
    refetch: () => void active.refetch(),
  };
}
