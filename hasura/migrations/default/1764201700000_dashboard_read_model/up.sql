-- Read model for the cardholder dashboard, computed in SQL and kept current by triggers.
--
-- Why not plain views over the projections: a cardholder holds up to 100,000 authorizations and
-- as many transactions, and every dashboard query must answer in a few milliseconds.
-- * The activity feed is keyset-paginated newest first. The permission filter resolves
--   X-Hasura-User-Id through users.cardholder_id, and PostgreSQL cannot keep an index order
--   through that join (a nested loop keeps only the outer order), so a view over authorizations
--   and transactions sorts the user's whole history on every page. feed_entries holds one small
--   row per feed entry with the linked user_id, so a page is one index range scan on
--   (user_id, occurred_at DESC, id DESC); the view joins each of the page's rows to its
--   authorization or transaction by primary key and sums its captures and refunds then.
--   feed_entries changes only when an entry appears, disappears, moves in time or changes
--   owner, not when an amount or a status changes.
-- * Totals, spend by category and spend over time are rollups maintained by deltas (the new
--   row's contribution minus the old row's), so they equal a full recomputation whatever the
--   order of the pipeline's upserts; each rollup row is read by primary key.
--
-- Amounts are Stripe's: smallest currency unit, captures negative, refunds positive.
-- Settled spend = -sum(transactions.amount). Days and months are UTC.

-- One row per feed entry: each authorization, and each transaction not folded into one (no
-- authorization id, its authorization not arrived yet, or one of another cardholder).
CREATE TABLE public.feed_entries (
  id               text PRIMARY KEY,  -- the authorization id (iauth_) or transaction id (ipi_)
  kind             text        NOT NULL CHECK (kind IN ('authorization', 'transaction')),
  user_id          uuid,              -- users.id linked to cardholder_id (kept by triggers)
  cardholder_id    text,
  occurred_at      timestamptz NOT NULL
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

-- Feed writers share a lock per cardholder; linking a user takes it exclusively, so the user_id
-- copied into feed_entries is never stale. Taken before any authorization lock, in id order.
CREATE FUNCTION public.feed_lock_cardholders(first_id text, second_id text) RETURNS void
LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock_shared(hashtextextended('feed-user:' || id, 0))
  FROM (SELECT DISTINCT id FROM unnest(ARRAY[first_id, second_id]) AS id WHERE id IS NOT NULL ORDER BY id) ids
$$;

-- Puts or removes the feed entry of one transaction. Called with the lock of its authorization
-- id held (when it has one), so it sees that authorization if it is committed.
CREATE FUNCTION public.feed_place_transaction(p_transaction_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t public.transactions%ROWTYPE;
BEGIN
  SELECT * INTO t FROM public.transactions WHERE id = p_transaction_id;
  IF NOT FOUND OR (t.authorization_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM public.authorizations a
        WHERE a.id = t.authorization_id AND a.cardholder_id IS NOT DISTINCT FROM t.cardholder_id)) THEN
    DELETE FROM public.feed_entries WHERE id = p_transaction_id;
    RETURN;
  END IF;
  -- Feed writers share this lock per cardholder; linking a user takes it exclusively, so the
  -- user_id copied here is never stale.
  IF t.cardholder_id IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('feed-user:' || t.cardholder_id, 0));
  END IF;
  INSERT INTO public.feed_entries AS f (id, kind, user_id, cardholder_id, occurred_at)
  SELECT t.id, 'transaction', (SELECT u.id FROM public.users u WHERE u.cardholder_id = t.cardholder_id), t.cardholder_id, t.created_at
  ON CONFLICT (id) DO UPDATE SET
    kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, cardholder_id = EXCLUDED.cardholder_id, occurred_at = EXCLUDED.occurred_at
  WHERE (f.kind, f.user_id, f.cardholder_id, f.occurred_at)
        IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.user_id, EXCLUDED.cardholder_id, EXCLUDED.occurred_at);
END $$;

