-- Back to 1764201700000_dashboard_read_model: its rollup functions as they were, without the
-- per-card rollups.
DROP VIEW IF EXISTS public.card_spend_over_time;
DROP VIEW IF EXISTS public.card_spend_by_category;

CREATE OR REPLACE FUNCTION public.rollup_add_transaction(t public.transactions, spend bigint, captured bigint, refunded bigint, n integer)
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

CREATE OR REPLACE FUNCTION public.rollup_on_transaction_change() RETURNS trigger
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

CREATE OR REPLACE FUNCTION public.dashboard_read_model_rebuild() RETURNS void
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

DROP TABLE IF EXISTS public.spending_rollup_card_periods;
DROP TABLE IF EXISTS public.spending_rollup_card_categories;
