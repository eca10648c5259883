-- Core schema: the current truth about cardholders, cards, authorizations and transactions,
-- plus the append-only store of every Stripe event received.
--
-- Ordering rule (why the snapshot_* columns exist): Stripe delivers at least once and out of
-- order. Every projection row remembers which snapshot it holds as
-- (snapshot_rank, snapshot_created, snapshot_event_id); an upsert replaces the row only when the
-- incoming key is greater. The result is the maximum over all snapshots seen, so any delivery
-- order and any number of duplicates converge to the same row.
-- No foreign keys between projections: a card may arrive before its cardholder, a transaction
-- before its authorization.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE public.stripe_events (
  id          text PRIMARY KEY,
  type        text        NOT NULL,
  created     timestamptz NOT NULL,
  payload     jsonb       NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_events_type_created_idx ON public.stripe_events (type, created);
CREATE INDEX stripe_events_created_idx ON public.stripe_events (created, id);

CREATE TABLE public.users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text,
  email         text,
  cardholder_id text UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_unlinked_email_idx ON public.users (lower(email)) WHERE cardholder_id IS NULL;

CREATE TABLE public.cardholders (
  id                 text PRIMARY KEY,
  name               text,
  email              text,
  phone_number       text,
  status             text,
  type               text,
  spending_controls  jsonb,
  livemode           boolean     NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL,
  snapshot_rank      smallint    NOT NULL,
  snapshot_created   timestamptz NOT NULL,
  snapshot_event_id  text        NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cardholders_email_idx ON public.cardholders (lower(email));

CREATE TABLE public.cards (
  id                 text PRIMARY KEY,
  cardholder_id      text,
  brand              text,
  last4              text,
  exp_month          integer,
  exp_year           integer,
  type               text,
  status             text,
  currency           text,
  cancellation_reason text,
  spending_controls  jsonb,
  livemode           boolean     NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL,
  snapshot_rank      smallint    NOT NULL,
  snapshot_created   timestamptz NOT NULL,
  snapshot_event_id  text        NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cards_cardholder_idx ON public.cards (cardholder_id, created_at DESC, id DESC);

CREATE TABLE public.authorizations (
  id                   text PRIMARY KEY,
  card_id              text,
  cardholder_id        text,
  amount               bigint      NOT NULL,
  currency             text        NOT NULL,
  merchant_amount      bigint      NOT NULL,
  merchant_currency    text        NOT NULL,
  approved             boolean     NOT NULL,
  status               text        NOT NULL,
  decline_reason       text,
  authorization_method text,
  wallet               text,
  merchant_name        text,
  merchant_category    text,
  merchant_category_code text,
  merchant_city        text,
  merchant_country     text,
  livemode             boolean     NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL,
  snapshot_rank        smallint    NOT NULL,
  snapshot_created     timestamptz NOT NULL,
  snapshot_event_id    text        NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authorizations_cardholder_created_idx ON public.authorizations (cardholder_id, created_at DESC, id DESC);
CREATE INDEX authorizations_card_created_idx ON public.authorizations (card_id, created_at DESC, id DESC);

CREATE TABLE public.transactions (
  id                   text PRIMARY KEY,
  authorization_id     text,
  card_id              text,
  cardholder_id        text,
  type                 text        NOT NULL,
  amount               bigint      NOT NULL,
  currency             text        NOT NULL,
  merchant_amount      bigint      NOT NULL,
  merchant_currency    text        NOT NULL,
  merchant_name        text,
  merchant_category    text,
  merchant_category_code text,
  merchant_city        text,
  merchant_country     text,
  livemode             boolean     NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL,
  snapshot_rank        smallint    NOT NULL,
  snapshot_created     timestamptz NOT NULL,
  snapshot_event_id    text        NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transactions_cardholder_created_idx ON public.transactions (cardholder_id, created_at DESC, id DESC);
CREATE INDEX transactions_authorization_idx ON public.transactions (authorization_id);
CREATE INDEX transactions_card_created_idx ON public.transactions (card_id, created_at DESC, id DESC);
