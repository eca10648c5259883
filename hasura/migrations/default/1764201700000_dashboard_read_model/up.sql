-- Read model for the cardholder dashboard, computed in SQL and kept current by triggers.
--
-- Why tables and not plain views: a cardholder holds up to 100,000 authorizations and as many
-- transactions, and every dashboard query must answer in a few milliseconds.
-- * The activity feed is keyset-paginated newest first. The permission filter resolves
--   X-Hasura-User-Id through users.cardholder_id; PostgreSQL cannot keep an index order through
--   that join (a nested loop keeps only the outer order), so a view over authorizations and
--   transactions sorts every row of the user on every page. feed_entries carries the linked
--   user_id, so the feed is one index range scan on (user_id, occurred_at DESC, id DESC).
-- * Totals, spend by category and spend over time are rollups maintained by deltas
--   (new row's contribution minus old row's), so they equal a full recomputation whatever the
--   order of the pipeline's upserts; each rollup row is read by primary key.
--
-- Amounts are Stripe's: smallest currency unit, captures negative, refunds positive.
-- Settled spend = -sum(transactions.amount). Days and months are UTC.

CREATE TABLE public.feed_entries (
  id                text PRIMARY KEY,  -- the authorization id (iauth_) or transaction id (ipi_)
  kind              text        NOT NULL CHECK (kind IN ('authorization', 'transaction')),
  user_id           uuid,              -- users.id linked to cardholder_id (kept by triggers)
  cardholder_id     text,
  card_id           text,
  occurred_at       timestamptz NOT NULL,
  authorization_id  text,
  transaction_id    text,
  transaction_type  text,              -- capture | refund, for transaction entries
  amount            bigint      NOT NULL,
  currency          text        NOT NULL,
  merchant_amount   bigint      NOT NULL,
  merchant_currency text        NOT NULL,
  merchant_name     text,
  merchant_category text,
  merchant_city     text,
  merchant_country  text,
  approved          boolean     NOT NULL,
  status            text,              -- the authorization's status, for authorization entries
  decline_reason    text,
  captured_amount   bigint      NOT NULL,
  refunded_amount   bigint      NOT NULL,
  transaction_count integer     NOT NULL,
  settlement_status text        NOT NULL
);
CREATE INDEX feed_entries_user_occurred_idx ON public.feed_entries (user_id, occurred_at DESC, id DESC);
CREATE INDEX feed_entries_cardholder_idx ON public.feed_entries (cardholder_id);

CREATE TABLE public.spending_rollup_totals (
  cardholder_id       text    NOT NULL,
  currency            text    NOT NULL,
  settled_spend       bigint  NOT NULL DEFAULT 0,
  captured_amount     bigint  NOT NULL DEFAULT 0,
  refunded_amount     bigint  NOT NULL DEFAULT 0,
  transaction_count   integer NOT NULL DEFAULT 0,
  pending_amount      bigint  NOT NULL DEFAULT 0,
  pending_count       integer NOT NULL DEFAULT 0,
  declined_amount     bigint  NOT NULL DEFAULT 0,
  declined_count      integer NOT NULL DEFAULT 0,
  authorization_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (cardholder_id, currency)
);

CREATE TABLE public.spending_rollup_categories (
  cardholder_id     text    NOT NULL,
  currency          text    NOT NULL,
  merchant_category text    NOT NULL,  -- '' when Stripe sent none
  settled_spend     bigint  NOT NULL DEFAULT 0,
  captured_amount   bigint  NOT NULL DEFAULT 0,
  refunded_amount   bigint  NOT NULL DEFAULT 0,
  transaction_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (cardholder_id, currency, merchant_category)
);

CREATE TABLE public.spending_rollup_periods (
  cardholder_id     text    NOT NULL,
  currency          text    NOT NULL,
  granularity       text    NOT NULL CHECK (granularity IN ('day', 'month')),
  period_start      date    NOT NULL,
  settled_spend     bigint  NOT NULL DEFAULT 0,
  captured_amount   bigint  NOT NULL DEFAULT 0,
  refunded_amount   bigint  NOT NULL DEFAULT 0,
  transaction_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (cardholder_id, currency, granularity, period_start)
);

