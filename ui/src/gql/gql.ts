/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ActivityFeedEntry on activity_feed {\n  id\n  kind\n  occurred_at\n  amount\n  currency\n  merchant_amount\n  merchant_currency\n  merchant_name\n  merchant_category\n  merchant_city\n  merchant_country\n  approved\n  status\n  decline_reason\n  transaction_type\n  settlement_status\n  captured_amount\n  refunded_amount\n  net_spend\n  transaction_count\n  card {\n    id\n    brand\n    last4\n  }\n}\n\nquery ActivityFeed($limit: Int!) {\n  activity_feed(order_by: [{occurred_at: desc}, {id: desc}], limit: $limit) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedPage($limit: Int!, $beforeOccurredAt: timestamptz!, $beforeId: String!) {\n  activity_feed(\n    where: {occurred_at: {_lte: $beforeOccurredAt}, _or: [{occurred_at: {_lt: $beforeOccurredAt}}, {occurred_at: {_eq: $beforeOccurredAt}, id: {_lt: $beforeId}}]}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedWhere($where: activity_feed_bool_exp!, $limit: Int!) {\n  activity_feed(\n    where: $where\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}": typeof types.ActivityFeedEntryFragmentDoc,
    "query CardsAndCardholder {\n  users {\n    id\n    name\n    email\n    cardholder {\n      id\n      name\n      email\n      status\n      type\n      created_at\n      cards(order_by: [{created_at: desc}, {id: desc}]) {\n        id\n        brand\n        last4\n        exp_month\n        exp_year\n        type\n        status\n        currency\n        created_at\n      }\n    }\n  }\n}": typeof types.CardsAndCardholderDocument,
    "query PurchaseTimeline($id: String!) {\n  authorizations_by_pk(id: $id) {\n    id\n    amount\n    currency\n    merchant_amount\n    merchant_currency\n    merchant_name\n    merchant_category\n    approved\n    status\n    decline_reason\n    authorization_method\n    created_at\n    updated_at\n    transactions(order_by: [{created_at: asc}, {id: asc}]) {\n      id\n      type\n      amount\n      currency\n      created_at\n    }\n  }\n}": typeof types.PurchaseTimelineDocument,
    "query SpendByCategory($currency: String!, $limit: Int!) {\n  spend_by_category(\n    where: {currency: {_eq: $currency}}\n    order_by: [{settled_spend: desc}, {merchant_category: asc}]\n    limit: $limit\n  ) {\n    currency\n    merchant_category\n    settled_spend\n    transaction_count\n  }\n}": typeof types.SpendByCategoryDocument,
    "query SpendOverTime($currency: String!, $granularity: String!, $from: date!) {\n  spend_over_time(\n    where: {currency: {_eq: $currency}, granularity: {_eq: $granularity}, period_start: {_gte: $from}}\n    order_by: {period_start: asc}\n  ) {\n    currency\n    granularity\n    period_start\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n  }\n}": typeof types.SpendOverTimeDocument,
    "query SpendingTotals {\n  spending_totals(order_by: {currency: asc}) {\n    currency\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n    pending_amount\n    pending_count\n    declined_amount\n    declined_count\n    authorization_count\n  }\n}": typeof types.SpendingTotalsDocument,
};
const documents: Documents = {
    "fragment ActivityFeedEntry on activity_feed {\n  id\n  kind\n  occurred_at\n  amount\n  currency\n  merchant_amount\n  merchant_currency\n  merchant_name\n  merchant_category\n  merchant_city\n  merchant_country\n  approved\n  status\n  decline_reason\n  transaction_type\n  settlement_status\n  captured_amount\n  refunded_amount\n  net_spend\n  transaction_count\n  card {\n    id\n    brand\n    last4\n  }\n}\n\nquery ActivityFeed($limit: Int!) {\n  activity_feed(order_by: [{occurred_at: desc}, {id: desc}], limit: $limit) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedPage($limit: Int!, $beforeOccurredAt: timestamptz!, $beforeId: String!) {\n  activity_feed(\n    where: {occurred_at: {_lte: $beforeOccurredAt}, _or: [{occurred_at: {_lt: $beforeOccurredAt}}, {occurred_at: {_eq: $beforeOccurredAt}, id: {_lt: $beforeId}}]}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedWhere($where: activity_feed_bool_exp!, $limit: Int!) {\n  activity_feed(\n    where: $where\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}": types.ActivityFeedEntryFragmentDoc,
    "query CardsAndCardholder {\n  users {\n    id\n    name\n    email\n    cardholder {\n      id\n      name\n      email\n      status\n      type\n      created_at\n      cards(order_by: [{created_at: desc}, {id: desc}]) {\n        id\n        brand\n        last4\n        exp_month\n        exp_year\n        type\n        status\n        currency\n        created_at\n      }\n    }\n  }\n}": types.CardsAndCardholderDocument,
    "query PurchaseTimeline($id: String!) {\n  authorizations_by_pk(id: $id) {\n    id\n    amount\n    currency\n    merchant_amount\n    merchant_currency\n    merchant_name\n    merchant_category\n    approved\n    status\n    decline_reason\n    authorization_method\n    created_at\n    updated_at\n    transactions(order_by: [{created_at: asc}, {id: asc}]) {\n      id\n      type\n      amount\n      currency\n      created_at\n    }\n  }\n}": types.PurchaseTimelineDocument,
    "query SpendByCategory($currency: String!, $limit: Int!) {\n  spend_by_category(\n    where: {currency: {_eq: $currency}}\n    order_by: [{settled_spend: desc}, {merchant_category: asc}]\n    limit: $limit\n  ) {\n    currency\n    merchant_category\n    settled_spend\n    transaction_count\n  }\n}": types.SpendByCategoryDocument,
    "query SpendOverTime($currency: String!, $granularity: String!, $from: date!) {\n  spend_over_time(\n    where: {currency: {_eq: $currency}, granularity: {_eq: $granularity}, period_start: {_gte: $from}}\n    order_by: {period_start: asc}\n  ) {\n    currency\n    granularity\n    period_start\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n  }\n}": types.SpendOverTimeDocument,
    "query SpendingTotals {\n  spending_totals(order_by: {currency: asc}) {\n    currency\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n    pending_amount\n    pending_count\n    declined_amount\n    declined_count\n    authorization_count\n  }\n}": types.SpendingTotalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityFeedEntry on activity_feed {\n  id\n  kind\n  occurred_at\n  amount\n  currency\n  merchant_amount\n  merchant_currency\n  merchant_name\n  merchant_category\n  merchant_city\n  merchant_country\n  approved\n  status\n  decline_reason\n  transaction_type\n  settlement_status\n  captured_amount\n  refunded_amount\n  net_spend\n  transaction_count\n  card {\n    id\n    brand\n    last4\n  }\n}\n\nquery ActivityFeed($limit: Int!) {\n  activity_feed(order_by: [{occurred_at: desc}, {id: desc}], limit: $limit) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedPage($limit: Int!, $beforeOccurredAt: timestamptz!, $beforeId: String!) {\n  activity_feed(\n    where: {occurred_at: {_lte: $beforeOccurredAt}, _or: [{occurred_at: {_lt: $beforeOccurredAt}}, {occurred_at: {_eq: $beforeOccurredAt}, id: {_lt: $beforeId}}]}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedWhere($where: activity_feed_bool_exp!, $limit: Int!) {\n  activity_feed(\n    where: $where\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}"): (typeof documents)["fragment ActivityFeedEntry on activity_feed {\n  id\n  kind\n  occurred_at\n  amount\n  currency\n  merchant_amount\n  merchant_currency\n  merchant_name\n  merchant_category\n  merchant_city\n  merchant_country\n  approved\n  status\n  decline_reason\n  transaction_type\n  settlement_status\n  captured_amount\n  refunded_amount\n  net_spend\n  transaction_count\n  card {\n    id\n    brand\n    last4\n  }\n}\n\nquery ActivityFeed($limit: Int!) {\n  activity_feed(order_by: [{occurred_at: desc}, {id: desc}], limit: $limit) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedPage($limit: Int!, $beforeOccurredAt: timestamptz!, $beforeId: String!) {\n  activity_feed(\n    where: {occurred_at: {_lte: $beforeOccurredAt}, _or: [{occurred_at: {_lt: $beforeOccurredAt}}, {occurred_at: {_eq: $beforeOccurredAt}, id: {_lt: $beforeId}}]}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}\n\nquery ActivityFeedWhere($where: activity_feed_bool_exp!, $limit: Int!) {\n  activity_feed(\n    where: $where\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    ...ActivityFeedEntry\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardsAndCardholder {\n  users {\n    id\n    name\n    email\n    cardholder {\n      id\n      name\n      email\n      status\n      type\n      created_at\n      cards(order_by: [{created_at: desc}, {id: desc}]) {\n        id\n        brand\n        last4\n        exp_month\n        exp_year\n        type\n        status\n        currency\n        created_at\n      }\n    }\n  }\n}"): (typeof documents)["query CardsAndCardholder {\n  users {\n    id\n    name\n    email\n    cardholder {\n      id\n      name\n      email\n      status\n      type\n      created_at\n      cards(order_by: [{created_at: desc}, {id: desc}]) {\n        id\n        brand\n        last4\n        exp_month\n        exp_year\n        type\n        status\n        currency\n        created_at\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchaseTimeline($id: String!) {\n  authorizations_by_pk(id: $id) {\n    id\n    amount\n    currency\n    merchant_amount\n    merchant_currency\n    merchant_name\n    merchant_category\n    approved\n    status\n    decline_reason\n    authorization_method\n    created_at\n    updated_at\n    transactions(order_by: [{created_at: asc}, {id: asc}]) {\n      id\n      type\n      amount\n      currency\n      created_at\n    }\n  }\n}"): (typeof documents)["query PurchaseTimeline($id: String!) {\n  authorizations_by_pk(id: $id) {\n    id\n    amount\n    currency\n    merchant_amount\n    merchant_currency\n    merchant_name\n    merchant_category\n    approved\n    status\n    decline_reason\n    authorization_method\n    created_at\n    updated_at\n    transactions(order_by: [{created_at: asc}, {id: asc}]) {\n      id\n      type\n      amount\n      currency\n      created_at\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpendByCategory($currency: String!, $limit: Int!) {\n  spend_by_category(\n    where: {currency: {_eq: $currency}}\n    order_by: [{settled_spend: desc}, {merchant_category: asc}]\n    limit: $limit\n  ) {\n    currency\n    merchant_category\n    settled_spend\n    transaction_count\n  }\n}"): (typeof documents)["query SpendByCategory($currency: String!, $limit: Int!) {\n  spend_by_category(\n    where: {currency: {_eq: $currency}}\n    order_by: [{settled_spend: desc}, {merchant_category: asc}]\n    limit: $limit\n  ) {\n    currency\n    merchant_category\n    settled_spend\n    transaction_count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpendOverTime($currency: String!, $granularity: String!, $from: date!) {\n  spend_over_time(\n    where: {currency: {_eq: $currency}, granularity: {_eq: $granularity}, period_start: {_gte: $from}}\n    order_by: {period_start: asc}\n  ) {\n    currency\n    granularity\n    period_start\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n  }\n}"): (typeof documents)["query SpendOverTime($currency: String!, $granularity: String!, $from: date!) {\n  spend_over_time(\n    where: {currency: {_eq: $currency}, granularity: {_eq: $granularity}, period_start: {_gte: $from}}\n    order_by: {period_start: asc}\n  ) {\n    currency\n    granularity\n    period_start\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpendingTotals {\n  spending_totals(order_by: {currency: asc}) {\n    currency\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n    pending_amount\n    pending_count\n    declined_amount\n    declined_count\n    authorization_count\n  }\n}"): (typeof documents)["query SpendingTotals {\n  spending_totals(order_by: {currency: asc}) {\n    currency\n    settled_spend\n    captured_amount\n    refunded_amount\n    transaction_count\n    pending_amount\n    pending_count\n    declined_amount\n    declined_count\n    authorization_count\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;