-- Everything the feed derives from one authorization id: its own entry when it exists, and the
-- placement of every transaction linked to it. Every writer concerning that id (the
-- authorization and its transactions) takes the same advisory lock first, so an authorization
-- and its capture committed at the same time on two connections cannot both miss each other.
CREATE FUNCTION public.feed_refresh_authorization(p_authorization_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  a public.authorizations%ROWTYPE;
  linked text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('feed:' || p_authorization_id, 0));
  SELECT * INTO a FROM public.authorizations WHERE id = p_authorization_id;
  IF NOT FOUND THEN
    DELETE FROM public.feed_entries WHERE id = p_authorization_id;
  ELSE
    IF a.cardholder_id IS NOT NULL THEN
      PERFORM pg_advisory_xact_lock_shared(hashtextextended('feed-user:' || a.cardholder_id, 0));
    END IF;
    INSERT INTO public.feed_entries AS f (id, kind, user_id, cardholder_id, occurred_at)
    SELECT a.id, 'authorization', (SELECT u.id FROM public.users u WHERE u.cardholder_id = a.cardholder_id), a.cardholder_id, a.created_at
    ON CONFLICT (id) DO UPDATE SET
      kind = EXCLUDED.kind, user_id = EXCLUDED.user_id, cardholder_id = EXCLUDED.cardholder_id, occurred_at = EXCLUDED.occurred_at
    WHERE (f.kind, f.user_id, f.cardholder_id, f.occurred_at)
          IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.user_id, EXCLUDED.cardholder_id, EXCLUDED.occurred_at);
  END IF;
  FOR linked IN SELECT id FROM public.transactions WHERE authorization_id = p_authorization_id LOOP
    PERFORM public.feed_place_transaction(linked);
  END LOOP;
END $$;

CREATE FUNCTION public.feed_on_authorization_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Only appearing, disappearing, moving in time or changing owner touches the feed; amounts
  -- and statuses are read through the view.
  IF TG_OP = 'UPDATE' AND (OLD.id, OLD.cardholder_id, OLD.created_at) IS NOT DISTINCT FROM (NEW.id, NEW.cardholder_id, NEW.created_at) THEN
    RETURN NULL;
  END IF;
  -- Lock order everywhere: the cardholder's user lock, then authorization ids (no deadlock with
  -- a user being linked in the same breath).
  PERFORM public.feed_lock_cardholders(CASE WHEN TG_OP <> 'INSERT' THEN OLD.cardholder_id END,
                                       CASE WHEN TG_OP <> 'DELETE' THEN NEW.cardholder_id END);
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
     AND (OLD.id, OLD.authorization_id, OLD.cardholder_id, OLD.created_at)
         IS NOT DISTINCT FROM (NEW.id, NEW.authorization_id, NEW.cardholder_id, NEW.created_at) THEN
    RETURN NULL;
  END IF;
  PERFORM public.feed_lock_cardholders(CASE WHEN TG_OP <> 'INSERT' THEN OLD.cardholder_id END,
                                       CASE WHEN TG_OP <> 'DELETE' THEN NEW.cardholder_id END);
  -- Lock every authorization id involved, in one order, before reading anything.
  FOR key IN
    SELECT DISTINCT k FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.authorization_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.authorization_id END]) AS k
    WHERE k IS NOT NULL ORDER BY k
  LOOP
    PERFORM pg_advisory_xact_lock(hashtextextended('feed:' || key, 0));
  END LOOP;
  IF TG_OP <> 'INSERT' AND OLD.id IS DISTINCT FROM NEW.id THEN
    PERFORM public.feed_place_transaction(OLD.id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM public.feed_place_transaction(NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.feed_on_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.cardholder_id IS NOT NULL
     AND (TG_OP = 'DELETE' OR OLD.cardholder_id IS DISTINCT FROM NEW.cardholder_id OR OLD.id <> NEW.id) THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('feed-user:' || OLD.cardholder_id, 0));
    UPDATE public.feed_entries SET user_id = NULL WHERE cardholder_id = OLD.cardholder_id AND user_id IS NOT NULL;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.cardholder_id IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('feed-user:' || NEW.cardholder_id, 0));
    UPDATE public.feed_entries SET user_id = NEW.id
     WHERE cardholder_id = NEW.cardholder_id AND user_id IS DISTINCT FROM NEW.id;
  END IF;
  RETURN NULL;
END $$;

