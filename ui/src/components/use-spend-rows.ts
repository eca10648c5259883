/**
 * The chart panels' rows, live: the whole cardholder's rollups, or one card's when the page is
 * narrowed to a card. Both queries return the same columns, so a panel draws either the same way.
 */
import { useEffect } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { asSubscription } from '../apollo/as-subscription';
import { CardSpendByCategoryDocument, CardSpendOverTimeDocument, SpendByCategoryDocument, SpendOverTimeDocument } from '../gql/graphql';

const LIVE_CATEGORIES = asSubscription(SpendByCategoryDocument);
const LIVE_CARD_CATEGORIES = asSubscription(CardSpendByCategoryDocument);
const LIVE_PERIODS = asSubscription(SpendOverTimeDocument);
const LIVE_CARD_PERIODS = asSubscription(CardSpendOverTimeDocument);

/** Categories shown by the donut (the largest first). */
const CATEGORY_LIMIT = 100;

/** Settled spend per merchant category in `currency`: of card `cardId` when given, else of every card. */
export function useCategorySpend(currency: string, cardId: string | undefined) {
  const all = useQuery(SpendByCategoryDocument, cardId ? skipToken : { variables: { currency, limit: CATEGORY_LIMIT } });
  const one = useQuery(CardSpendByCategoryDocument, cardId ? { variables: { cardId, currency, limit: CATEGORY_LIMIT } } : skipToken);
  const { subscribeToMore: subscribeAll } = all;
  const { subscribeToMore: subscribeOne } = one;
  useEffect(() => {
    if (cardId) {
      return subscribeOne({
        document: LIVE_CARD_CATEGORIES,
        variables: { cardId, currency, limit: CATEGORY_LIMIT },
        updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
        onError: () => undefined,
      });
    }
    return subscribeAll({
      document: LIVE_CATEGORIES,
      variables: { currency, limit: CATEGORY_LIMIT },
      updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
      onError: () => undefined,
    });
  }, [subscribeAll, subscribeOne, cardId, currency]);
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
  const all = useQuery(SpendOverTimeDocument, cardId ? skipToken : { variables: { currency, granularity: 'day', from } });
  const one = useQuery(CardSpendOverTimeDocument, cardId ? { variables: { cardId, currency, granularity: 'day', from } } : skipToken);
  const { subscribeToMore: subscribeAll } = all;
  const { subscribeToMore: subscribeOne } = one;
  useEffect(() => {
    if (cardId) {
      return subscribeOne({
        document: LIVE_CARD_PERIODS,
        variables: { cardId, currency, granularity: 'day', from },
        updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
        onError: () => undefined,
      });
    }
    return subscribeAll({
      document: LIVE_PERIODS,
      variables: { currency, granularity: 'day', from },
      updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
      onError: () => undefined,
    });
  }, [subscribeAll, subscribeOne, cardId, currency, from]);
  const active = cardId ? one : all;
  return {
    rows: cardId ? one.data?.card_spend_over_time : all.data?.spend_over_time,
    loading: active.loading,
    error: active.error,
    refetch: () => void active.refetch(),
  };
}
