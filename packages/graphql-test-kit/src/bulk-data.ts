/**
 * Set-based bulk data for plans and benchmarks: authorizations and transactions generated in
 * SQL (generate_series), triggers off while loading, then the read model rebuilt in one pass.
 */
import type pg from 'pg';

export interface BulkOptions {
  /** Cardholders ich_bulk_0 … ich_bulk_<n-1>, each linked to a user; index 0 is `bigUserId`'s. */
  cardholders: number;
  bigUserId: string;
  /** Authorizations (and as many transactions) of cardholder 0. */
  bigCount: number;
  /** Authorizations (and as many transactions) in all; the rest go round-robin to the others. */
  total: number;
}

const CATEGORIES = ['eating_places_restaurants', 'grocery_stores_supermarkets', 'taxicabs_limousines', 'airlines_air_carriers',
  'hotels_motels_and_resorts', 'automated_fuel_dispensers', 'book_stores', 'computer_software_stores', 'miscellaneous'];

/** Loads the rows in one transaction; returns the number of authorizations (= transactions). Run ANALYZE afterwards. */
export async function loadBulkData(db: pg.Pool, options: BulkOptions): Promise<number> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query("SET LOCAL session_replication_role = 'replica'"); // row triggers off; rebuilt below
    await client.query(
      `INSERT INTO public.cardholders (id, name, email, status, type, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
       SELECT 'ich_bulk_' || g, 'Bulk Holder ' || g, 'bulk' || g || '@example.com', 'active', 'individual',
              timestamptz '2025-01-01', 1, timestamptz '2025-01-01', 'evt_bulk'
       FROM generate_series(0, $1 - 1) g`, [options.cardholders]);
    await client.query(
      `INSERT INTO public.users (id, name, email, cardholder_id)
       SELECT CASE WHEN g = 0 THEN $2::uuid ELSE gen_random_uuid() END, 'Bulk User ' || g, 'bulk' || g || '@example.com', 'ich_bulk_' || g
       FROM generate_series(0, $1 - 1) g`, [options.cardholders, options.bigUserId]);
    await client.query(
      `INSERT INTO public.cards (id, cardholder_id, brand, last4, exp_month, exp_year, type, status, currency, created_at,
         snapshot_rank, snapshot_created, snapshot_event_id)
       SELECT 'ic_bulk_' || g, 'ich_bulk_' || g, 'Visa', lpad((g % 10000)::text, 4, '0'), 1 + g % 12, 2030, 'virtual', 'active', 'usd',
              timestamptz '2025-01-01', 1, timestamptz '2025-01-01', 'evt_bulk'
       FROM generate_series(0, $1 - 1) g`, [options.cardholders]);
    // Row n belongs to cardholder 0 for n < bigCount, then round-robin over the others.
    const owner = `CASE WHEN n < $1 THEN 0 ELSE 1 + (n - $1) % ($3 - 1) END`;
    const total = options.total;
    if (total < options.bigCount || options.cardholders < 2) throw new Error('bulk data needs total >= bigCount and at least two cardholders');
    await client.query(
      `INSERT INTO public.authorizations (id, card_id, cardholder_id, amount, currency, merchant_amount, merchant_currency,
         approved, status, decline_reason, merchant_name, merchant_category, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
       SELECT 'iauth_bulk_' || n, 'ic_bulk_' || o, 'ich_bulk_' || o, 100 + (n * 37) % 20000,
              CASE WHEN n % 11 = 0 THEN 'eur' ELSE 'usd' END, 100 + (n * 37) % 20000, CASE WHEN n % 11 = 0 THEN 'eur' ELSE 'usd' END,
              n % 17 <> 0, CASE WHEN n % 17 = 0 THEN 'closed' WHEN n % 29 = 0 THEN 'pending' WHEN n % 31 = 0 THEN 'reversed' ELSE 'closed' END,
              CASE WHEN n % 17 = 0 THEN 'spending_controls' END, 'Merchant ' || (n % 500),
              ($4::text[])[1 + n % array_length($4::text[], 1)],
              timestamptz '2025-01-01' + (n * interval '37 seconds'), 11, timestamptz '2025-01-01', 'evt_bulk'
       FROM (SELECT n, ${owner} AS o FROM generate_series(0, $2 - 1) n) s`,
      [options.bigCount, total, options.cardholders, CATEGORIES]);
    // One transaction per authorization number: captures of approved non-pending ones, every
    // 23rd a refund, every 41st a force capture without authorization.
    await client.query(
      `INSERT INTO public.transactions (id, authorization_id, card_id, cardholder_id, type, amount, currency, merchant_amount,
         merchant_currency, merchant_name, merchant_category, created_at, snapshot_rank, snapshot_created, snapshot_event_id)
       SELECT 'ipi_bulk_' || n, CASE WHEN n % 41 = 0 THEN NULL ELSE 'iauth_bulk_' || n END, 'ic_bulk_' || o, 'ich_bulk_' || o,
              CASE WHEN n % 23 = 0 THEN 'refund' ELSE 'capture' END,
              CASE WHEN n % 23 = 0 THEN (100 + (n * 37) % 20000) / 2 ELSE -(100 + (n * 37) % 20000) END,
              CASE WHEN n % 11 = 0 THEN 'eur' ELSE 'usd' END, 0, CASE WHEN n % 11 = 0 THEN 'eur' ELSE 'usd' END,
              'Merchant ' || (n % 500), ($4::text[])[1 + n % array_length($4::text[], 1)],
              timestamptz '2025-01-01' + (n * interval '37 seconds') + interval '2 hours', 1, timestamptz '2025-01-01', 'evt_bulk'
       FROM (SELECT n, ${owner} AS o FROM generate_series(0, $2 - 1) n) s`,
      [options.bigCount, total, options.cardholders, CATEGORIES]);
    await client.query('SELECT public.dashboard_read_model_rebuild()');
    await client.query('COMMIT');
    return total;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