-- What the dashboard shows for an entry, from the authorization and its linked transactions.
CREATE FUNCTION public.feed_settlement_status(approved boolean, status text, captured bigint, refunded bigint)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN NOT approved THEN 'declined'
    WHEN captured > 0 AND refunded >= captured THEN 'refunded'
    WHEN captured > 0 AND refunded > 0 THEN 'partially_refunded'
    WHEN captured > 0 AND status = 'pending' THEN 'partially_captured'
    WHEN captured > 0 THEN 'settled'
    WHEN refunded > 0 THEN 'refunded'
    ELSE coalesce(status, 'closed')
  END
$$;

-- Serialises every feed write that concerns one authorization id (the authorization itself and
-- the transactions linked to it), so a transaction and its authorization committed at the same
-- time on two connections cannot both miss each other.
CREATE FUNCTION public.feed_lock_authorization(p_authorization_id text) RETURNS void
LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(hashtextextended('feed:' || p_authorization_id, 0)) $$;

-- Feed writers share this lock per cardholder; linking a user takes it exclusively, so the
-- user_id copied into feed_entries is never stale.
CREATE FUNCTION public.feed_lock_cardholder(p_cardholder_id text, p_exclusive boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_cardholder_id IS NULL THEN RETURN; END IF;
  IF p_exclusive THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('feed-user:' || p_cardholder_id, 0));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('feed-user:' || p_cardholder_id, 0));
  END IF;
END $$;