-- Rollups: each row contributes f(row); a change applies f(new) - f(old), as one delta when the
-- row stays in the same rollup rows.
CREATE FUNCTION public.rollup_add_transaction(t public.transactions, spend bigint, captured bigint, refunded bigint, n integer)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  day date := (t.created_at AT TIME ZONE 'UTC')::date;
BEGIN
  IF t.cardholder_id IS NULL THEN RETURN; END IF;
  INSERT INTO public.spending_rollup_totals AS r
    (cardholder_id, currency, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, spend, captured, refunded, n)
  ON CONFLICT (cardholder_id, currency) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
  INSERT INTO public.spending_rollup_categories AS r
    (cardholder_id, currency, merchant_category, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, coalesce(t.merchant_category, ''), spend, captured, refunded, n)
  ON CONFLICT (cardholder_id, currency, merchant_category) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
  INSERT INTO public.spending_rollup_periods AS r
    (cardholder_id, currency, granularity, period_start, settled_spend, captured_amount, refunded_amount, transaction_count)
  VALUES (t.cardholder_id, t.currency, 'day', day, spend, captured, refunded, n),
         (t.cardholder_id, t.currency, 'month', date_trunc('month', day)::date, spend, captured, refunded, n)
  ON CONFLICT (cardholder_id, currency, granularity, period_start) DO UPDATE SET
    settled_spend = r.settled_spend + EXCLUDED.settled_spend,
    captured_amount = r.captured_amount + EXCLUDED.captured_amount,
    refunded_amount = r.refunded_amount + EXCLUDED.refunded_amount,
    transaction_count = r.transaction_count + EXCLUDED.transaction_count;
END $$;

CREATE FUNCTION public.rollup_on_transaction_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_captured bigint := 0;
  new_captured bigint := 0;
  old_refunded bigint := 0;
  new_refunded bigint := 0;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    old_captured := CASE WHEN OLD.type = 'refund' THEN 0 ELSE -OLD.amount END;
    old_refunded := CASE WHEN OLD.type = 'refund' THEN OLD.amount ELSE 0 END;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_captured := CASE WHEN NEW.type = 'refund' THEN 0 ELSE -NEW.amount END;
    new_refunded := CASE WHEN NEW.type = 'refund' THEN NEW.amount ELSE 0 END;
  END IF;
  IF TG_OP = 'UPDATE'
     AND (OLD.cardholder_id, OLD.currency, OLD.merchant_category, (OLD.created_at AT TIME ZONE 'UTC')::date)
         IS NOT DISTINCT FROM (NEW.cardholder_id, NEW.currency, NEW.merchant_category, (NEW.created_at AT TIME ZONE 'UTC')::date) THEN
    IF OLD.amount = NEW.amount AND OLD.type = NEW.type THEN RETURN NULL; END IF;
    PERFORM public.rollup_add_transaction(NEW, OLD.amount - NEW.amount, new_captured - old_captured, new_refunded - old_refunded, 0);
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM public.rollup_add_transaction(OLD, OLD.amount, -old_captured, -old_refunded, -1); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM public.rollup_add_transaction(NEW, -NEW.amount, new_captured, new_refunded, 1); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION public.rollup_add_authorization(a public.authorizations, pending_amount bigint, pending_count integer,
  declined_amount bigint, declined_count integer, n integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF a.cardholder_id IS NULL THEN RETURN; END IF;
  INSERT INTO public.spending_rollup_totals AS r
    (cardholder_id, currency, pending_amount, pending_count, declined_amount, declined_count, authorization_count)
  VALUES (a.cardholder_id, a.currency, pending_amount, pending_count, declined_amount, declined_count, n)
  ON CONFLICT (cardholder_id, currency) DO UPDATE SET
    pending_amount = r.pending_amount + EXCLUDED.pending_amount,
    pending_count = r.pending_count + EXCLUDED.pending_count,
    declined_amount = r.declined_amount + EXCLUDED.declined_amount,
    declined_count = r.declined_count + EXCLUDED.declined_count,
    authorization_count = r.authorization_count + EXCLUDED.authorization_count;
END $$;

CREATE FUNCTION public.rollup_on_authorization_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- Pending holds: approved authorizations still pending. Declines: not approved.
  old_pending_n integer := 0;
  new_pending_n integer := 0;
  old_declined_n integer := 0;
  new_declined_n integer := 0;
  old_amount bigint := 0;
  new_amount bigint := 0;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    old_pending_n := CASE WHEN OLD.approved AND OLD.status = 'pending' THEN 1 ELSE 0 END;
    old_declined_n := CASE WHEN NOT OLD.approved THEN 1 ELSE 0 END;
    old_amount := OLD.amount;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_pending_n := CASE WHEN NEW.approved AND NEW.status = 'pending' THEN 1 ELSE 0 END;
    new_declined_n := CASE WHEN NOT NEW.approved THEN 1 ELSE 0 END;
    new_amount := NEW.amount;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.cardholder_id, OLD.currency) IS NOT DISTINCT FROM (NEW.cardholder_id, NEW.currency) THEN
    IF (old_pending_n * old_amount, old_pending_n, old_declined_n * old_amount, old_declined_n)
       = (new_pending_n * new_amount, new_pending_n, new_declined_n * new_amount, new_declined_n) THEN
      RETURN NULL;
    END IF;
    PERFORM public.rollup_add_authorization(NEW, new_pending_n * new_amount - old_pending_n * old_amount,
      new_pending_n - old_pending_n, new_declined_n * new_amount - old_declined_n * old_amount, new_declined_n - old_declined_n, 0);
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM public.rollup_add_authorization(OLD, -old_pending_n * old_amount, -old_pending_n, -old_declined_n * old_amount, -old_declined_n, -1);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM public.rollup_add_authorization(NEW, new_pending_n * new_amount, new_pending_n, new_declined_n * new_amount, new_declined_n, 1);
  END IF;
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

  INSERT INTO public.feed_entries (id, kind, user_id, cardholder_id, occurred_at)
  SELECT a.id, 'authorization', u.id, a.cardholder_id, a.created_at
  FROM public.authorizations a
  LEFT JOIN public.users u ON u.cardholder_id = a.cardholder_id
  UNION ALL
  SELECT t.id, 'transaction', u.id, t.cardholder_id, t.created_at
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

