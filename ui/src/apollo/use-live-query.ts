/**
 * A query that stays live: its result first comes over HTTP (cached by Apollo), then its
 * subscription twin (as-subscription.ts) replaces it whenever the server's live query sends a new
 * result. `variables` must keep its identity between renders while unchanged (useMemo), since the
 * subscription restarts when it changes; `skipToken` runs neither.
 */
import { useEffect, useMemo } from 'react';
import type { OperationVariables } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { asSubscription } from './as-subscription';

export function useLiveQuery<TData, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>, variables: TVariables | typeof skipToken) {
  const result = useQuery(query, variables === skipToken ? skipToken : { variables });
  const live = useMemo(() => asSubscription(query), [query]);
  const { subscribeToMore } = result;
  useEffect(() => {
    if (variables === skipToken) return undefined;
    return subscribeToMore({
      document: live,
      variables,
      updateQuery: (_previous, { subscriptionData }) => subscriptionData.data,
      onError: () => undefined,
    });
  }, [subscribeToMore, live, variables]);
  return result;
}
