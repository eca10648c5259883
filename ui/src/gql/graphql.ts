/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  bigint: { input: string | number; output: string | number; }
  date: { input: string; output: string; }
  jsonb: { input: unknown; output: unknown; }
  timestamptz: { input: string; output: string; }
  uuid: { input: string; output: string; }
};

/** Boolean expression to compare columns of type "Boolean". All fields are combined with logical 'AND'. */
export type Boolean_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['Boolean']['input']>;
  _gt?: InputMaybe<Scalars['Boolean']['input']>;
  _gte?: InputMaybe<Scalars['Boolean']['input']>;
  _in?: InputMaybe<Array<Scalars['Boolean']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['Boolean']['input']>;
  _lte?: InputMaybe<Scalars['Boolean']['input']>;
  _neq?: InputMaybe<Scalars['Boolean']['input']>;
  _nin?: InputMaybe<Array<Scalars['Boolean']['input']>>;
};

/** Boolean expression to compare columns of type "Int". All fields are combined with logical 'AND'. */
export type Int_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['Int']['input']>;
  _gt?: InputMaybe<Scalars['Int']['input']>;
  _gte?: InputMaybe<Scalars['Int']['input']>;
  _in?: InputMaybe<Array<Scalars['Int']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['Int']['input']>;
  _lte?: InputMaybe<Scalars['Int']['input']>;
  _neq?: InputMaybe<Scalars['Int']['input']>;
  _nin?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Boolean expression to compare columns of type "String". All fields are combined with logical 'AND'. */
export type String_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['String']['input']>;
  _gt?: InputMaybe<Scalars['String']['input']>;
  _gte?: InputMaybe<Scalars['String']['input']>;
  /** does the column match the given case-insensitive pattern */
  _ilike?: InputMaybe<Scalars['String']['input']>;
  _in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** does the column match the given POSIX regular expression, case insensitive */
  _iregex?: InputMaybe<Scalars['String']['input']>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  /** does the column match the given pattern */
  _like?: InputMaybe<Scalars['String']['input']>;
  _lt?: InputMaybe<Scalars['String']['input']>;
  _lte?: InputMaybe<Scalars['String']['input']>;
  _neq?: InputMaybe<Scalars['String']['input']>;
  /** does the column NOT match the given case-insensitive pattern */
  _nilike?: InputMaybe<Scalars['String']['input']>;
  _nin?: InputMaybe<Array<Scalars['String']['input']>>;
  /** does the column NOT match the given POSIX regular expression, case insensitive */
  _niregex?: InputMaybe<Scalars['String']['input']>;
  /** does the column NOT match the given pattern */
  _nlike?: InputMaybe<Scalars['String']['input']>;
  /** does the column NOT match the given POSIX regular expression, case sensitive */
  _nregex?: InputMaybe<Scalars['String']['input']>;
  /** does the column NOT match the given SQL regular expression */
  _nsimilar?: InputMaybe<Scalars['String']['input']>;
  /** does the column match the given POSIX regular expression, case sensitive */
  _regex?: InputMaybe<Scalars['String']['input']>;
  /** does the column match the given SQL regular expression */
  _similar?: InputMaybe<Scalars['String']['input']>;
};

/** columns and relationships of "activity_feed" */
export type Activity_Feed = {
  __typename?: 'activity_feed';
  amount?: Maybe<Scalars['bigint']['output']>;
  approved?: Maybe<Scalars['Boolean']['output']>;
  /** An object relationship */
  authorization?: Maybe<Authorizations>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  card?: Maybe<Cards>;
  card_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  decline_reason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  net_spend?: Maybe<Scalars['bigint']['output']>;
  occurred_at?: Maybe<Scalars['timestamptz']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settlement_status?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  transaction?: Maybe<Transactions>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
  transaction_id?: Maybe<Scalars['String']['output']>;
  transaction_type?: Maybe<Scalars['String']['output']>;
  /** An array relationship */
  transactions: Array<Transactions>;
  /** An aggregate relationship */
  transactions_aggregate: Transactions_Aggregate;
  /** An object relationship */
  user?: Maybe<Users>;
  user_id?: Maybe<Scalars['uuid']['output']>;
};


/** columns and relationships of "activity_feed" */
export type Activity_FeedTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


/** columns and relationships of "activity_feed" */
export type Activity_FeedTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};

/** aggregated selection of "activity_feed" */
export type Activity_Feed_Aggregate = {
  __typename?: 'activity_feed_aggregate';
  aggregate?: Maybe<Activity_Feed_Aggregate_Fields>;
  nodes: Array<Activity_Feed>;
};

export type Activity_Feed_Aggregate_Bool_Exp = {
  count?: InputMaybe<Activity_Feed_Aggregate_Bool_Exp_Count>;
};

export type Activity_Feed_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Activity_Feed_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "activity_feed" */
export type Activity_Feed_Aggregate_Fields = {
  __typename?: 'activity_feed_aggregate_fields';
  avg?: Maybe<Activity_Feed_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Activity_Feed_Max_Fields>;
  min?: Maybe<Activity_Feed_Min_Fields>;
  stddev?: Maybe<Activity_Feed_Stddev_Fields>;
  stddev_pop?: Maybe<Activity_Feed_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Activity_Feed_Stddev_Samp_Fields>;
  sum?: Maybe<Activity_Feed_Sum_Fields>;
  var_pop?: Maybe<Activity_Feed_Var_Pop_Fields>;
  var_samp?: Maybe<Activity_Feed_Var_Samp_Fields>;
  variance?: Maybe<Activity_Feed_Variance_Fields>;
};