-- A transaction shown on its own: no authorization id, or its authorization has not arrived.
CREATE FUNCTION public.feed_put_standalone_transaction(p_transaction_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t public.transactions%ROWTYPE;
BEGIN
  SELECT * INTO t FROM public.transactions WHERE id = p_transaction_id;
  IF NOT FOUND THEN
    DELETE FROM public.feed_entries WHERE id = p_transaction_id;
    RETURN;
  END IF;
  PERFORM public.feed_lock_cardholder(t.cardholder_id, false);
  INSERT INTO public.feed_entries AS f (
    id, kind, user_id, cardholder_id, card_id, occurred_at, authorization_id, transaction_id,
    transaction_type, amount, currency, merchant_amount, merchant_currency, merchant_name,
    merchant_category, merchant_city, merchant_country, approved, status, decline_reason,
    captured_amount, refunded_amount, transaction_count, settlement_status)
  SELECT t.id, 'transaction', u.id, t.cardholder_id, t.card_id, t.created_at, t.authorization_id, t.id,
    t.type, t.amount, t.currency, t.merchant_amount, t.merchant_currency, t.merchant_name,
    t.merchant_category, t.merchant_city, t.merchant_country, true, NULL, NULL,
    CASE WHEN t.type = 'refund' THEN 0 ELSE -t.amount END,
    CASE WHEN t.type = 'refund' THEN t.amount ELSE 0 END,
    1,
    CASE WHEN t.type = 'refund' THEN 'refunded' ELSE 'settled' END
  FROM (SELECT 1) AS one
  LEFT JOIN public.users u ON u.cardholder_id = t.cardholder_id
  ON CONFLICT (id) DO UPDATE SET
    kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, cardholder_id = EXCLUDED.cardholder_id,
    card_id = EXCLUDED.card_id, occurred_at = EXCLUDED.occurred_at,
    authorization_id = EXCLUDED.authorization_id, transaction_id = EXCLUDED.transaction_id,
    transaction_type = EXCLUDED.transaction_type, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
    merchant_amount = EXCLUDED.merchant_amount, merchant_currency = EXCLUDED.merchant_currency,
    merchant_name = EXCLUDED.merchant_name, merchant_category = EXCLUDED.merchant_category,
    merchant_city = EXCLUDED.merchant_city, merchant_country = EXCLUDED.merchant_country,
    approved = EXCLUDED.approved, status = EXCLUDED.status, decline_reason = EXCLUDED.decline_reason,
    captured_amount = EXCLUDED.captured_amount, refunded_amount = EXCLUDED.refunded_amount,
    transaction_count = EXCLUDED.transaction_count, settlement_status = EXCLUDED.settlement_status;
END $$;

-- Recomputes everything the feed derives from one authorization id: the authorization's entry
-- with its settlement when the authorization exists, else one entry per linked transaction.
-- Only transactions of the authorization's own cardholder are folded into it (Stripe's refund
-- links are best-effort); any other stays an entry of its own cardholder, so no amount of one
-- cardholder ever shows in another's feed.
CREATE FUNCTION public.feed_refresh_authorization(p_authorization_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  a public.authorizations%ROWTYPE;
  linked text;
BEGIN
  PERFORM public.feed_lock_authorization(p_authorization_id);
  SELECT * INTO a FROM public.authorizations WHERE id = p_authorization_id;
  IF NOT FOUND THEN
    DELETE FROM public.feed_entries WHERE id = p_authorization_id;
    FOR linked IN SELECT id FROM public.transactions WHERE authorization_id = p_authorization_id LOOP
      PERFORM public.feed_put_standalone_transaction(linked);
    END LOOP;
    RETURN;
  END IF;
  PERFORM public.feed_lock_cardholder(a.cardholder_id, false);
  INSERT INTO public.feed_entries AS f (
    id, kind, user_id, cardholder_id, card_id, occurred_at, authorization_id, transaction_id,
    transaction_type, amount, currency, merchant_amount, merchant_currency, merchant_name,
    merchant_category, merchant_city, merchant_country, approved, status, decline_reason,
    captured_amount, refunded_amount, transaction_count, settlement_status)
  SELECT a.id, 'authorization', u.id, a.cardholder_id, a.card_id, a.created_at, a.id, NULL,
    NULL, a.amount, a.currency, a.merchant_amount, a.merchant_currency, a.merchant_name,
    a.merchant_category, a.merchant_city, a.merchant_country, a.approved, a.status, a.decline_reason,
    s.captured, s.refunded, s.n,
    public.feed_settlement_status(a.approved, a.status, s.captured, s.refunded)
  FROM (
    SELECT coalesce(-sum(t.amount) FILTER (WHERE t.type <> 'refund'), 0)::bigint AS captured,
           coalesce(sum(t.amount) FILTER (WHERE t.type = 'refund'), 0)::bigint AS refunded,
           count(*)::integer AS n
    FROM public.transactions t
    WHERE t.authorization_id = p_authorization_id AND t.cardholder_id IS NOT DISTINCT FROM a.cardholder_id
  ) s
  LEFT JOIN public.users u ON u.cardholder_id = a.cardholder_id
  ON CONFLICT (id) DO UPDATE SET
    kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, cardholder_id = EXCLUDED.cardholder_id,
    card_id = EXCLUDED.card_id, occurred_at = EXCLUDED.occurred_at,
    authorization_id = EXCLUDED.authorization_id, transaction_id = EXCLUDED.transaction_id,
    transaction_type = EXCLUDED.transaction_type, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
    merchant_amount = EXCLUDED.merchant_amount, merchant_currency = EXCLUDED.merchant_currency,
    merchant_name = EXCLUDED.merchant_name, merchant_category = EXCLUDED.merchant_category,
    merchant_city = EXCLUDED.merchant_city, merchant_country = EXCLUDED.merchant_country,
    approved = EXCLUDED.approved, status = EXCLUDED.status, decline_reason = EXCLUDED.decline_reason,
    captured_amount = EXCLUDED.captured_amount, refunded_amount = EXCLUDED.refunded_amount,
    transaction_count = EXCLUDED.transaction_count, settlement_status = EXCLUDED.settlement_status;
  -- Its cardholder's transactions now live inside the authorization's entry.
  DELETE FROM public.feed_entries f
   USING public.transactions t
   WHERE t.authorization_id = p_authorization_id AND f.id = t.id
     AND t.cardholder_id IS NOT DISTINCT FROM a.cardholder_id;
  FOR linked IN
    SELECT id FROM public.transactions
     WHERE authorization_id = p_authorization_id AND cardholder_id IS DISTINCT FROM a.cardholder_id
  LOOP
    PERFORM public.feed_put_standalone_transaction(linked);
  END LOOP;
END $$;

CREATE FUNCTION public.feed_on_authorization_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- A newer snapshot that changes nothing the feed shows (metadata, snapshot keys) costs nothing.
  IF TG_OP = 'UPDATE'
     AND (OLD.id, OLD.card_id, OLD.cardholder_id, OLD.amount, OLD.currency, OLD.merchant_amount, OLD.merchant_currency,
          OLD.approved, OLD.status, OLD.decline_reason, OLD.merchant_name, OLD.merchant_category, OLD.merchant_city,
          OLD.merchant_country, OLD.created_at)
         IS NOT DISTINCT FROM
         (NEW.id, NEW.card_id, NEW.cardholder_id, NEW.amount, NEW.currency, NEW.merchant_amount, NEW.merchant_currency,
          NEW.approved, NEW.status, NEW.decline_reason, NEW.merchant_name, NEW.merchant_category, NEW.merchant_city,
          NEW.merchant_country, NEW.created_at) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM public.feed_refresh_authorization(OLD.id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.id <> OLD.id) THEN
    PERFORM public.feed_refresh_authorization(NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.feed_on_transaction_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  key text;
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.id, OLD.authorization_id, OLD.card_id, OLD.cardholder_id, OLD.type, OLD.amount, OLD.currency,
          OLD.merchant_amount, OLD.merchant_currency, OLD.merchant_name, OLD.merchant_category, OLD.merchant_city,
          OLD.merchant_country, OLD.created_at)
         IS NOT DISTINCT FROM
         (NEW.id, NEW.authorization_id, NEW.card_id, NEW.cardholder_id, NEW.type, NEW.amount, NEW.currency,
          NEW.merchant_amount, NEW.merchant_currency, NEW.merchant_name, NEW.merchant_category, NEW.merchant_city,
          NEW.merchant_country, NEW.created_at) THEN
    RETURN NULL;
  END IF;
  -- Lock every authorization id involved, in one order, before reading anything.
  FOR key IN
    SELECT DISTINCT k FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.authorization_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.authorization_id END]) AS k
    WHERE k IS NOT NULL ORDER BY k
  LOOP
    PERFORM public.feed_lock_authorization(key);
  END LOOP;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM public.feed_entries WHERE id = OLD.id;
    -- The new link (below) refreshes the same authorization anyway.
    IF OLD.authorization_id IS NOT NULL
       AND (TG_OP = 'DELETE' OR OLD.authorization_id IS DISTINCT FROM NEW.authorization_id) THEN
      PERFORM public.feed_refresh_authorization(OLD.authorization_id);
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    IF NEW.authorization_id IS NULL THEN
      PERFORM public.feed_put_standalone_transaction(NEW.id);
    ELSE
      PERFORM public.feed_refresh_authorization(NEW.authorization_id);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.feed_on_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.cardholder_id IS NOT NULL
     AND (TG_OP = 'DELETE' OR OLD.cardholder_id IS DISTINCT FROM NEW.cardholder_id OR OLD.id <> NEW.id) THEN
    PERFORM public.feed_lock_cardholder(OLD.cardholder_id, true);
    UPDATE public.feed_entries SET user_id = NULL WHERE cardholder_id = OLD.cardholder_id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.cardholder_id IS NOT NULL THEN
    PERFORM public.feed_lock_cardholder(NEW.cardholder_id, true);
    UPDATE public.feed_entries SET user_id = NEW.id
     WHERE cardholder_id = NEW.cardholder_id AND user_id IS DISTINCT FROM NEW.id;
  END IF;
  RETURN NULL;