-- What Hasura tracks. The feed's filters and keyset conditions are on feed_entries' own columns
-- (user_id, occurred_at, id), so they reach its index; every other column comes from a primary
-- key lookup, and the settlement from the transactions of that authorization only, for the rows
-- of the page. Only transactions of the authorization's own cardholder count towards it.
CREATE VIEW public.activity_feed AS
SELECT f.id, f.kind, f.user_id, f.cardholder_id,
       coalesce(a.card_id, t.card_id) AS card_id,
       f.occurred_at,
       CASE WHEN f.kind = 'authorization' THEN f.id ELSE t.authorization_id END AS authorization_id,
       CASE WHEN f.kind = 'transaction' THEN f.id END AS transaction_id,
       t.type AS transaction_type,
       coalesce(a.amount, t.amount) AS amount,
       coalesce(a.currency, t.currency) AS currency,
       coalesce(a.merchant_amount, t.merchant_amount) AS merchant_amount,
       coalesce(a.merchant_currency, t.merchant_currency) AS merchant_currency,
       coalesce(a.merchant_name, t.merchant_name) AS merchant_name,
       coalesce(a.merchant_category, t.merchant_category) AS merchant_category,
       coalesce(a.merchant_city, t.merchant_city) AS merchant_city,
       coalesce(a.merchant_country, t.merchant_country) AS merchant_country,
       coalesce(a.approved, true) AS approved,
       a.status,
       a.decline_reason,
       s.captured_amount,
       s.refunded_amount,
       s.captured_amount - s.refunded_amount AS net_spend,
       s.transaction_count,
       CASE WHEN f.kind = 'authorization'
            THEN public.feed_settlement_status(a.approved, a.status, s.captured_amount, s.refunded_amount)
            WHEN t.type = 'refund' THEN 'refunded'
            ELSE 'settled' END AS settlement_status
FROM public.feed_entries f
LEFT JOIN public.authorizations a ON f.kind = 'authorization' AND a.id = f.id
LEFT JOIN public.transactions t ON f.kind = 'transaction' AND t.id = f.id
CROSS JOIN LATERAL (
  -- An authorization's settlement from its own cardholder's transactions; a transaction entry
  -- settles itself.
  SELECT CASE WHEN f.kind = 'transaction' THEN CASE WHEN t.type = 'refund' THEN 0 ELSE -t.amount END
              ELSE coalesce(-sum(x.amount) FILTER (WHERE x.type <> 'refund'), 0) END::bigint AS captured_amount,
         CASE WHEN f.kind = 'transaction' THEN CASE WHEN t.type = 'refund' THEN t.amount ELSE 0 END
              ELSE coalesce(sum(x.amount) FILTER (WHERE x.type = 'refund'), 0) END::bigint AS refunded_amount,
         CASE WHEN f.kind = 'transaction' THEN 1 ELSE count(x.id) END::integer AS transaction_count
  FROM public.transactions x
  WHERE x.authorization_id = a.id AND x.cardholder_id IS NOT DISTINCT FROM a.cardholder_id
) s;

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