/** aggregate fields of "activity_feed" */
export type Activity_Feed_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "activity_feed" */
export type Activity_Feed_Aggregate_Order_By = {
  avg?: InputMaybe<Activity_Feed_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Activity_Feed_Max_Order_By>;
  min?: InputMaybe<Activity_Feed_Min_Order_By>;
  stddev?: InputMaybe<Activity_Feed_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Activity_Feed_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Activity_Feed_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Activity_Feed_Sum_Order_By>;
  var_pop?: InputMaybe<Activity_Feed_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Activity_Feed_Var_Samp_Order_By>;
  variance?: InputMaybe<Activity_Feed_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Activity_Feed_Avg_Fields = {
  __typename?: 'activity_feed_avg_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "activity_feed" */
export type Activity_Feed_Avg_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "activity_feed". All fields are combined with a logical 'AND'. */
export type Activity_Feed_Bool_Exp = {
  _and?: InputMaybe<Array<Activity_Feed_Bool_Exp>>;
  _not?: InputMaybe<Activity_Feed_Bool_Exp>;
  _or?: InputMaybe<Array<Activity_Feed_Bool_Exp>>;
  amount?: InputMaybe<Bigint_Comparison_Exp>;
  approved?: InputMaybe<Boolean_Comparison_Exp>;
  authorization?: InputMaybe<Authorizations_Bool_Exp>;
  authorization_id?: InputMaybe<String_Comparison_Exp>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  card?: InputMaybe<Cards_Bool_Exp>;
  card_id?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  decline_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<String_Comparison_Exp>;
  kind?: InputMaybe<String_Comparison_Exp>;
  merchant_amount?: InputMaybe<Bigint_Comparison_Exp>;
  merchant_category?: InputMaybe<String_Comparison_Exp>;
  merchant_city?: InputMaybe<String_Comparison_Exp>;
  merchant_country?: InputMaybe<String_Comparison_Exp>;
  merchant_currency?: InputMaybe<String_Comparison_Exp>;
  merchant_name?: InputMaybe<String_Comparison_Exp>;
  net_spend?: InputMaybe<Bigint_Comparison_Exp>;
  occurred_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settlement_status?: InputMaybe<String_Comparison_Exp>;
  status?: InputMaybe<String_Comparison_Exp>;
  transaction?: InputMaybe<Transactions_Bool_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
  transaction_id?: InputMaybe<String_Comparison_Exp>;
  transaction_type?: InputMaybe<String_Comparison_Exp>;
  transactions?: InputMaybe<Transactions_Bool_Exp>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Bool_Exp>;
  user?: InputMaybe<Users_Bool_Exp>;
  user_id?: InputMaybe<Uuid_Comparison_Exp>;
};

/** aggregate max on columns */
export type Activity_Feed_Max_Fields = {
  __typename?: 'activity_feed_max_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  decline_reason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  net_spend?: Maybe<Scalars['bigint']['output']>;
  occurred_at?: Maybe<Scalars['timestamptz']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settlement_status?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
  transaction_id?: Maybe<Scalars['String']['output']>;
  transaction_type?: Maybe<Scalars['String']['output']>;
  user_id?: Maybe<Scalars['uuid']['output']>;
};

/** order by max() on columns of table "activity_feed" */
export type Activity_Feed_Max_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  kind?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  occurred_at?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settlement_status?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
  transaction_id?: InputMaybe<Order_By>;
  transaction_type?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Activity_Feed_Min_Fields = {
  __typename?: 'activity_feed_min_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  decline_reason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  kind?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  net_spend?: Maybe<Scalars['bigint']['output']>;
  occurred_at?: Maybe<Scalars['timestamptz']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settlement_status?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
  transaction_id?: Maybe<Scalars['String']['output']>;
  transaction_type?: Maybe<Scalars['String']['output']>;
  user_id?: Maybe<Scalars['uuid']['output']>;
};

/** order by min() on columns of table "activity_feed" */
export type Activity_Feed_Min_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  kind?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  occurred_at?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settlement_status?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
  transaction_id?: InputMaybe<Order_By>;
  transaction_type?: InputMaybe<Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "activity_feed". */
export type Activity_Feed_Order_By = {
  amount?: InputMaybe<Order_By>;
  approved?: InputMaybe<Order_By>;
  authorization?: InputMaybe<Authorizations_Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  card?: InputMaybe<Cards_Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  kind?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  occurred_at?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settlement_status?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  transaction?: InputMaybe<Transactions_Order_By>;
  transaction_count?: InputMaybe<Order_By>;
  transaction_id?: InputMaybe<Order_By>;
  transaction_type?: InputMaybe<Order_By>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Order_By>;
  user?: InputMaybe<Users_Order_By>;
  user_id?: InputMaybe<Order_By>;
};

/** select columns of table "activity_feed" */
export type Activity_Feed_Select_Column =
  /** column name */
  | 'amount'
  /** column name */
  | 'approved'
  /** column name */
  | 'authorization_id'
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'card_id'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'decline_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'kind'
  /** column name */
  | 'merchant_amount'
  /** column name */
  | 'merchant_category'
  /** column name */
  | 'merchant_city'
  /** column name */
  | 'merchant_country'
  /** column name */
  | 'merchant_currency'
  /** column name */
  | 'merchant_name'
  /** column name */
  | 'net_spend'
  /** column name */
  | 'occurred_at'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settlement_status'
  /** column name */
  | 'status'
  /** column name */
  | 'transaction_count'
  /** column name */
  | 'transaction_id'
  /** column name */
  | 'transaction_type'
  /** column name */
  | 'user_id';

/** aggregate stddev on columns */
export type Activity_Feed_Stddev_Fields = {
  __typename?: 'activity_feed_stddev_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "activity_feed" */
export type Activity_Feed_Stddev_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Activity_Feed_Stddev_Pop_Fields = {
  __typename?: 'activity_feed_stddev_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "activity_feed" */
export type Activity_Feed_Stddev_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Activity_Feed_Stddev_Samp_Fields = {
  __typename?: 'activity_feed_stddev_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "activity_feed" */
export type Activity_Feed_Stddev_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "activity_feed" */
export type Activity_Feed_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Activity_Feed_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Activity_Feed_Stream_Cursor_Value_Input = {
  amount?: InputMaybe<Scalars['bigint']['input']>;
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  authorization_id?: InputMaybe<Scalars['String']['input']>;
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  card_id?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  decline_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  merchant_amount?: InputMaybe<Scalars['bigint']['input']>;
  merchant_category?: InputMaybe<Scalars['String']['input']>;
  merchant_city?: InputMaybe<Scalars['String']['input']>;
  merchant_country?: InputMaybe<Scalars['String']['input']>;
  merchant_currency?: InputMaybe<Scalars['String']['input']>;
  merchant_name?: InputMaybe<Scalars['String']['input']>;
  net_spend?: InputMaybe<Scalars['bigint']['input']>;
  occurred_at?: InputMaybe<Scalars['timestamptz']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settlement_status?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
  transaction_id?: InputMaybe<Scalars['String']['input']>;
  transaction_type?: InputMaybe<Scalars['String']['input']>;
  user_id?: InputMaybe<Scalars['uuid']['input']>;
};

/** aggregate sum on columns */
export type Activity_Feed_Sum_Fields = {
  __typename?: 'activity_feed_sum_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  net_spend?: Maybe<Scalars['bigint']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by sum() on columns of table "activity_feed" */
export type Activity_Feed_Sum_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Activity_Feed_Var_Pop_Fields = {
  __typename?: 'activity_feed_var_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "activity_feed" */
export type Activity_Feed_Var_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Activity_Feed_Var_Samp_Fields = {
  __typename?: 'activity_feed_var_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "activity_feed" */
export type Activity_Feed_Var_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Activity_Feed_Variance_Fields = {
  __typename?: 'activity_feed_variance_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
  net_spend?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "activity_feed" */
export type Activity_Feed_Variance_Order_By = {
  amount?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  net_spend?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** columns and relationships of "authorizations" */
export type Authorizations = {
  __typename?: 'authorizations';
  amount: Scalars['bigint']['output'];
  approved: Scalars['Boolean']['output'];
  authorization_method?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  card?: Maybe<Cards>;
  card_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['timestamptz']['output'];
  currency: Scalars['String']['output'];
  decline_reason?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  livemode: Scalars['Boolean']['output'];
  merchant_amount: Scalars['bigint']['output'];
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency: Scalars['String']['output'];
  merchant_name?: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  /** An array relationship */
  transactions: Array<Transactions>;
  /** An aggregate relationship */
  transactions_aggregate: Transactions_Aggregate;
  updated_at: Scalars['timestamptz']['output'];
  wallet?: Maybe<Scalars['String']['output']>;
};


/** columns and relationships of "authorizations" */
export type AuthorizationsTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


/** columns and relationships of "authorizations" */
export type AuthorizationsTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};

/** aggregated selection of "authorizations" */
export type Authorizations_Aggregate = {
  __typename?: 'authorizations_aggregate';
  aggregate?: Maybe<Authorizations_Aggregate_Fields>;
  nodes: Array<Authorizations>;
};

export type Authorizations_Aggregate_Bool_Exp = {
  count?: InputMaybe<Authorizations_Aggregate_Bool_Exp_Count>;
};

export type Authorizations_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Authorizations_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Authorizations_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "authorizations" */
export type Authorizations_Aggregate_Fields = {
  __typename?: 'authorizations_aggregate_fields';
  avg?: Maybe<Authorizations_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Authorizations_Max_Fields>;
  min?: Maybe<Authorizations_Min_Fields>;
  stddev?: Maybe<Authorizations_Stddev_Fields>;
  stddev_pop?: Maybe<Authorizations_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Authorizations_Stddev_Samp_Fields>;
  sum?: Maybe<Authorizations_Sum_Fields>;
  var_pop?: Maybe<Authorizations_Var_Pop_Fields>;
  var_samp?: Maybe<Authorizations_Var_Samp_Fields>;
  variance?: Maybe<Authorizations_Variance_Fields>;
};


/** aggregate fields of "authorizations" */
export type Authorizations_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Authorizations_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "authorizations" */
export type Authorizations_Aggregate_Order_By = {
  avg?: InputMaybe<Authorizations_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Authorizations_Max_Order_By>;
  min?: InputMaybe<Authorizations_Min_Order_By>;
  stddev?: InputMaybe<Authorizations_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Authorizations_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Authorizations_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Authorizations_Sum_Order_By>;
  var_pop?: InputMaybe<Authorizations_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Authorizations_Var_Samp_Order_By>;
  variance?: InputMaybe<Authorizations_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Authorizations_Avg_Fields = {
  __typename?: 'authorizations_avg_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "authorizations" */
export type Authorizations_Avg_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "authorizations". All fields are combined with a logical 'AND'. */
export type Authorizations_Bool_Exp = {
  _and?: InputMaybe<Array<Authorizations_Bool_Exp>>;
  _not?: InputMaybe<Authorizations_Bool_Exp>;
  _or?: InputMaybe<Array<Authorizations_Bool_Exp>>;
  amount?: InputMaybe<Bigint_Comparison_Exp>;
  approved?: InputMaybe<Boolean_Comparison_Exp>;
  authorization_method?: InputMaybe<String_Comparison_Exp>;
  card?: InputMaybe<Cards_Bool_Exp>;
  card_id?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  decline_reason?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<String_Comparison_Exp>;
  livemode?: InputMaybe<Boolean_Comparison_Exp>;
  merchant_amount?: InputMaybe<Bigint_Comparison_Exp>;
  merchant_category?: InputMaybe<String_Comparison_Exp>;
  merchant_category_code?: InputMaybe<String_Comparison_Exp>;
  merchant_city?: InputMaybe<String_Comparison_Exp>;
  merchant_country?: InputMaybe<String_Comparison_Exp>;
  merchant_currency?: InputMaybe<String_Comparison_Exp>;
  merchant_name?: InputMaybe<String_Comparison_Exp>;
  status?: InputMaybe<String_Comparison_Exp>;
  transactions?: InputMaybe<Transactions_Bool_Exp>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Bool_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  wallet?: InputMaybe<String_Comparison_Exp>;
};

/** aggregate max on columns */
export type Authorizations_Max_Fields = {
  __typename?: 'authorizations_max_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_method?: Maybe<Scalars['String']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  decline_reason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
  wallet?: Maybe<Scalars['String']['output']>;
};

/** order by max() on columns of table "authorizations" */
export type Authorizations_Max_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_method?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  wallet?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Authorizations_Min_Fields = {
  __typename?: 'authorizations_min_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_method?: Maybe<Scalars['String']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  decline_reason?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
  wallet?: Maybe<Scalars['String']['output']>;
};

/** order by min() on columns of table "authorizations" */
export type Authorizations_Min_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_method?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  wallet?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "authorizations". */
export type Authorizations_Order_By = {
  amount?: InputMaybe<Order_By>;
  approved?: InputMaybe<Order_By>;
  authorization_method?: InputMaybe<Order_By>;
  card?: InputMaybe<Cards_Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  decline_reason?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  livemode?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Order_By>;
  updated_at?: InputMaybe<Order_By>;
  wallet?: InputMaybe<Order_By>;
};

/** select columns of table "authorizations" */
export type Authorizations_Select_Column =
  /** column name */
  | 'amount'
  /** column name */
  | 'approved'
  /** column name */
  | 'authorization_method'
  /** column name */
  | 'card_id'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'created_at'
  /** column name */
  | 'currency'
  /** column name */
  | 'decline_reason'
  /** column name */
  | 'id'
  /** column name */
  | 'livemode'
  /** column name */
  | 'merchant_amount'
  /** column name */
  | 'merchant_category'
  /** column name */
  | 'merchant_category_code'
  /** column name */
  | 'merchant_city'
  /** column name */
  | 'merchant_country'
  /** column name */
  | 'merchant_currency'
  /** column name */
  | 'merchant_name'
  /** column name */
  | 'status'
  /** column name */
  | 'updated_at'
  /** column name */
  | 'wallet';

/** aggregate stddev on columns */
export type Authorizations_Stddev_Fields = {
  __typename?: 'authorizations_stddev_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "authorizations" */
export type Authorizations_Stddev_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Authorizations_Stddev_Pop_Fields = {
  __typename?: 'authorizations_stddev_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "authorizations" */
export type Authorizations_Stddev_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Authorizations_Stddev_Samp_Fields = {
  __typename?: 'authorizations_stddev_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "authorizations" */
export type Authorizations_Stddev_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "authorizations" */
export type Authorizations_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Authorizations_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Authorizations_Stream_Cursor_Value_Input = {
  amount?: InputMaybe<Scalars['bigint']['input']>;
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  authorization_method?: InputMaybe<Scalars['String']['input']>;
  card_id?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  decline_reason?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  livemode?: InputMaybe<Scalars['Boolean']['input']>;
  merchant_amount?: InputMaybe<Scalars['bigint']['input']>;
  merchant_category?: InputMaybe<Scalars['String']['input']>;
  merchant_category_code?: InputMaybe<Scalars['String']['input']>;
  merchant_city?: InputMaybe<Scalars['String']['input']>;
  merchant_country?: InputMaybe<Scalars['String']['input']>;
  merchant_currency?: InputMaybe<Scalars['String']['input']>;
  merchant_name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
  wallet?: InputMaybe<Scalars['String']['input']>;
};

/** aggregate sum on columns */
export type Authorizations_Sum_Fields = {
  __typename?: 'authorizations_sum_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
};

/** order by sum() on columns of table "authorizations" */
export type Authorizations_Sum_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Authorizations_Var_Pop_Fields = {
  __typename?: 'authorizations_var_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "authorizations" */
export type Authorizations_Var_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Authorizations_Var_Samp_Fields = {
  __typename?: 'authorizations_var_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "authorizations" */
export type Authorizations_Var_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Authorizations_Variance_Fields = {
  __typename?: 'authorizations_variance_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "authorizations" */
export type Authorizations_Variance_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** Boolean expression to compare columns of type "bigint". All fields are combined with logical 'AND'. */
export type Bigint_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['bigint']['input']>;
  _gt?: InputMaybe<Scalars['bigint']['input']>;
  _gte?: InputMaybe<Scalars['bigint']['input']>;
  _in?: InputMaybe<Array<Scalars['bigint']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['bigint']['input']>;
  _lte?: InputMaybe<Scalars['bigint']['input']>;
  _neq?: InputMaybe<Scalars['bigint']['input']>;
  _nin?: InputMaybe<Array<Scalars['bigint']['input']>>;
};

/** columns and relationships of "card_spend_by_category" */
export type Card_Spend_By_Category = {
  __typename?: 'card_spend_by_category';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  card?: Maybe<Cards>;
  card_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregated selection of "card_spend_by_category" */
export type Card_Spend_By_Category_Aggregate = {
  __typename?: 'card_spend_by_category_aggregate';
  aggregate?: Maybe<Card_Spend_By_Category_Aggregate_Fields>;
  nodes: Array<Card_Spend_By_Category>;
};

/** aggregate fields of "card_spend_by_category" */
export type Card_Spend_By_Category_Aggregate_Fields = {
  __typename?: 'card_spend_by_category_aggregate_fields';
  avg?: Maybe<Card_Spend_By_Category_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Card_Spend_By_Category_Max_Fields>;
  min?: Maybe<Card_Spend_By_Category_Min_Fields>;
  stddev?: Maybe<Card_Spend_By_Category_Stddev_Fields>;
  stddev_pop?: Maybe<Card_Spend_By_Category_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Card_Spend_By_Category_Stddev_Samp_Fields>;
  sum?: Maybe<Card_Spend_By_Category_Sum_Fields>;
  var_pop?: Maybe<Card_Spend_By_Category_Var_Pop_Fields>;
  var_samp?: Maybe<Card_Spend_By_Category_Var_Samp_Fields>;
  variance?: Maybe<Card_Spend_By_Category_Variance_Fields>;
};


/** aggregate fields of "card_spend_by_category" */
export type Card_Spend_By_Category_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Card_Spend_By_Category_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** aggregate avg on columns */
export type Card_Spend_By_Category_Avg_Fields = {
  __typename?: 'card_spend_by_category_avg_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** Boolean expression to filter rows from the table "card_spend_by_category". All fields are combined with a logical 'AND'. */
export type Card_Spend_By_Category_Bool_Exp = {
  _and?: InputMaybe<Array<Card_Spend_By_Category_Bool_Exp>>;
  _not?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
  _or?: InputMaybe<Array<Card_Spend_By_Category_Bool_Exp>>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  card?: InputMaybe<Cards_Bool_Exp>;
  card_id?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  merchant_category?: InputMaybe<String_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settled_spend?: InputMaybe<Bigint_Comparison_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
};

/** aggregate max on columns */
export type Card_Spend_By_Category_Max_Fields = {
  __typename?: 'card_spend_by_category_max_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregate min on columns */
export type Card_Spend_By_Category_Min_Fields = {
  __typename?: 'card_spend_by_category_min_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** Ordering options when selecting data from "card_spend_by_category". */
export type Card_Spend_By_Category_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  card?: InputMaybe<Cards_Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** select columns of table "card_spend_by_category" */
export type Card_Spend_By_Category_Select_Column =
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'card_id'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'merchant_category'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settled_spend'
  /** column name */
  | 'transaction_count';

/** aggregate stddev on columns */
export type Card_Spend_By_Category_Stddev_Fields = {
  __typename?: 'card_spend_by_category_stddev_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate stddev_pop on columns */
export type Card_Spend_By_Category_Stddev_Pop_Fields = {
  __typename?: 'card_spend_by_category_stddev_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate stddev_samp on columns */
export type Card_Spend_By_Category_Stddev_Samp_Fields = {
  __typename?: 'card_spend_by_category_stddev_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** Streaming cursor of the table "card_spend_by_category" */
export type Card_Spend_By_Category_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Card_Spend_By_Category_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Card_Spend_By_Category_Stream_Cursor_Value_Input = {
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  card_id?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  merchant_category?: InputMaybe<Scalars['String']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settled_spend?: InputMaybe<Scalars['bigint']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
};

/** aggregate sum on columns */
export type Card_Spend_By_Category_Sum_Fields = {
  __typename?: 'card_spend_by_category_sum_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregate var_pop on columns */
export type Card_Spend_By_Category_Var_Pop_Fields = {
  __typename?: 'card_spend_by_category_var_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate var_samp on columns */
export type Card_Spend_By_Category_Var_Samp_Fields = {
  __typename?: 'card_spend_by_category_var_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate variance on columns */
export type Card_Spend_By_Category_Variance_Fields = {
  __typename?: 'card_spend_by_category_variance_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** columns and relationships of "card_spend_over_time" */
export type Card_Spend_Over_Time = {
  __typename?: 'card_spend_over_time';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  card?: Maybe<Cards>;
  card_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregated selection of "card_spend_over_time" */
export type Card_Spend_Over_Time_Aggregate = {
  __typename?: 'card_spend_over_time_aggregate';
  aggregate?: Maybe<Card_Spend_Over_Time_Aggregate_Fields>;
  nodes: Array<Card_Spend_Over_Time>;
};

/** aggregate fields of "card_spend_over_time" */
export type Card_Spend_Over_Time_Aggregate_Fields = {
  __typename?: 'card_spend_over_time_aggregate_fields';
  avg?: Maybe<Card_Spend_Over_Time_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Card_Spend_Over_Time_Max_Fields>;
  min?: Maybe<Card_Spend_Over_Time_Min_Fields>;
  stddev?: Maybe<Card_Spend_Over_Time_Stddev_Fields>;
  stddev_pop?: Maybe<Card_Spend_Over_Time_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Card_Spend_Over_Time_Stddev_Samp_Fields>;
  sum?: Maybe<Card_Spend_Over_Time_Sum_Fields>;
  var_pop?: Maybe<Card_Spend_Over_Time_Var_Pop_Fields>;
  var_samp?: Maybe<Card_Spend_Over_Time_Var_Samp_Fields>;
  variance?: Maybe<Card_Spend_Over_Time_Variance_Fields>;
};


/** aggregate fields of "card_spend_over_time" */
export type Card_Spend_Over_Time_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Card_Spend_Over_Time_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** aggregate avg on columns */
export type Card_Spend_Over_Time_Avg_Fields = {
  __typename?: 'card_spend_over_time_avg_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** Boolean expression to filter rows from the table "card_spend_over_time". All fields are combined with a logical 'AND'. */
export type Card_Spend_Over_Time_Bool_Exp = {
  _and?: InputMaybe<Array<Card_Spend_Over_Time_Bool_Exp>>;
  _not?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
  _or?: InputMaybe<Array<Card_Spend_Over_Time_Bool_Exp>>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  card?: InputMaybe<Cards_Bool_Exp>;
  card_id?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  granularity?: InputMaybe<String_Comparison_Exp>;
  period_start?: InputMaybe<Date_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settled_spend?: InputMaybe<Bigint_Comparison_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
};

/** aggregate max on columns */
export type Card_Spend_Over_Time_Max_Fields = {
  __typename?: 'card_spend_over_time_max_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregate min on columns */
export type Card_Spend_Over_Time_Min_Fields = {
  __typename?: 'card_spend_over_time_min_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** Ordering options when selecting data from "card_spend_over_time". */
export type Card_Spend_Over_Time_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  card?: InputMaybe<Cards_Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  granularity?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** select columns of table "card_spend_over_time" */
export type Card_Spend_Over_Time_Select_Column =
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'card_id'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'granularity'
  /** column name */
  | 'period_start'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settled_spend'
  /** column name */
  | 'transaction_count';

/** aggregate stddev on columns */
export type Card_Spend_Over_Time_Stddev_Fields = {
  __typename?: 'card_spend_over_time_stddev_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate stddev_pop on columns */
export type Card_Spend_Over_Time_Stddev_Pop_Fields = {
  __typename?: 'card_spend_over_time_stddev_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate stddev_samp on columns */
export type Card_Spend_Over_Time_Stddev_Samp_Fields = {
  __typename?: 'card_spend_over_time_stddev_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** Streaming cursor of the table "card_spend_over_time" */
export type Card_Spend_Over_Time_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Card_Spend_Over_Time_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Card_Spend_Over_Time_Stream_Cursor_Value_Input = {
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  card_id?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  granularity?: InputMaybe<Scalars['String']['input']>;
  period_start?: InputMaybe<Scalars['date']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settled_spend?: InputMaybe<Scalars['bigint']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
};

/** aggregate sum on columns */
export type Card_Spend_Over_Time_Sum_Fields = {
  __typename?: 'card_spend_over_time_sum_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregate var_pop on columns */
export type Card_Spend_Over_Time_Var_Pop_Fields = {
  __typename?: 'card_spend_over_time_var_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate var_samp on columns */
export type Card_Spend_Over_Time_Var_Samp_Fields = {
  __typename?: 'card_spend_over_time_var_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** aggregate variance on columns */
export type Card_Spend_Over_Time_Variance_Fields = {
  __typename?: 'card_spend_over_time_variance_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** columns and relationships of "cardholders" */
export type Cardholders = {
  __typename?: 'cardholders';
  /** An array relationship */
  activity_feed: Array<Activity_Feed>;
  /** An aggregate relationship */
  activity_feed_aggregate: Activity_Feed_Aggregate;
  /** An array relationship */
  authorizations: Array<Authorizations>;
  /** An aggregate relationship */
  authorizations_aggregate: Authorizations_Aggregate;
  /** An array relationship */
  cards: Array<Cards>;
  /** An aggregate relationship */
  cards_aggregate: Cards_Aggregate;
  created_at: Scalars['timestamptz']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  livemode: Scalars['Boolean']['output'];
  name?: Maybe<Scalars['String']['output']>;
  phone_number?: Maybe<Scalars['String']['output']>;
  /** An array relationship */
  spend_by_category: Array<Spend_By_Category>;
  /** An aggregate relationship */
  spend_by_category_aggregate: Spend_By_Category_Aggregate;
  /** An array relationship */
  spend_over_time: Array<Spend_Over_Time>;
  /** An aggregate relationship */
  spend_over_time_aggregate: Spend_Over_Time_Aggregate;
  spending_controls?: Maybe<Scalars['jsonb']['output']>;
  /** An array relationship */
  spending_totals: Array<Spending_Totals>;
  /** An aggregate relationship */
  spending_totals_aggregate: Spending_Totals_Aggregate;
  status?: Maybe<Scalars['String']['output']>;
  /** An array relationship */
  transactions: Array<Transactions>;
  /** An aggregate relationship */
  transactions_aggregate: Transactions_Aggregate;
  type?: Maybe<Scalars['String']['output']>;
  updated_at: Scalars['timestamptz']['output'];
  /** An object relationship */
  user?: Maybe<Users>;
};


/** columns and relationships of "cardholders" */
export type CardholdersActivity_FeedArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersActivity_Feed_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersAuthorizationsArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersAuthorizations_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersCardsArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersCards_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpend_By_CategoryArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpend_By_Category_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpend_Over_TimeArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpend_Over_Time_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpending_ControlsArgs = {
  path?: InputMaybe<Scalars['String']['input']>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpending_TotalsArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersSpending_Totals_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


/** columns and relationships of "cardholders" */
export type CardholdersTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};

/** Boolean expression to filter rows from the table "cardholders". All fields are combined with a logical 'AND'. */
export type Cardholders_Bool_Exp = {
  _and?: InputMaybe<Array<Cardholders_Bool_Exp>>;
  _not?: InputMaybe<Cardholders_Bool_Exp>;
  _or?: InputMaybe<Array<Cardholders_Bool_Exp>>;
  activity_feed?: InputMaybe<Activity_Feed_Bool_Exp>;
  activity_feed_aggregate?: InputMaybe<Activity_Feed_Aggregate_Bool_Exp>;
  authorizations?: InputMaybe<Authorizations_Bool_Exp>;
  authorizations_aggregate?: InputMaybe<Authorizations_Aggregate_Bool_Exp>;
  cards?: InputMaybe<Cards_Bool_Exp>;
  cards_aggregate?: InputMaybe<Cards_Aggregate_Bool_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  email?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<String_Comparison_Exp>;
  livemode?: InputMaybe<Boolean_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
  phone_number?: InputMaybe<String_Comparison_Exp>;
  spend_by_category?: InputMaybe<Spend_By_Category_Bool_Exp>;
  spend_by_category_aggregate?: InputMaybe<Spend_By_Category_Aggregate_Bool_Exp>;
  spend_over_time?: InputMaybe<Spend_Over_Time_Bool_Exp>;
  spend_over_time_aggregate?: InputMaybe<Spend_Over_Time_Aggregate_Bool_Exp>;
  spending_controls?: InputMaybe<Jsonb_Comparison_Exp>;
  spending_totals?: InputMaybe<Spending_Totals_Bool_Exp>;
  spending_totals_aggregate?: InputMaybe<Spending_Totals_Aggregate_Bool_Exp>;
  status?: InputMaybe<String_Comparison_Exp>;
  transactions?: InputMaybe<Transactions_Bool_Exp>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Bool_Exp>;
  type?: InputMaybe<String_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  user?: InputMaybe<Users_Bool_Exp>;
};

/** Ordering options when selecting data from "cardholders". */
export type Cardholders_Order_By = {
  activity_feed_aggregate?: InputMaybe<Activity_Feed_Aggregate_Order_By>;
  authorizations_aggregate?: InputMaybe<Authorizations_Aggregate_Order_By>;
  cards_aggregate?: InputMaybe<Cards_Aggregate_Order_By>;
  created_at?: InputMaybe<Order_By>;
  email?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  livemode?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
  phone_number?: InputMaybe<Order_By>;
  spend_by_category_aggregate?: InputMaybe<Spend_By_Category_Aggregate_Order_By>;
  spend_over_time_aggregate?: InputMaybe<Spend_Over_Time_Aggregate_Order_By>;
  spending_controls?: InputMaybe<Order_By>;
  spending_totals_aggregate?: InputMaybe<Spending_Totals_Aggregate_Order_By>;
  status?: InputMaybe<Order_By>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
  user?: InputMaybe<Users_Order_By>;
};

/** select columns of table "cardholders" */
export type Cardholders_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'email'
  /** column name */
  | 'id'
  /** column name */
  | 'livemode'
  /** column name */
  | 'name'
  /** column name */
  | 'phone_number'
  /** column name */
  | 'spending_controls'
  /** column name */
  | 'status'
  /** column name */
  | 'type'
  /** column name */
  | 'updated_at';

/** Streaming cursor of the table "cardholders" */
export type Cardholders_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Cardholders_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Cardholders_Stream_Cursor_Value_Input = {
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  livemode?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone_number?: InputMaybe<Scalars['String']['input']>;
  spending_controls?: InputMaybe<Scalars['jsonb']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** columns and relationships of "cards" */
export type Cards = {
  __typename?: 'cards';
  /** An array relationship */
  authorizations: Array<Authorizations>;
  /** An aggregate relationship */
  authorizations_aggregate: Authorizations_Aggregate;
  brand?: Maybe<Scalars['String']['output']>;
  cancellation_reason?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['timestamptz']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  exp_month?: Maybe<Scalars['Int']['output']>;
  exp_year?: Maybe<Scalars['Int']['output']>;
  id: Scalars['String']['output'];
  last4?: Maybe<Scalars['String']['output']>;
  livemode: Scalars['Boolean']['output'];
  spending_controls?: Maybe<Scalars['jsonb']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  /** An array relationship */
  transactions: Array<Transactions>;
  /** An aggregate relationship */
  transactions_aggregate: Transactions_Aggregate;
  type?: Maybe<Scalars['String']['output']>;
  updated_at: Scalars['timestamptz']['output'];
};


/** columns and relationships of "cards" */
export type CardsAuthorizationsArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


/** columns and relationships of "cards" */
export type CardsAuthorizations_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


/** columns and relationships of "cards" */
export type CardsSpending_ControlsArgs = {
  path?: InputMaybe<Scalars['String']['input']>;
};


/** columns and relationships of "cards" */
export type CardsTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


/** columns and relationships of "cards" */
export type CardsTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};

/** aggregated selection of "cards" */
export type Cards_Aggregate = {
  __typename?: 'cards_aggregate';
  aggregate?: Maybe<Cards_Aggregate_Fields>;
  nodes: Array<Cards>;
};

export type Cards_Aggregate_Bool_Exp = {
  count?: InputMaybe<Cards_Aggregate_Bool_Exp_Count>;
};

export type Cards_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Cards_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Cards_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "cards" */
export type Cards_Aggregate_Fields = {
  __typename?: 'cards_aggregate_fields';
  avg?: Maybe<Cards_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Cards_Max_Fields>;
  min?: Maybe<Cards_Min_Fields>;
  stddev?: Maybe<Cards_Stddev_Fields>;
  stddev_pop?: Maybe<Cards_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Cards_Stddev_Samp_Fields>;
  sum?: Maybe<Cards_Sum_Fields>;
  var_pop?: Maybe<Cards_Var_Pop_Fields>;
  var_samp?: Maybe<Cards_Var_Samp_Fields>;
  variance?: Maybe<Cards_Variance_Fields>;
};


/** aggregate fields of "cards" */
export type Cards_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Cards_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "cards" */
export type Cards_Aggregate_Order_By = {
  avg?: InputMaybe<Cards_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Cards_Max_Order_By>;
  min?: InputMaybe<Cards_Min_Order_By>;
  stddev?: InputMaybe<Cards_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Cards_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Cards_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Cards_Sum_Order_By>;
  var_pop?: InputMaybe<Cards_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Cards_Var_Samp_Order_By>;
  variance?: InputMaybe<Cards_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Cards_Avg_Fields = {
  __typename?: 'cards_avg_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "cards" */
export type Cards_Avg_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "cards". All fields are combined with a logical 'AND'. */
export type Cards_Bool_Exp = {
  _and?: InputMaybe<Array<Cards_Bool_Exp>>;
  _not?: InputMaybe<Cards_Bool_Exp>;
  _or?: InputMaybe<Array<Cards_Bool_Exp>>;
  authorizations?: InputMaybe<Authorizations_Bool_Exp>;
  authorizations_aggregate?: InputMaybe<Authorizations_Aggregate_Bool_Exp>;
  brand?: InputMaybe<String_Comparison_Exp>;
  cancellation_reason?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  exp_month?: InputMaybe<Int_Comparison_Exp>;
  exp_year?: InputMaybe<Int_Comparison_Exp>;
  id?: InputMaybe<String_Comparison_Exp>;
  last4?: InputMaybe<String_Comparison_Exp>;
  livemode?: InputMaybe<Boolean_Comparison_Exp>;
  spending_controls?: InputMaybe<Jsonb_Comparison_Exp>;
  status?: InputMaybe<String_Comparison_Exp>;
  transactions?: InputMaybe<Transactions_Bool_Exp>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Bool_Exp>;
  type?: InputMaybe<String_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** aggregate max on columns */
export type Cards_Max_Fields = {
  __typename?: 'cards_max_fields';
  brand?: Maybe<Scalars['String']['output']>;
  cancellation_reason?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  exp_month?: Maybe<Scalars['Int']['output']>;
  exp_year?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  last4?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
};

/** order by max() on columns of table "cards" */
export type Cards_Max_Order_By = {
  brand?: InputMaybe<Order_By>;
  cancellation_reason?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  last4?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Cards_Min_Fields = {
  __typename?: 'cards_min_fields';
  brand?: Maybe<Scalars['String']['output']>;
  cancellation_reason?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  exp_month?: Maybe<Scalars['Int']['output']>;
  exp_year?: Maybe<Scalars['Int']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  last4?: Maybe<Scalars['String']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
};

/** order by min() on columns of table "cards" */
export type Cards_Min_Order_By = {
  brand?: InputMaybe<Order_By>;
  cancellation_reason?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  last4?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "cards". */
export type Cards_Order_By = {
  authorizations_aggregate?: InputMaybe<Authorizations_Aggregate_Order_By>;
  brand?: InputMaybe<Order_By>;
  cancellation_reason?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  last4?: InputMaybe<Order_By>;
  livemode?: InputMaybe<Order_By>;
  spending_controls?: InputMaybe<Order_By>;
  status?: InputMaybe<Order_By>;
  transactions_aggregate?: InputMaybe<Transactions_Aggregate_Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** select columns of table "cards" */
export type Cards_Select_Column =
  /** column name */
  | 'brand'
  /** column name */
  | 'cancellation_reason'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'created_at'
  /** column name */
  | 'currency'
  /** column name */
  | 'exp_month'
  /** column name */
  | 'exp_year'
  /** column name */
  | 'id'
  /** column name */
  | 'last4'
  /** column name */
  | 'livemode'
  /** column name */
  | 'spending_controls'
  /** column name */
  | 'status'
  /** column name */
  | 'type'
  /** column name */
  | 'updated_at';

/** aggregate stddev on columns */
export type Cards_Stddev_Fields = {
  __typename?: 'cards_stddev_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "cards" */
export type Cards_Stddev_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Cards_Stddev_Pop_Fields = {
  __typename?: 'cards_stddev_pop_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "cards" */
export type Cards_Stddev_Pop_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Cards_Stddev_Samp_Fields = {
  __typename?: 'cards_stddev_samp_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "cards" */
export type Cards_Stddev_Samp_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "cards" */
export type Cards_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Cards_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Cards_Stream_Cursor_Value_Input = {
  brand?: InputMaybe<Scalars['String']['input']>;
  cancellation_reason?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  exp_month?: InputMaybe<Scalars['Int']['input']>;
  exp_year?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  last4?: InputMaybe<Scalars['String']['input']>;
  livemode?: InputMaybe<Scalars['Boolean']['input']>;
  spending_controls?: InputMaybe<Scalars['jsonb']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** aggregate sum on columns */
export type Cards_Sum_Fields = {
  __typename?: 'cards_sum_fields';
  exp_month?: Maybe<Scalars['Int']['output']>;
  exp_year?: Maybe<Scalars['Int']['output']>;
};

/** order by sum() on columns of table "cards" */
export type Cards_Sum_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Cards_Var_Pop_Fields = {
  __typename?: 'cards_var_pop_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "cards" */
export type Cards_Var_Pop_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Cards_Var_Samp_Fields = {
  __typename?: 'cards_var_samp_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "cards" */
export type Cards_Var_Samp_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Cards_Variance_Fields = {
  __typename?: 'cards_variance_fields';
  exp_month?: Maybe<Scalars['Float']['output']>;
  exp_year?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "cards" */
export type Cards_Variance_Order_By = {
  exp_month?: InputMaybe<Order_By>;
  exp_year?: InputMaybe<Order_By>;
};

/** ordering argument of a cursor */
export type Cursor_Ordering =
  /** ascending ordering of the cursor */
  | 'ASC'
  /** descending ordering of the cursor */
  | 'DESC';

/** Boolean expression to compare columns of type "date". All fields are combined with logical 'AND'. */
export type Date_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['date']['input']>;
  _gt?: InputMaybe<Scalars['date']['input']>;
  _gte?: InputMaybe<Scalars['date']['input']>;
  _in?: InputMaybe<Array<Scalars['date']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['date']['input']>;
  _lte?: InputMaybe<Scalars['date']['input']>;
  _neq?: InputMaybe<Scalars['date']['input']>;
  _nin?: InputMaybe<Array<Scalars['date']['input']>>;
};

/** Boolean expression to compare columns of type "jsonb". All fields are combined with logical 'AND'. */
export type Jsonb_Comparison_Exp = {
  /** is the column contained in the given json value */
  _contained_in?: InputMaybe<Scalars['jsonb']['input']>;
  /** does the column contain the given json value at the top level */
  _contains?: InputMaybe<Scalars['jsonb']['input']>;
  _eq?: InputMaybe<Scalars['jsonb']['input']>;
  _gt?: InputMaybe<Scalars['jsonb']['input']>;
  _gte?: InputMaybe<Scalars['jsonb']['input']>;
  /** does the string exist as a top-level key in the column */
  _has_key?: InputMaybe<Scalars['String']['input']>;
  /** do all of these strings exist as top-level keys in the column */
  _has_keys_all?: InputMaybe<Array<Scalars['String']['input']>>;
  /** do any of these strings exist as top-level keys in the column */
  _has_keys_any?: InputMaybe<Array<Scalars['String']['input']>>;
  _in?: InputMaybe<Array<Scalars['jsonb']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['jsonb']['input']>;
  _lte?: InputMaybe<Scalars['jsonb']['input']>;
  _neq?: InputMaybe<Scalars['jsonb']['input']>;
  _nin?: InputMaybe<Array<Scalars['jsonb']['input']>>;
};

/** column ordering options */
export type Order_By =
  /** in ascending order, nulls last */
  | 'asc'
  /** in ascending order, nulls first */
  | 'asc_nulls_first'
  /** in ascending order, nulls last */
  | 'asc_nulls_last'
  /** in descending order, nulls first */
  | 'desc'
  /** in descending order, nulls first */
  | 'desc_nulls_first'
  /** in descending order, nulls last */
  | 'desc_nulls_last';

export type Query_Root = {
  __typename?: 'query_root';
  /** fetch data from the table: "activity_feed" */
  activity_feed: Array<Activity_Feed>;
  /** fetch aggregated fields from the table: "activity_feed" */
  activity_feed_aggregate: Activity_Feed_Aggregate;
  /** fetch data from the table: "authorizations" */
  authorizations: Array<Authorizations>;
  /** fetch aggregated fields from the table: "authorizations" */
  authorizations_aggregate: Authorizations_Aggregate;
  /** fetch data from the table: "authorizations" using primary key columns */
  authorizations_by_pk?: Maybe<Authorizations>;
  /** fetch data from the table: "card_spend_by_category" */
  card_spend_by_category: Array<Card_Spend_By_Category>;
  /** fetch aggregated fields from the table: "card_spend_by_category" */
  card_spend_by_category_aggregate: Card_Spend_By_Category_Aggregate;
  /** fetch data from the table: "card_spend_over_time" */
  card_spend_over_time: Array<Card_Spend_Over_Time>;
  /** fetch aggregated fields from the table: "card_spend_over_time" */
  card_spend_over_time_aggregate: Card_Spend_Over_Time_Aggregate;
  /** fetch data from the table: "cardholders" */
  cardholders: Array<Cardholders>;
  /** fetch data from the table: "cardholders" using primary key columns */
  cardholders_by_pk?: Maybe<Cardholders>;
  /** fetch data from the table: "cards" */
  cards: Array<Cards>;
  /** fetch aggregated fields from the table: "cards" */
  cards_aggregate: Cards_Aggregate;
  /** fetch data from the table: "cards" using primary key columns */
  cards_by_pk?: Maybe<Cards>;
  /** fetch data from the table: "spend_by_category" */
  spend_by_category: Array<Spend_By_Category>;
  /** fetch aggregated fields from the table: "spend_by_category" */
  spend_by_category_aggregate: Spend_By_Category_Aggregate;
  /** fetch data from the table: "spend_over_time" */
  spend_over_time: Array<Spend_Over_Time>;
  /** fetch aggregated fields from the table: "spend_over_time" */
  spend_over_time_aggregate: Spend_Over_Time_Aggregate;
  /** fetch data from the table: "spending_totals" */
  spending_totals: Array<Spending_Totals>;
  /** fetch aggregated fields from the table: "spending_totals" */
  spending_totals_aggregate: Spending_Totals_Aggregate;
  /** fetch data from the table: "transactions" */
  transactions: Array<Transactions>;
  /** fetch aggregated fields from the table: "transactions" */
  transactions_aggregate: Transactions_Aggregate;
  /** fetch data from the table: "transactions" using primary key columns */
  transactions_by_pk?: Maybe<Transactions>;
  /** fetch data from the table: "users" */
  users: Array<Users>;
  /** fetch data from the table: "users" using primary key columns */
  users_by_pk?: Maybe<Users>;
};


export type Query_RootActivity_FeedArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


export type Query_RootActivity_Feed_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


export type Query_RootAuthorizationsArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


export type Query_RootAuthorizations_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


export type Query_RootAuthorizations_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Query_RootCard_Spend_By_CategoryArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_By_Category_Order_By>>;
  where?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
};


export type Query_RootCard_Spend_By_Category_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_By_Category_Order_By>>;
  where?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
};


export type Query_RootCard_Spend_Over_TimeArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
};


export type Query_RootCard_Spend_Over_Time_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
};


export type Query_RootCardholdersArgs = {
  distinct_on?: InputMaybe<Array<Cardholders_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cardholders_Order_By>>;
  where?: InputMaybe<Cardholders_Bool_Exp>;
};


export type Query_RootCardholders_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Query_RootCardsArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


export type Query_RootCards_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


export type Query_RootCards_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Query_RootSpend_By_CategoryArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


export type Query_RootSpend_By_Category_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


export type Query_RootSpend_Over_TimeArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


export type Query_RootSpend_Over_Time_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


export type Query_RootSpending_TotalsArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


export type Query_RootSpending_Totals_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


export type Query_RootTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


export type Query_RootTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


export type Query_RootTransactions_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Query_RootUsersArgs = {
  distinct_on?: InputMaybe<Array<Users_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Users_Order_By>>;
  where?: InputMaybe<Users_Bool_Exp>;
};


export type Query_RootUsers_By_PkArgs = {
  id: Scalars['uuid']['input'];
};

/** columns and relationships of "spend_by_category" */
export type Spend_By_Category = {
  __typename?: 'spend_by_category';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregated selection of "spend_by_category" */
export type Spend_By_Category_Aggregate = {
  __typename?: 'spend_by_category_aggregate';
  aggregate?: Maybe<Spend_By_Category_Aggregate_Fields>;
  nodes: Array<Spend_By_Category>;
};

export type Spend_By_Category_Aggregate_Bool_Exp = {
  count?: InputMaybe<Spend_By_Category_Aggregate_Bool_Exp_Count>;
};

export type Spend_By_Category_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Spend_By_Category_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "spend_by_category" */
export type Spend_By_Category_Aggregate_Fields = {
  __typename?: 'spend_by_category_aggregate_fields';
  avg?: Maybe<Spend_By_Category_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Spend_By_Category_Max_Fields>;
  min?: Maybe<Spend_By_Category_Min_Fields>;
  stddev?: Maybe<Spend_By_Category_Stddev_Fields>;
  stddev_pop?: Maybe<Spend_By_Category_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Spend_By_Category_Stddev_Samp_Fields>;
  sum?: Maybe<Spend_By_Category_Sum_Fields>;
  var_pop?: Maybe<Spend_By_Category_Var_Pop_Fields>;
  var_samp?: Maybe<Spend_By_Category_Var_Samp_Fields>;
  variance?: Maybe<Spend_By_Category_Variance_Fields>;
};


/** aggregate fields of "spend_by_category" */
export type Spend_By_Category_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "spend_by_category" */
export type Spend_By_Category_Aggregate_Order_By = {
  avg?: InputMaybe<Spend_By_Category_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Spend_By_Category_Max_Order_By>;
  min?: InputMaybe<Spend_By_Category_Min_Order_By>;
  stddev?: InputMaybe<Spend_By_Category_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Spend_By_Category_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Spend_By_Category_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Spend_By_Category_Sum_Order_By>;
  var_pop?: InputMaybe<Spend_By_Category_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Spend_By_Category_Var_Samp_Order_By>;
  variance?: InputMaybe<Spend_By_Category_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Spend_By_Category_Avg_Fields = {
  __typename?: 'spend_by_category_avg_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "spend_by_category" */
export type Spend_By_Category_Avg_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "spend_by_category". All fields are combined with a logical 'AND'. */
export type Spend_By_Category_Bool_Exp = {
  _and?: InputMaybe<Array<Spend_By_Category_Bool_Exp>>;
  _not?: InputMaybe<Spend_By_Category_Bool_Exp>;
  _or?: InputMaybe<Array<Spend_By_Category_Bool_Exp>>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  merchant_category?: InputMaybe<String_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settled_spend?: InputMaybe<Bigint_Comparison_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
};

/** aggregate max on columns */
export type Spend_By_Category_Max_Fields = {
  __typename?: 'spend_by_category_max_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by max() on columns of table "spend_by_category" */
export type Spend_By_Category_Max_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Spend_By_Category_Min_Fields = {
  __typename?: 'spend_by_category_min_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by min() on columns of table "spend_by_category" */
export type Spend_By_Category_Min_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "spend_by_category". */
export type Spend_By_Category_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** select columns of table "spend_by_category" */
export type Spend_By_Category_Select_Column =
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'merchant_category'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settled_spend'
  /** column name */
  | 'transaction_count';

/** aggregate stddev on columns */
export type Spend_By_Category_Stddev_Fields = {
  __typename?: 'spend_by_category_stddev_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "spend_by_category" */
export type Spend_By_Category_Stddev_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Spend_By_Category_Stddev_Pop_Fields = {
  __typename?: 'spend_by_category_stddev_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "spend_by_category" */
export type Spend_By_Category_Stddev_Pop_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Spend_By_Category_Stddev_Samp_Fields = {
  __typename?: 'spend_by_category_stddev_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "spend_by_category" */
export type Spend_By_Category_Stddev_Samp_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "spend_by_category" */
export type Spend_By_Category_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Spend_By_Category_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Spend_By_Category_Stream_Cursor_Value_Input = {
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  merchant_category?: InputMaybe<Scalars['String']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settled_spend?: InputMaybe<Scalars['bigint']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
};

/** aggregate sum on columns */
export type Spend_By_Category_Sum_Fields = {
  __typename?: 'spend_by_category_sum_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by sum() on columns of table "spend_by_category" */
export type Spend_By_Category_Sum_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Spend_By_Category_Var_Pop_Fields = {
  __typename?: 'spend_by_category_var_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "spend_by_category" */
export type Spend_By_Category_Var_Pop_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Spend_By_Category_Var_Samp_Fields = {
  __typename?: 'spend_by_category_var_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "spend_by_category" */
export type Spend_By_Category_Var_Samp_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Spend_By_Category_Variance_Fields = {
  __typename?: 'spend_by_category_variance_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "spend_by_category" */
export type Spend_By_Category_Variance_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** columns and relationships of "spend_over_time" */
export type Spend_Over_Time = {
  __typename?: 'spend_over_time';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregated selection of "spend_over_time" */
export type Spend_Over_Time_Aggregate = {
  __typename?: 'spend_over_time_aggregate';
  aggregate?: Maybe<Spend_Over_Time_Aggregate_Fields>;
  nodes: Array<Spend_Over_Time>;
};

export type Spend_Over_Time_Aggregate_Bool_Exp = {
  count?: InputMaybe<Spend_Over_Time_Aggregate_Bool_Exp_Count>;
};

export type Spend_Over_Time_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Spend_Over_Time_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "spend_over_time" */
export type Spend_Over_Time_Aggregate_Fields = {
  __typename?: 'spend_over_time_aggregate_fields';
  avg?: Maybe<Spend_Over_Time_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Spend_Over_Time_Max_Fields>;
  min?: Maybe<Spend_Over_Time_Min_Fields>;
  stddev?: Maybe<Spend_Over_Time_Stddev_Fields>;
  stddev_pop?: Maybe<Spend_Over_Time_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Spend_Over_Time_Stddev_Samp_Fields>;
  sum?: Maybe<Spend_Over_Time_Sum_Fields>;
  var_pop?: Maybe<Spend_Over_Time_Var_Pop_Fields>;
  var_samp?: Maybe<Spend_Over_Time_Var_Samp_Fields>;
  variance?: Maybe<Spend_Over_Time_Variance_Fields>;
};


/** aggregate fields of "spend_over_time" */
export type Spend_Over_Time_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "spend_over_time" */
export type Spend_Over_Time_Aggregate_Order_By = {
  avg?: InputMaybe<Spend_Over_Time_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Spend_Over_Time_Max_Order_By>;
  min?: InputMaybe<Spend_Over_Time_Min_Order_By>;
  stddev?: InputMaybe<Spend_Over_Time_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Spend_Over_Time_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Spend_Over_Time_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Spend_Over_Time_Sum_Order_By>;
  var_pop?: InputMaybe<Spend_Over_Time_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Spend_Over_Time_Var_Samp_Order_By>;
  variance?: InputMaybe<Spend_Over_Time_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Spend_Over_Time_Avg_Fields = {
  __typename?: 'spend_over_time_avg_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "spend_over_time" */
export type Spend_Over_Time_Avg_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "spend_over_time". All fields are combined with a logical 'AND'. */
export type Spend_Over_Time_Bool_Exp = {
  _and?: InputMaybe<Array<Spend_Over_Time_Bool_Exp>>;
  _not?: InputMaybe<Spend_Over_Time_Bool_Exp>;
  _or?: InputMaybe<Array<Spend_Over_Time_Bool_Exp>>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  granularity?: InputMaybe<String_Comparison_Exp>;
  period_start?: InputMaybe<Date_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settled_spend?: InputMaybe<Bigint_Comparison_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
};

/** aggregate max on columns */
export type Spend_Over_Time_Max_Fields = {
  __typename?: 'spend_over_time_max_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by max() on columns of table "spend_over_time" */
export type Spend_Over_Time_Max_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  granularity?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Spend_Over_Time_Min_Fields = {
  __typename?: 'spend_over_time_min_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  granularity?: Maybe<Scalars['String']['output']>;
  period_start?: Maybe<Scalars['date']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by min() on columns of table "spend_over_time" */
export type Spend_Over_Time_Min_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  granularity?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "spend_over_time". */
export type Spend_Over_Time_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  granularity?: InputMaybe<Order_By>;
  period_start?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** select columns of table "spend_over_time" */
export type Spend_Over_Time_Select_Column =
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'granularity'
  /** column name */
  | 'period_start'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settled_spend'
  /** column name */
  | 'transaction_count';

/** aggregate stddev on columns */
export type Spend_Over_Time_Stddev_Fields = {
  __typename?: 'spend_over_time_stddev_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "spend_over_time" */
export type Spend_Over_Time_Stddev_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Spend_Over_Time_Stddev_Pop_Fields = {
  __typename?: 'spend_over_time_stddev_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "spend_over_time" */
export type Spend_Over_Time_Stddev_Pop_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Spend_Over_Time_Stddev_Samp_Fields = {
  __typename?: 'spend_over_time_stddev_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "spend_over_time" */
export type Spend_Over_Time_Stddev_Samp_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "spend_over_time" */
export type Spend_Over_Time_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Spend_Over_Time_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Spend_Over_Time_Stream_Cursor_Value_Input = {
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  granularity?: InputMaybe<Scalars['String']['input']>;
  period_start?: InputMaybe<Scalars['date']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settled_spend?: InputMaybe<Scalars['bigint']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
};

/** aggregate sum on columns */
export type Spend_Over_Time_Sum_Fields = {
  __typename?: 'spend_over_time_sum_fields';
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by sum() on columns of table "spend_over_time" */
export type Spend_Over_Time_Sum_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Spend_Over_Time_Var_Pop_Fields = {
  __typename?: 'spend_over_time_var_pop_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "spend_over_time" */
export type Spend_Over_Time_Var_Pop_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Spend_Over_Time_Var_Samp_Fields = {
  __typename?: 'spend_over_time_var_samp_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "spend_over_time" */
export type Spend_Over_Time_Var_Samp_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Spend_Over_Time_Variance_Fields = {
  __typename?: 'spend_over_time_variance_fields';
  captured_amount?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "spend_over_time" */
export type Spend_Over_Time_Variance_Order_By = {
  captured_amount?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** columns and relationships of "spending_totals" */
export type Spending_Totals = {
  __typename?: 'spending_totals';
  authorization_count?: Maybe<Scalars['Int']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  declined_amount?: Maybe<Scalars['bigint']['output']>;
  declined_count?: Maybe<Scalars['Int']['output']>;
  pending_amount?: Maybe<Scalars['bigint']['output']>;
  pending_count?: Maybe<Scalars['Int']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** aggregated selection of "spending_totals" */
export type Spending_Totals_Aggregate = {
  __typename?: 'spending_totals_aggregate';
  aggregate?: Maybe<Spending_Totals_Aggregate_Fields>;
  nodes: Array<Spending_Totals>;
};

export type Spending_Totals_Aggregate_Bool_Exp = {
  count?: InputMaybe<Spending_Totals_Aggregate_Bool_Exp_Count>;
};

export type Spending_Totals_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Spending_Totals_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "spending_totals" */
export type Spending_Totals_Aggregate_Fields = {
  __typename?: 'spending_totals_aggregate_fields';
  avg?: Maybe<Spending_Totals_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Spending_Totals_Max_Fields>;
  min?: Maybe<Spending_Totals_Min_Fields>;
  stddev?: Maybe<Spending_Totals_Stddev_Fields>;
  stddev_pop?: Maybe<Spending_Totals_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Spending_Totals_Stddev_Samp_Fields>;
  sum?: Maybe<Spending_Totals_Sum_Fields>;
  var_pop?: Maybe<Spending_Totals_Var_Pop_Fields>;
  var_samp?: Maybe<Spending_Totals_Var_Samp_Fields>;
  variance?: Maybe<Spending_Totals_Variance_Fields>;
};


/** aggregate fields of "spending_totals" */
export type Spending_Totals_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "spending_totals" */
export type Spending_Totals_Aggregate_Order_By = {
  avg?: InputMaybe<Spending_Totals_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Spending_Totals_Max_Order_By>;
  min?: InputMaybe<Spending_Totals_Min_Order_By>;
  stddev?: InputMaybe<Spending_Totals_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Spending_Totals_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Spending_Totals_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Spending_Totals_Sum_Order_By>;
  var_pop?: InputMaybe<Spending_Totals_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Spending_Totals_Var_Samp_Order_By>;
  variance?: InputMaybe<Spending_Totals_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Spending_Totals_Avg_Fields = {
  __typename?: 'spending_totals_avg_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "spending_totals" */
export type Spending_Totals_Avg_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "spending_totals". All fields are combined with a logical 'AND'. */
export type Spending_Totals_Bool_Exp = {
  _and?: InputMaybe<Array<Spending_Totals_Bool_Exp>>;
  _not?: InputMaybe<Spending_Totals_Bool_Exp>;
  _or?: InputMaybe<Array<Spending_Totals_Bool_Exp>>;
  authorization_count?: InputMaybe<Int_Comparison_Exp>;
  captured_amount?: InputMaybe<Bigint_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  declined_amount?: InputMaybe<Bigint_Comparison_Exp>;
  declined_count?: InputMaybe<Int_Comparison_Exp>;
  pending_amount?: InputMaybe<Bigint_Comparison_Exp>;
  pending_count?: InputMaybe<Int_Comparison_Exp>;
  refunded_amount?: InputMaybe<Bigint_Comparison_Exp>;
  settled_spend?: InputMaybe<Bigint_Comparison_Exp>;
  transaction_count?: InputMaybe<Int_Comparison_Exp>;
};

/** aggregate max on columns */
export type Spending_Totals_Max_Fields = {
  __typename?: 'spending_totals_max_fields';
  authorization_count?: Maybe<Scalars['Int']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  declined_amount?: Maybe<Scalars['bigint']['output']>;
  declined_count?: Maybe<Scalars['Int']['output']>;
  pending_amount?: Maybe<Scalars['bigint']['output']>;
  pending_count?: Maybe<Scalars['Int']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by max() on columns of table "spending_totals" */
export type Spending_Totals_Max_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Spending_Totals_Min_Fields = {
  __typename?: 'spending_totals_min_fields';
  authorization_count?: Maybe<Scalars['Int']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  declined_amount?: Maybe<Scalars['bigint']['output']>;
  declined_count?: Maybe<Scalars['Int']['output']>;
  pending_amount?: Maybe<Scalars['bigint']['output']>;
  pending_count?: Maybe<Scalars['Int']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by min() on columns of table "spending_totals" */
export type Spending_Totals_Min_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "spending_totals". */
export type Spending_Totals_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** select columns of table "spending_totals" */
export type Spending_Totals_Select_Column =
  /** column name */
  | 'authorization_count'
  /** column name */
  | 'captured_amount'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'currency'
  /** column name */
  | 'declined_amount'
  /** column name */
  | 'declined_count'
  /** column name */
  | 'pending_amount'
  /** column name */
  | 'pending_count'
  /** column name */
  | 'refunded_amount'
  /** column name */
  | 'settled_spend'
  /** column name */
  | 'transaction_count';

/** aggregate stddev on columns */
export type Spending_Totals_Stddev_Fields = {
  __typename?: 'spending_totals_stddev_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "spending_totals" */
export type Spending_Totals_Stddev_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Spending_Totals_Stddev_Pop_Fields = {
  __typename?: 'spending_totals_stddev_pop_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "spending_totals" */
export type Spending_Totals_Stddev_Pop_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Spending_Totals_Stddev_Samp_Fields = {
  __typename?: 'spending_totals_stddev_samp_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "spending_totals" */
export type Spending_Totals_Stddev_Samp_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "spending_totals" */
export type Spending_Totals_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Spending_Totals_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Spending_Totals_Stream_Cursor_Value_Input = {
  authorization_count?: InputMaybe<Scalars['Int']['input']>;
  captured_amount?: InputMaybe<Scalars['bigint']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  declined_amount?: InputMaybe<Scalars['bigint']['input']>;
  declined_count?: InputMaybe<Scalars['Int']['input']>;
  pending_amount?: InputMaybe<Scalars['bigint']['input']>;
  pending_count?: InputMaybe<Scalars['Int']['input']>;
  refunded_amount?: InputMaybe<Scalars['bigint']['input']>;
  settled_spend?: InputMaybe<Scalars['bigint']['input']>;
  transaction_count?: InputMaybe<Scalars['Int']['input']>;
};

/** aggregate sum on columns */
export type Spending_Totals_Sum_Fields = {
  __typename?: 'spending_totals_sum_fields';
  authorization_count?: Maybe<Scalars['Int']['output']>;
  captured_amount?: Maybe<Scalars['bigint']['output']>;
  declined_amount?: Maybe<Scalars['bigint']['output']>;
  declined_count?: Maybe<Scalars['Int']['output']>;
  pending_amount?: Maybe<Scalars['bigint']['output']>;
  pending_count?: Maybe<Scalars['Int']['output']>;
  refunded_amount?: Maybe<Scalars['bigint']['output']>;
  settled_spend?: Maybe<Scalars['bigint']['output']>;
  transaction_count?: Maybe<Scalars['Int']['output']>;
};

/** order by sum() on columns of table "spending_totals" */
export type Spending_Totals_Sum_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Spending_Totals_Var_Pop_Fields = {
  __typename?: 'spending_totals_var_pop_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "spending_totals" */
export type Spending_Totals_Var_Pop_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Spending_Totals_Var_Samp_Fields = {
  __typename?: 'spending_totals_var_samp_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "spending_totals" */
export type Spending_Totals_Var_Samp_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Spending_Totals_Variance_Fields = {
  __typename?: 'spending_totals_variance_fields';
  authorization_count?: Maybe<Scalars['Float']['output']>;
  captured_amount?: Maybe<Scalars['Float']['output']>;
  declined_amount?: Maybe<Scalars['Float']['output']>;
  declined_count?: Maybe<Scalars['Float']['output']>;
  pending_amount?: Maybe<Scalars['Float']['output']>;
  pending_count?: Maybe<Scalars['Float']['output']>;
  refunded_amount?: Maybe<Scalars['Float']['output']>;
  settled_spend?: Maybe<Scalars['Float']['output']>;
  transaction_count?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "spending_totals" */
export type Spending_Totals_Variance_Order_By = {
  authorization_count?: InputMaybe<Order_By>;
  captured_amount?: InputMaybe<Order_By>;
  declined_amount?: InputMaybe<Order_By>;
  declined_count?: InputMaybe<Order_By>;
  pending_amount?: InputMaybe<Order_By>;
  pending_count?: InputMaybe<Order_By>;
  refunded_amount?: InputMaybe<Order_By>;
  settled_spend?: InputMaybe<Order_By>;
  transaction_count?: InputMaybe<Order_By>;
};

export type Subscription_Root = {
  __typename?: 'subscription_root';
  /** fetch data from the table: "activity_feed" */
  activity_feed: Array<Activity_Feed>;
  /** fetch aggregated fields from the table: "activity_feed" */
  activity_feed_aggregate: Activity_Feed_Aggregate;
  /** fetch data from the table in a streaming manner: "activity_feed" */
  activity_feed_stream: Array<Activity_Feed>;
  /** fetch data from the table: "authorizations" */
  authorizations: Array<Authorizations>;
  /** fetch aggregated fields from the table: "authorizations" */
  authorizations_aggregate: Authorizations_Aggregate;
  /** fetch data from the table: "authorizations" using primary key columns */
  authorizations_by_pk?: Maybe<Authorizations>;
  /** fetch data from the table in a streaming manner: "authorizations" */
  authorizations_stream: Array<Authorizations>;
  /** fetch data from the table: "card_spend_by_category" */
  card_spend_by_category: Array<Card_Spend_By_Category>;
  /** fetch aggregated fields from the table: "card_spend_by_category" */
  card_spend_by_category_aggregate: Card_Spend_By_Category_Aggregate;
  /** fetch data from the table in a streaming manner: "card_spend_by_category" */
  card_spend_by_category_stream: Array<Card_Spend_By_Category>;
  /** fetch data from the table: "card_spend_over_time" */
  card_spend_over_time: Array<Card_Spend_Over_Time>;
  /** fetch aggregated fields from the table: "card_spend_over_time" */
  card_spend_over_time_aggregate: Card_Spend_Over_Time_Aggregate;
  /** fetch data from the table in a streaming manner: "card_spend_over_time" */
  card_spend_over_time_stream: Array<Card_Spend_Over_Time>;
  /** fetch data from the table: "cardholders" */
  cardholders: Array<Cardholders>;
  /** fetch data from the table: "cardholders" using primary key columns */
  cardholders_by_pk?: Maybe<Cardholders>;
  /** fetch data from the table in a streaming manner: "cardholders" */
  cardholders_stream: Array<Cardholders>;
  /** fetch data from the table: "cards" */
  cards: Array<Cards>;
  /** fetch aggregated fields from the table: "cards" */
  cards_aggregate: Cards_Aggregate;
  /** fetch data from the table: "cards" using primary key columns */
  cards_by_pk?: Maybe<Cards>;
  /** fetch data from the table in a streaming manner: "cards" */
  cards_stream: Array<Cards>;
  /** fetch data from the table: "spend_by_category" */
  spend_by_category: Array<Spend_By_Category>;
  /** fetch aggregated fields from the table: "spend_by_category" */
  spend_by_category_aggregate: Spend_By_Category_Aggregate;
  /** fetch data from the table in a streaming manner: "spend_by_category" */
  spend_by_category_stream: Array<Spend_By_Category>;
  /** fetch data from the table: "spend_over_time" */
  spend_over_time: Array<Spend_Over_Time>;
  /** fetch aggregated fields from the table: "spend_over_time" */
  spend_over_time_aggregate: Spend_Over_Time_Aggregate;
  /** fetch data from the table in a streaming manner: "spend_over_time" */
  spend_over_time_stream: Array<Spend_Over_Time>;
  /** fetch data from the table: "spending_totals" */
  spending_totals: Array<Spending_Totals>;
  /** fetch aggregated fields from the table: "spending_totals" */
  spending_totals_aggregate: Spending_Totals_Aggregate;
  /** fetch data from the table in a streaming manner: "spending_totals" */
  spending_totals_stream: Array<Spending_Totals>;
  /** fetch data from the table: "transactions" */
  transactions: Array<Transactions>;
  /** fetch aggregated fields from the table: "transactions" */
  transactions_aggregate: Transactions_Aggregate;
  /** fetch data from the table: "transactions" using primary key columns */
  transactions_by_pk?: Maybe<Transactions>;
  /** fetch data from the table in a streaming manner: "transactions" */
  transactions_stream: Array<Transactions>;
  /** fetch data from the table: "users" */
  users: Array<Users>;
  /** fetch data from the table: "users" using primary key columns */
  users_by_pk?: Maybe<Users>;
  /** fetch data from the table in a streaming manner: "users" */
  users_stream: Array<Users>;
};


export type Subscription_RootActivity_FeedArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


export type Subscription_RootActivity_Feed_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Activity_Feed_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Activity_Feed_Order_By>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


export type Subscription_RootActivity_Feed_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Activity_Feed_Stream_Cursor_Input>>;
  where?: InputMaybe<Activity_Feed_Bool_Exp>;
};


export type Subscription_RootAuthorizationsArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


export type Subscription_RootAuthorizations_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Authorizations_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Authorizations_Order_By>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


export type Subscription_RootAuthorizations_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Subscription_RootAuthorizations_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Authorizations_Stream_Cursor_Input>>;
  where?: InputMaybe<Authorizations_Bool_Exp>;
};


export type Subscription_RootCard_Spend_By_CategoryArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_By_Category_Order_By>>;
  where?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootCard_Spend_By_Category_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_By_Category_Order_By>>;
  where?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootCard_Spend_By_Category_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Card_Spend_By_Category_Stream_Cursor_Input>>;
  where?: InputMaybe<Card_Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootCard_Spend_Over_TimeArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootCard_Spend_Over_Time_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Card_Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Card_Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootCard_Spend_Over_Time_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Card_Spend_Over_Time_Stream_Cursor_Input>>;
  where?: InputMaybe<Card_Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootCardholdersArgs = {
  distinct_on?: InputMaybe<Array<Cardholders_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cardholders_Order_By>>;
  where?: InputMaybe<Cardholders_Bool_Exp>;
};


export type Subscription_RootCardholders_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Subscription_RootCardholders_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Cardholders_Stream_Cursor_Input>>;
  where?: InputMaybe<Cardholders_Bool_Exp>;
};


export type Subscription_RootCardsArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


export type Subscription_RootCards_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Cards_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Cards_Order_By>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


export type Subscription_RootCards_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Subscription_RootCards_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Cards_Stream_Cursor_Input>>;
  where?: InputMaybe<Cards_Bool_Exp>;
};


export type Subscription_RootSpend_By_CategoryArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootSpend_By_Category_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_By_Category_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_By_Category_Order_By>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootSpend_By_Category_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Spend_By_Category_Stream_Cursor_Input>>;
  where?: InputMaybe<Spend_By_Category_Bool_Exp>;
};


export type Subscription_RootSpend_Over_TimeArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootSpend_Over_Time_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spend_Over_Time_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spend_Over_Time_Order_By>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootSpend_Over_Time_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Spend_Over_Time_Stream_Cursor_Input>>;
  where?: InputMaybe<Spend_Over_Time_Bool_Exp>;
};


export type Subscription_RootSpending_TotalsArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


export type Subscription_RootSpending_Totals_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Spending_Totals_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Spending_Totals_Order_By>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


export type Subscription_RootSpending_Totals_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Spending_Totals_Stream_Cursor_Input>>;
  where?: InputMaybe<Spending_Totals_Bool_Exp>;
};


export type Subscription_RootTransactionsArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


export type Subscription_RootTransactions_AggregateArgs = {
  distinct_on?: InputMaybe<Array<Transactions_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Transactions_Order_By>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


export type Subscription_RootTransactions_By_PkArgs = {
  id: Scalars['String']['input'];
};


export type Subscription_RootTransactions_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Transactions_Stream_Cursor_Input>>;
  where?: InputMaybe<Transactions_Bool_Exp>;
};


export type Subscription_RootUsersArgs = {
  distinct_on?: InputMaybe<Array<Users_Select_Column>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  order_by?: InputMaybe<Array<Users_Order_By>>;
  where?: InputMaybe<Users_Bool_Exp>;
};


export type Subscription_RootUsers_By_PkArgs = {
  id: Scalars['uuid']['input'];
};


export type Subscription_RootUsers_StreamArgs = {
  batch_size: Scalars['Int']['input'];
  cursor: Array<InputMaybe<Users_Stream_Cursor_Input>>;
  where?: InputMaybe<Users_Bool_Exp>;
};

/** Boolean expression to compare columns of type "timestamptz". All fields are combined with logical 'AND'. */
export type Timestamptz_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['timestamptz']['input']>;
  _gt?: InputMaybe<Scalars['timestamptz']['input']>;
  _gte?: InputMaybe<Scalars['timestamptz']['input']>;
  _in?: InputMaybe<Array<Scalars['timestamptz']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['timestamptz']['input']>;
  _lte?: InputMaybe<Scalars['timestamptz']['input']>;
  _neq?: InputMaybe<Scalars['timestamptz']['input']>;
  _nin?: InputMaybe<Array<Scalars['timestamptz']['input']>>;
};

/** columns and relationships of "transactions" */
export type Transactions = {
  __typename?: 'transactions';
  amount: Scalars['bigint']['output'];
  /** An object relationship */
  authorization?: Maybe<Authorizations>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  card?: Maybe<Cards>;
  card_id?: Maybe<Scalars['String']['output']>;
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['timestamptz']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['String']['output'];
  livemode: Scalars['Boolean']['output'];
  merchant_amount: Scalars['bigint']['output'];
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency: Scalars['String']['output'];
  merchant_name?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  updated_at: Scalars['timestamptz']['output'];
};

/** aggregated selection of "transactions" */
export type Transactions_Aggregate = {
  __typename?: 'transactions_aggregate';
  aggregate?: Maybe<Transactions_Aggregate_Fields>;
  nodes: Array<Transactions>;
};

export type Transactions_Aggregate_Bool_Exp = {
  count?: InputMaybe<Transactions_Aggregate_Bool_Exp_Count>;
};

export type Transactions_Aggregate_Bool_Exp_Count = {
  arguments?: InputMaybe<Array<Transactions_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Transactions_Bool_Exp>;
  predicate: Int_Comparison_Exp;
};

/** aggregate fields of "transactions" */
export type Transactions_Aggregate_Fields = {
  __typename?: 'transactions_aggregate_fields';
  avg?: Maybe<Transactions_Avg_Fields>;
  count: Scalars['Int']['output'];
  max?: Maybe<Transactions_Max_Fields>;
  min?: Maybe<Transactions_Min_Fields>;
  stddev?: Maybe<Transactions_Stddev_Fields>;
  stddev_pop?: Maybe<Transactions_Stddev_Pop_Fields>;
  stddev_samp?: Maybe<Transactions_Stddev_Samp_Fields>;
  sum?: Maybe<Transactions_Sum_Fields>;
  var_pop?: Maybe<Transactions_Var_Pop_Fields>;
  var_samp?: Maybe<Transactions_Var_Samp_Fields>;
  variance?: Maybe<Transactions_Variance_Fields>;
};


/** aggregate fields of "transactions" */
export type Transactions_Aggregate_FieldsCountArgs = {
  columns?: InputMaybe<Array<Transactions_Select_Column>>;
  distinct?: InputMaybe<Scalars['Boolean']['input']>;
};

/** order by aggregate values of table "transactions" */
export type Transactions_Aggregate_Order_By = {
  avg?: InputMaybe<Transactions_Avg_Order_By>;
  count?: InputMaybe<Order_By>;
  max?: InputMaybe<Transactions_Max_Order_By>;
  min?: InputMaybe<Transactions_Min_Order_By>;
  stddev?: InputMaybe<Transactions_Stddev_Order_By>;
  stddev_pop?: InputMaybe<Transactions_Stddev_Pop_Order_By>;
  stddev_samp?: InputMaybe<Transactions_Stddev_Samp_Order_By>;
  sum?: InputMaybe<Transactions_Sum_Order_By>;
  var_pop?: InputMaybe<Transactions_Var_Pop_Order_By>;
  var_samp?: InputMaybe<Transactions_Var_Samp_Order_By>;
  variance?: InputMaybe<Transactions_Variance_Order_By>;
};

/** aggregate avg on columns */
export type Transactions_Avg_Fields = {
  __typename?: 'transactions_avg_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by avg() on columns of table "transactions" */
export type Transactions_Avg_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** Boolean expression to filter rows from the table "transactions". All fields are combined with a logical 'AND'. */
export type Transactions_Bool_Exp = {
  _and?: InputMaybe<Array<Transactions_Bool_Exp>>;
  _not?: InputMaybe<Transactions_Bool_Exp>;
  _or?: InputMaybe<Array<Transactions_Bool_Exp>>;
  amount?: InputMaybe<Bigint_Comparison_Exp>;
  authorization?: InputMaybe<Authorizations_Bool_Exp>;
  authorization_id?: InputMaybe<String_Comparison_Exp>;
  card?: InputMaybe<Cards_Bool_Exp>;
  card_id?: InputMaybe<String_Comparison_Exp>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  currency?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<String_Comparison_Exp>;
  livemode?: InputMaybe<Boolean_Comparison_Exp>;
  merchant_amount?: InputMaybe<Bigint_Comparison_Exp>;
  merchant_category?: InputMaybe<String_Comparison_Exp>;
  merchant_category_code?: InputMaybe<String_Comparison_Exp>;
  merchant_city?: InputMaybe<String_Comparison_Exp>;
  merchant_country?: InputMaybe<String_Comparison_Exp>;
  merchant_currency?: InputMaybe<String_Comparison_Exp>;
  merchant_name?: InputMaybe<String_Comparison_Exp>;
  type?: InputMaybe<String_Comparison_Exp>;
  updated_at?: InputMaybe<Timestamptz_Comparison_Exp>;
};

/** aggregate max on columns */
export type Transactions_Max_Fields = {
  __typename?: 'transactions_max_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
};

/** order by max() on columns of table "transactions" */
export type Transactions_Max_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** aggregate min on columns */
export type Transactions_Min_Fields = {
  __typename?: 'transactions_min_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  authorization_id?: Maybe<Scalars['String']['output']>;
  card_id?: Maybe<Scalars['String']['output']>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at?: Maybe<Scalars['timestamptz']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
  merchant_category?: Maybe<Scalars['String']['output']>;
  merchant_category_code?: Maybe<Scalars['String']['output']>;
  merchant_city?: Maybe<Scalars['String']['output']>;
  merchant_country?: Maybe<Scalars['String']['output']>;
  merchant_currency?: Maybe<Scalars['String']['output']>;
  merchant_name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  updated_at?: Maybe<Scalars['timestamptz']['output']>;
};

/** order by min() on columns of table "transactions" */
export type Transactions_Min_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** Ordering options when selecting data from "transactions". */
export type Transactions_Order_By = {
  amount?: InputMaybe<Order_By>;
  authorization?: InputMaybe<Authorizations_Order_By>;
  authorization_id?: InputMaybe<Order_By>;
  card?: InputMaybe<Cards_Order_By>;
  card_id?: InputMaybe<Order_By>;
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  currency?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  livemode?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
  merchant_category?: InputMaybe<Order_By>;
  merchant_category_code?: InputMaybe<Order_By>;
  merchant_city?: InputMaybe<Order_By>;
  merchant_country?: InputMaybe<Order_By>;
  merchant_currency?: InputMaybe<Order_By>;
  merchant_name?: InputMaybe<Order_By>;
  type?: InputMaybe<Order_By>;
  updated_at?: InputMaybe<Order_By>;
};

/** select columns of table "transactions" */
export type Transactions_Select_Column =
  /** column name */
  | 'amount'
  /** column name */
  | 'authorization_id'
  /** column name */
  | 'card_id'
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'created_at'
  /** column name */
  | 'currency'
  /** column name */
  | 'id'
  /** column name */
  | 'livemode'
  /** column name */
  | 'merchant_amount'
  /** column name */
  | 'merchant_category'
  /** column name */
  | 'merchant_category_code'
  /** column name */
  | 'merchant_city'
  /** column name */
  | 'merchant_country'
  /** column name */
  | 'merchant_currency'
  /** column name */
  | 'merchant_name'
  /** column name */
  | 'type'
  /** column name */
  | 'updated_at';

/** aggregate stddev on columns */
export type Transactions_Stddev_Fields = {
  __typename?: 'transactions_stddev_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev() on columns of table "transactions" */
export type Transactions_Stddev_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate stddev_pop on columns */
export type Transactions_Stddev_Pop_Fields = {
  __typename?: 'transactions_stddev_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_pop() on columns of table "transactions" */
export type Transactions_Stddev_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate stddev_samp on columns */
export type Transactions_Stddev_Samp_Fields = {
  __typename?: 'transactions_stddev_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by stddev_samp() on columns of table "transactions" */
export type Transactions_Stddev_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** Streaming cursor of the table "transactions" */
export type Transactions_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Transactions_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Transactions_Stream_Cursor_Value_Input = {
  amount?: InputMaybe<Scalars['bigint']['input']>;
  authorization_id?: InputMaybe<Scalars['String']['input']>;
  card_id?: InputMaybe<Scalars['String']['input']>;
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['String']['input']>;
  livemode?: InputMaybe<Scalars['Boolean']['input']>;
  merchant_amount?: InputMaybe<Scalars['bigint']['input']>;
  merchant_category?: InputMaybe<Scalars['String']['input']>;
  merchant_category_code?: InputMaybe<Scalars['String']['input']>;
  merchant_city?: InputMaybe<Scalars['String']['input']>;
  merchant_country?: InputMaybe<Scalars['String']['input']>;
  merchant_currency?: InputMaybe<Scalars['String']['input']>;
  merchant_name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  updated_at?: InputMaybe<Scalars['timestamptz']['input']>;
};

/** aggregate sum on columns */
export type Transactions_Sum_Fields = {
  __typename?: 'transactions_sum_fields';
  amount?: Maybe<Scalars['bigint']['output']>;
  merchant_amount?: Maybe<Scalars['bigint']['output']>;
};

/** order by sum() on columns of table "transactions" */
export type Transactions_Sum_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate var_pop on columns */
export type Transactions_Var_Pop_Fields = {
  __typename?: 'transactions_var_pop_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by var_pop() on columns of table "transactions" */
export type Transactions_Var_Pop_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate var_samp on columns */
export type Transactions_Var_Samp_Fields = {
  __typename?: 'transactions_var_samp_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by var_samp() on columns of table "transactions" */
export type Transactions_Var_Samp_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** aggregate variance on columns */
export type Transactions_Variance_Fields = {
  __typename?: 'transactions_variance_fields';
  amount?: Maybe<Scalars['Float']['output']>;
  merchant_amount?: Maybe<Scalars['Float']['output']>;
};

/** order by variance() on columns of table "transactions" */
export type Transactions_Variance_Order_By = {
  amount?: InputMaybe<Order_By>;
  merchant_amount?: InputMaybe<Order_By>;
};

/** columns and relationships of "users" */
export type Users = {
  __typename?: 'users';
  /** An object relationship */
  cardholder?: Maybe<Cardholders>;
  cardholder_id?: Maybe<Scalars['String']['output']>;
  created_at: Scalars['timestamptz']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['uuid']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** Boolean expression to filter rows from the table "users". All fields are combined with a logical 'AND'. */
export type Users_Bool_Exp = {
  _and?: InputMaybe<Array<Users_Bool_Exp>>;
  _not?: InputMaybe<Users_Bool_Exp>;
  _or?: InputMaybe<Array<Users_Bool_Exp>>;
  cardholder?: InputMaybe<Cardholders_Bool_Exp>;
  cardholder_id?: InputMaybe<String_Comparison_Exp>;
  created_at?: InputMaybe<Timestamptz_Comparison_Exp>;
  email?: InputMaybe<String_Comparison_Exp>;
  id?: InputMaybe<Uuid_Comparison_Exp>;
  name?: InputMaybe<String_Comparison_Exp>;
};

/** Ordering options when selecting data from "users". */
export type Users_Order_By = {
  cardholder?: InputMaybe<Cardholders_Order_By>;
  cardholder_id?: InputMaybe<Order_By>;
  created_at?: InputMaybe<Order_By>;
  email?: InputMaybe<Order_By>;
  id?: InputMaybe<Order_By>;
  name?: InputMaybe<Order_By>;
};

/** select columns of table "users" */
export type Users_Select_Column =
  /** column name */
  | 'cardholder_id'
  /** column name */
  | 'created_at'
  /** column name */
  | 'email'
  /** column name */
  | 'id'
  /** column name */
  | 'name';

/** Streaming cursor of the table "users" */
export type Users_Stream_Cursor_Input = {
  /** Stream column input with initial value */
  initial_value: Users_Stream_Cursor_Value_Input;
  /** cursor ordering */
  ordering?: InputMaybe<Cursor_Ordering>;
};

/** Initial value of the column from where the streaming should start */
export type Users_Stream_Cursor_Value_Input = {
  cardholder_id?: InputMaybe<Scalars['String']['input']>;
  created_at?: InputMaybe<Scalars['timestamptz']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['uuid']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Boolean expression to compare columns of type "uuid". All fields are combined with logical 'AND'. */
export type Uuid_Comparison_Exp = {
  _eq?: InputMaybe<Scalars['uuid']['input']>;
  _gt?: InputMaybe<Scalars['uuid']['input']>;
  _gte?: InputMaybe<Scalars['uuid']['input']>;
  _in?: InputMaybe<Array<Scalars['uuid']['input']>>;
  _is_null?: InputMaybe<Scalars['Boolean']['input']>;
  _lt?: InputMaybe<Scalars['uuid']['input']>;
  _lte?: InputMaybe<Scalars['uuid']['input']>;
  _neq?: InputMaybe<Scalars['uuid']['input']>;
  _nin?: InputMaybe<Array<Scalars['uuid']['input']>>;
};

export type ActivityFeedEntryFragment = { __typename?: 'activity_feed', id?: string | null, kind?: string | null, occurred_at?: string | null, authorization_id?: string | null, amount?: string | number | null, currency?: string | null, merchant_amount?: string | number | null, merchant_currency?: string | null, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, approved?: boolean | null, status?: string | null, decline_reason?: string | null, transaction_type?: string | null, settlement_status?: string | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, net_spend?: string | number | null, transaction_count?: number | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null };

export type ActivityFeedQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type ActivityFeedQuery = { __typename?: 'query_root', activity_feed: Array<{ __typename?: 'activity_feed', id?: string | null, kind?: string | null, occurred_at?: string | null, authorization_id?: string | null, amount?: string | number | null, currency?: string | null, merchant_amount?: string | number | null, merchant_currency?: string | null, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, approved?: boolean | null, status?: string | null, decline_reason?: string | null, transaction_type?: string | null, settlement_status?: string | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, net_spend?: string | number | null, transaction_count?: number | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null }> };

export type ActivityFeedPageQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
  beforeOccurredAt: Scalars['timestamptz']['input'];
  beforeId: Scalars['String']['input'];
}>;


export type ActivityFeedPageQuery = { __typename?: 'query_root', activity_feed: Array<{ __typename?: 'activity_feed', id?: string | null, kind?: string | null, occurred_at?: string | null, authorization_id?: string | null, amount?: string | number | null, currency?: string | null, merchant_amount?: string | number | null, merchant_currency?: string | null, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, approved?: boolean | null, status?: string | null, decline_reason?: string | null, transaction_type?: string | null, settlement_status?: string | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, net_spend?: string | number | null, transaction_count?: number | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null }> };

export type ActivityFeedWhereQueryVariables = Exact<{
  where: Activity_Feed_Bool_Exp;
  limit: Scalars['Int']['input'];
}>;


export type ActivityFeedWhereQuery = { __typename?: 'query_root', activity_feed: Array<{ __typename?: 'activity_feed', id?: string | null, kind?: string | null, occurred_at?: string | null, authorization_id?: string | null, amount?: string | number | null, currency?: string | null, merchant_amount?: string | number | null, merchant_currency?: string | null, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, approved?: boolean | null, status?: string | null, decline_reason?: string | null, transaction_type?: string | null, settlement_status?: string | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, net_spend?: string | number | null, transaction_count?: number | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null }> };

export type CardSpendByCategoryQueryVariables = Exact<{
  cardId: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  limit: Scalars['Int']['input'];
}>;


export type CardSpendByCategoryQuery = { __typename?: 'query_root', card_spend_by_category: Array<{ __typename?: 'card_spend_by_category', card_id?: string | null, currency?: string | null, merchant_category?: string | null, settled_spend?: string | number | null, transaction_count?: number | null }> };

export type CardSpendOverTimeQueryVariables = Exact<{
  cardId: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  granularity: Scalars['String']['input'];
  from: Scalars['date']['input'];
}>;


export type CardSpendOverTimeQuery = { __typename?: 'query_root', card_spend_over_time: Array<{ __typename?: 'card_spend_over_time', card_id?: string | null, currency?: string | null, granularity?: string | null, period_start?: string | null, settled_spend?: string | number | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, transaction_count?: number | null }> };

export type CardTotalsQueryVariables = Exact<{
  cardId: Scalars['String']['input'];
}>;


export type CardTotalsQuery = { __typename?: 'query_root', card?: { __typename?: 'cards', id: string, currency?: string | null } | null, transactions: { __typename?: 'transactions_aggregate', aggregate?: { __typename?: 'transactions_aggregate_fields', count: number, sum?: { __typename?: 'transactions_sum_fields', amount?: string | number | null } | null } | null }, refunds: { __typename?: 'transactions_aggregate', aggregate?: { __typename?: 'transactions_aggregate_fields', sum?: { __typename?: 'transactions_sum_fields', amount?: string | number | null } | null } | null }, pending: { __typename?: 'authorizations_aggregate', aggregate?: { __typename?: 'authorizations_aggregate_fields', count: number, sum?: { __typename?: 'authorizations_sum_fields', amount?: string | number | null } | null } | null }, declined: { __typename?: 'authorizations_aggregate', aggregate?: { __typename?: 'authorizations_aggregate_fields', count: number, sum?: { __typename?: 'authorizations_sum_fields', amount?: string | number | null } | null } | null } };

export type CardsAndCardholderQueryVariables = Exact<{ [key: string]: never; }>;


export type CardsAndCardholderQuery = { __typename?: 'query_root', users: Array<{ __typename?: 'users', id: string, name?: string | null, email?: string | null, cardholder?: { __typename?: 'cardholders', id: string, name?: string | null, email?: string | null, status?: string | null, type?: string | null, created_at: string, cards: Array<{ __typename?: 'cards', id: string, brand?: string | null, last4?: string | null, exp_month?: number | null, exp_year?: number | null, type?: string | null, status?: string | null, currency?: string | null, created_at: string }> } | null }> };

export type PeriodTransactionsTotalQueryVariables = Exact<{
  where: Transactions_Bool_Exp;
}>;


export type PeriodTransactionsTotalQuery = { __typename?: 'query_root', transactions_aggregate: { __typename?: 'transactions_aggregate', aggregate?: { __typename?: 'transactions_aggregate_fields', count: number, sum?: { __typename?: 'transactions_sum_fields', amount?: string | number | null } | null } | null } };

export type PeriodTransactionFragment = { __typename?: 'transactions', id: string, authorization_id?: string | null, type: string, created_at: string, amount: string | number, currency: string, merchant_amount: string | number, merchant_currency: string, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null };

export type PeriodTransactionsQueryVariables = Exact<{
  where: Transactions_Bool_Exp;
  limit: Scalars['Int']['input'];
}>;


export type PeriodTransactionsQuery = { __typename?: 'query_root', transactions: Array<{ __typename?: 'transactions', id: string, authorization_id?: string | null, type: string, created_at: string, amount: string | number, currency: string, merchant_amount: string | number, merchant_currency: string, merchant_name?: string | null, merchant_category?: string | null, merchant_city?: string | null, merchant_country?: string | null, card?: { __typename?: 'cards', id: string, brand?: string | null, last4?: string | null } | null }> };

export type PurchaseTimelineQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type PurchaseTimelineQuery = { __typename?: 'query_root', authorizations_by_pk?: { __typename?: 'authorizations', id: string, amount: string | number, currency: string, merchant_amount: string | number, merchant_currency: string, merchant_name?: string | null, merchant_category?: string | null, approved: boolean, status: string, decline_reason?: string | null, authorization_method?: string | null, created_at: string, updated_at: string, transactions: Array<{ __typename?: 'transactions', id: string, type: string, amount: string | number, currency: string, created_at: string }> } | null };

export type SpendByCategoryQueryVariables = Exact<{
  currency: Scalars['String']['input'];
  limit: Scalars['Int']['input'];
}>;


export type SpendByCategoryQuery = { __typename?: 'query_root', spend_by_category: Array<{ __typename?: 'spend_by_category', currency?: string | null, merchant_category?: string | null, settled_spend?: string | number | null, transaction_count?: number | null }> };

export type SpendOverTimeQueryVariables = Exact<{
  currency: Scalars['String']['input'];
  granularity: Scalars['String']['input'];
  from: Scalars['date']['input'];
}>;


export type SpendOverTimeQuery = { __typename?: 'query_root', spend_over_time: Array<{ __typename?: 'spend_over_time', currency?: string | null, granularity?: string | null, period_start?: string | null, settled_spend?: string | number | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, transaction_count?: number | null }> };

export type SpendingTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpendingTotalsQuery = { __typename?: 'query_root', spending_totals: Array<{ __typename?: 'spending_totals', currency?: string | null, settled_spend?: string | number | null, captured_amount?: string | number | null, refunded_amount?: string | number | null, transaction_count?: number | null, pending_amount?: string | number | null, pending_count?: number | null, declined_amount?: string | number | null, declined_count?: number | null, authorization_count?: number | null }> };

export const ActivityFeedEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"activity_feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decline_reason"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_type"}},{"kind":"Field","name":{"kind":"Name","value":"settlement_status"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"net_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<ActivityFeedEntryFragment, unknown>;
export const PeriodTransactionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodTransaction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"transactions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<PeriodTransactionFragment, unknown>;
export const ActivityFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity_feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeedEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"activity_feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decline_reason"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_type"}},{"kind":"Field","name":{"kind":"Name","value":"settlement_status"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"net_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<ActivityFeedQuery, ActivityFeedQueryVariables>;
export const ActivityFeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityFeedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeOccurredAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity_feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_lte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeOccurredAt"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeOccurredAt"}}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeOccurredAt"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_lt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeedEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"activity_feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decline_reason"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_type"}},{"kind":"Field","name":{"kind":"Name","value":"settlement_status"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"net_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<ActivityFeedPageQuery, ActivityFeedPageQueryVariables>;
export const ActivityFeedWhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityFeedWhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"activity_feed_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity_feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFeedEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFeedEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"activity_feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decline_reason"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_type"}},{"kind":"Field","name":{"kind":"Name","value":"settlement_status"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"net_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<ActivityFeedWhereQuery, ActivityFeedWhereQueryVariables>;
export const CardSpendByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardSpendByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card_spend_by_category"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"settled_spend"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"merchant_category"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card_id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"settled_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}}]}}]}}]} as unknown as DocumentNode<CardSpendByCategoryQuery, CardSpendByCategoryQueryVariables>;
export const CardSpendOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardSpendOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card_spend_over_time"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"granularity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"period_start"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period_start"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card_id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"period_start"}},{"kind":"Field","name":{"kind":"Name","value":"settled_spend"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}}]}}]}}]} as unknown as DocumentNode<CardSpendOverTimeQuery, CardSpendOverTimeQueryVariables>;
export const CardTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"card"},"name":{"kind":"Name","value":"cards_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"transactions"},"name":{"kind":"Name","value":"transactions_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"refunds"},"name":{"kind":"Name","value":"transactions_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"refund","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"authorizations_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"approved"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"pending","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"declined"},"name":{"kind":"Name","value":"authorizations_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"card_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"approved"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"BooleanValue","value":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardTotalsQuery, CardTotalsQueryVariables>;
export const CardsAndCardholderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardsAndCardholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"cardholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"exp_month"}},{"kind":"Field","name":{"kind":"Name","value":"exp_year"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardsAndCardholderQuery, CardsAndCardholderQueryVariables>;
export const PeriodTransactionsTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodTransactionsTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"transactions_bool_exp"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeriodTransactionsTotalQuery, PeriodTransactionsTotalQueryVariables>;
export const PeriodTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"transactions_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeriodTransaction"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeriodTransaction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"transactions"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_city"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_country"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]} as unknown as DocumentNode<PeriodTransactionsQuery, PeriodTransactionsQueryVariables>;
export const PurchaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizations_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_amount"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_name"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decline_reason"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_method"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseTimelineQuery, PurchaseTimelineQueryVariables>;
export const SpendByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpendByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spend_by_category"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"settled_spend"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"merchant_category"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"merchant_category"}},{"kind":"Field","name":{"kind":"Name","value":"settled_spend"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}}]}}]}}]} as unknown as DocumentNode<SpendByCategoryQuery, SpendByCategoryQueryVariables>;
export const SpendOverTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpendOverTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spend_over_time"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"granularity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"period_start"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"period_start"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"period_start"}},{"kind":"Field","name":{"kind":"Name","value":"settled_spend"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}}]}}]}}]} as unknown as DocumentNode<SpendOverTimeQuery, SpendOverTimeQueryVariables>;
export const SpendingTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpendingTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spending_totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"settled_spend"}},{"kind":"Field","name":{"kind":"Name","value":"captured_amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded_amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction_count"}},{"kind":"Field","name":{"kind":"Name","value":"pending_amount"}},{"kind":"Field","name":{"kind":"Name","value":"pending_count"}},{"kind":"Field","name":{"kind":"Name","value":"declined_amount"}},{"kind":"Field","name":{"kind":"Name","value":"declined_count"}},{"kind":"Field","name":{"kind":"Name","value":"authorization_count"}}]}}]}}]} as unknown as DocumentNode<SpendingTotalsQuery, SpendingTotalsQueryVariables>;