END $$;

-- Rollups: each row contributes f(row); a change applies f(new) - f(old).
CREATE FUNCTION public.rollup_add_transaction(t public.transactions, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  spend bigint := -t.amount * sign;
  captured bigint := CASE WHEN t.type = 'refund' THEN 0 ELSE -t.amount * sign END;
  refunded bigint := CASE WHEN t.type = 'refund' THEN t.amount * sign ELSE 0 END;
  day date := (t.created_at AT TIME ZONE 'UTC')::date;
BEGIN
  IF t.cardholder_id IS NULL THEN RETURN; END IF;
  INSERT INTO public.spending_rollup_totals AS r
    (cardholder_id, currency, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, spend, captured, refunded, sign)
  ON CONFLICT (cardholder_id, currency) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
  INSERT INTO public.spending_rollup_categories AS r
    (cardholder_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, coalesce(t.merchant_category, ''), spend, captured, refunded, sign)
  ON CONFLICT (cardholder_id, currency, merchant_category) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
  INSERT INTO public.spending_rollup_periods AS r
    (cardholder_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, 'day', day, spend, captured, refunded, sign),
         (t.cardholder_id, t.currency, 'month', date_trunc('month', day)::date, spend, captured, refunded, sign)
  ON CONFLICT (cardholder_id, currency, granularity, period_start) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
END $$;

CREATE FUNCTION public.rollup_add_authorization(a public.authorizations, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  is_pending boolean := a.approved AND a.status = 'pending';
BEGIN
  IF a.cardholder_id IS NULL THEN RETURN; END IF;
  INSERT INTO public.spending_rollup_totals AS r
    (cardholder_id, currency, pending_amount, pending_count, declined_amount, declined_count, authorization_count)
  VALUES (a.cardholder_id, a.currency,
          CASE WHEN is_pending THEN a.amount * sign ELSE 0 END,
          CASE WHEN is_pending THEN sign ELSE 0 END,
          CASE WHEN NOT a.approved THEN a.amount * sign ELSE 0 END,
          CASE WHEN NOT a.approved THEN sign ELSE 0 END,
          sign)
  ON CONFLICT (cardholder_id, currency) DO UPDATE SET
    pending_amount = r.pending_amount + EXCLUDED.pending_amount,
    pending_count = r.pending_count + EXCLUDED.pending_count,
    declined_amount = r.declined_amount + EXCLUDED.declined_amount,
    declined_count = r.declined_count + EXCLUDED.declined_count,
    authorization_count = r.authorization_count + EXCLUDED.authorization_count;
END $$;

CREATE FUNCTION public.rollup_on_transaction_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.cardholder_id, OLD.currency, OLD.amount, OLD.type, OLD.merchant_category, OLD.created_at)
         IS NOT DISTINCT FROM (NEW.cardholder_id, NEW.currency, NEW.amount, NEW.type, NEW.merchant_category, NEW.created_at) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM public.rollup_add_transaction(OLD, -1); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM public.rollup_add_transaction(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.rollup_on_authorization_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.cardholder_id, OLD.currency, OLD.amount, OLD.approved, OLD.status)
         IS NOT DISTINCT FROM (NEW.cardholder_id, NEW.currency, NEW.amount, NEW.approved, NEW.status) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM public.rollup_add_authorization(OLD, -1); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM public.rollup_add_authorization(NEW, 1); END IF;
  RETURN NULL;
END $$;

-- Full recomputation from the projections: the backfill below, and what a TRUNCATE of a
-- projection (npm run replay --rebuild) triggers.
CREATE FUNCTION public.dashboard_read_model_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE public.authorizations, public.transactions, public.users IN SHARE MODE;
  DELETE FROM public.feed_entries;
  DELETE FROM public.spending_rollup_totals;
  DELETE FROM public.spending_rollup_categories;
  DELETE FROM public.spending_rollup_periods;

  INSERT INTO public.feed_entries (
    id, kind, user_id, cardholder_id, card_id, occurred_at, authorization_id, transaction_id,
    transaction_type, amount, currency, merchant_amount, merchant_currency, merchant_name,
    merchant_category, merchant_city, merchant_country, approved, status, decline_reason,
    captured_amount, refunded_amount, transaction_count, settlement_status)
  SELECT a.id, 'authorization', u.id, a.cardholder_id, a.card_id, a.created_at, a.id, NULL,
    NULL, a.amount, a.currency, a.merchant_amount, a.merchant_currency, a.merchant_name,
    a.merchant_category, a.merchant_city, a.merchant_country, a.approved, a.status, a.decline_reason,
    coalesce(s.captured, 0), coalesce(s.refunded, 0), coalesce(s.n, 0),
    public.feed_settlement_status(a.approved, a.status, coalesce(s.captured, 0), coalesce(s.refunded, 0))
  FROM public.authorizations a
  LEFT JOIN (
    SELECT authorization_id, cardholder_id,
           coalesce(-sum(amount) FILTER (WHERE type <> 'refund'), 0)::bigint AS captured,
           coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0)::bigint AS refunded,
           count(*)::integer AS n
    FROM public.transactions WHERE authorization_id IS NOT NULL GROUP BY authorization_id, cardholder_id
  ) s ON s.authorization_id = a.id AND s.cardholder_id IS NOT DISTINCT FROM a.cardholder_id
  LEFT JOIN public.users u ON u.cardholder_id = a.cardholder_id
  UNION ALL
  SELECT t.id, 'transaction', u.id, t.cardholder_id, t.card_id, t.created_at, t.authorization_id, t.id,
    t.type, t.amount, t.currency, t.merchant_amount, t.merchant_currency, t.merchant_name,
    t.merchant_category, t.merchant_city, t.merchant_country, true, NULL, NULL,
    CASE WHEN t.type = 'refund' THEN 0 ELSE -t.amount END,
    CASE WHEN t.type = 'refund' THEN t.amount ELSE 0 END,
    1,
    CASE WHEN t.type = 'refund' THEN 'refunded' ELSE 'settled' END
  FROM public.transactions t
  LEFT JOIN public.users u ON u.cardholder_id = t.cardholder_id
  WHERE t.authorization_id IS NULL
     OR NOT EXISTS (SELECT 1 FROM public.authorizations a
                     WHERE a.id = t.authorization_id AND a.cardholder_id IS NOT DISTINCT FROM t.cardholder_id);

  INSERT INTO public.spending_rollup_totals
    (cardholder_id, currency, settled_spend, captured_amount, refunded_amount, transaction_count,
     pending_amount, pending_count, declined_amount, declined_count, authorization_count)
  SELECT cardholder_id, currency, sum(spend), sum(captured), sum(refunded), sum(tx),
         sum(pending_amount), sum(pending_count), sum(declined_amount), sum(declined_count), sum(auths)
  FROM (
    SELECT cardholder_id, currency, -amount AS spend,
           CASE WHEN type = 'refund' THEN 0 ELSE -amount END AS captured,
           CASE WHEN type = 'refund' THEN amount ELSE 0 END AS refunded, 1 AS tx,
           0 AS pending_amount, 0 AS pending_count, 0 AS declined_amount, 0 AS declined_count, 0 AS auths
    FROM public.transactions WHERE cardholder_id IS NOT NULL
    UNION ALL
    SELECT cardholder_id, currency, 0, 0, 0, 0,
           CASE WHEN approved AND status = 'pending' THEN amount ELSE 0 END,
           CASE WHEN approved AND status = 'pending' THEN 1 ELSE 0 END,
           CASE WHEN NOT approved THEN amount ELSE 0 END,
           CASE WHEN NOT approved THEN 1 ELSE 0 END,
           1
    FROM public.authorizations WHERE cardholder_id IS NOT NULL
  ) c
  GROUP BY cardholder_id, currency;

  INSERT INTO public.spending_rollup_categories
    (cardholder_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count)
  SELECT cardholder_id, currency, coalesce(merchant_category, ''), -sum(amount),
         coalesce(-sum(amount) FILTER (WHERE type <> 'refund'), 0),
         coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0), count(*)
  FROM public.transactions WHERE cardholder_id IS NOT NULL
  GROUP BY cardholder_id, currency, coalesce(merchant_category, '');

  INSERT INTO public.spending_rollup_periods
    (cardholder_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count)
  SELECT cardholder_id, currency, g.granularity,
         CASE g.granularity WHEN 'day' THEN (created_at AT TIME ZONE 'UTC')::date
              ELSE date_trunc('month', (created_at AT TIME ZONE 'UTC')::date)::date END AS period_start,
         -sum(amount), coalesce(-sum(amount) FILTER (WHERE type <> 'refund'), 0),
         coalesce(sum(amount) FILTER (WHERE type = 'refund'), 0), count(*)
  FROM public.transactions CROSS JOIN (VALUES ('day'), ('month')) AS g(granularity)
  WHERE cardholder_id IS NOT NULL
  GROUP BY cardholder_id, currency, g.granularity, 4;
END $$;

CREATE FUNCTION public.dashboard_on_projection_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.dashboard_read_model_rebuild();
  RETURN NULL;
END $$;

CREATE TRIGGER feed_authorizations AFTER INSERT OR UPDATE OR DELETE ON public.authorizations
  FOR EACH ROW EXECUTE FUNCTION public.feed_on_authorization_change();
CREATE TRIGGER feed_transactions AFTER INSERT OR UPDATE OR DELETE ON public.transactions
  FOR EACH ROW EXECUTE FUNCTION public.feed_on_transaction_change();
CREATE TRIGGER feed_users AFTER INSERT OR UPDATE OF id, cardholder_id OR DELETE ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.feed_on_user_change();
CREATE TRIGGER rollup_authorizations AFTER INSERT OR UPDATE OR DELETE ON public.authorizations
  FOR EACH ROW EXECUTE FUNCTION public.rollup_on_authorization_change();
CREATE TRIGGER rollup_transactions AFTER INSERT OR UPDATE OR DELETE ON public.transactions
  FOR EACH ROW EXECUTE FUNCTION public.rollup_on_transaction_change();
CREATE TRIGGER dashboard_truncate_authorizations AFTER TRUNCATE ON public.authorizations
  FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_on_projection_truncate();
CREATE TRIGGER dashboard_truncate_transactions AFTER TRUNCATE ON public.transactions
  FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_on_projection_truncate();
CREATE TRIGGER dashboard_truncate_users AFTER TRUNCATE ON public.users
  FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_on_projection_truncate();

-- What Hasura tracks. Plain single-table views: filters and keyset conditions reach the indexes.
CREATE VIEW public.activity_feed AS
SELECT id, kind, user_id, cardholder_id, card_id, occurred_at, authorization_id, transaction_id,
       transaction_type, amount, currency, merchant_amount, merchant_currency, merchant_name,
       merchant_category, merchant_city, merchant_country, approved, status, decline_reason,
       captured_amount, refunded_amount, captured_amount - refunded_amount AS net_spend,
       transaction_count, settlement_status
FROM public.feed_entries;

CREATE VIEW public.spending_totals AS
SELECT cardholder_id, currency, settled_spend, captured_amount, refunded_amount, transaction_count,
       pending_amount, pending_count, declined_amount, declined_count, authorization_count
FROM public.spending_rollup_totals
WHERE transaction_count <> 0 OR authorization_count <> 0;

CREATE VIEW public.spend_by_category AS
SELECT cardholder_id, currency, nullif(merchant_category, '') AS merchant_category,
       settled_spend, captured_amount, refunded_amount, transaction_count
FROM public.spending_rollup_categories
WHERE transaction_count <> 0;

CREATE VIEW public.spend_over_time AS
SELECT cardholder_id, currency, granularity, period_start,
       settled_spend, captured_amount, refunded_amount, transaction_count
FROM public.spending_rollup_periods
WHERE transaction_count <> 0;

SELECT public.dashboard_read_model_rebuild();
