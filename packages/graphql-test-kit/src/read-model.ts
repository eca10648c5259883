/** Reads the dashboard read model (derived tables) in a stable order, for comparisons. */
import type pg from 'pg';

export const DERIVED_TABLES = {
  feed_entries: 'id',
  spending_rollup_totals: 'cardholder_id, currency',
  spending_rollup_categories: 'cardholder_id, currency, merchant_category',
  spending_rollup_periods: 'cardholder_id, currency, granularity, period_start',
  spending_rollup_card_categories: 'cardholder_id, card_id, currency, merchant_category',
  spending_rollup_card_periods: 'cardholder_id, card_id, currency, granularity, period_start',
} as const;

export type DerivedSnapshot = Record<keyof typeof DERIVED_TABLES, unknown[]>;

/** Every derived row; rollup rows whose counts are all zero carry no information and are left out. */
export async function snapshotReadModel(db: pg.Pool | pg.PoolClient): Promise<DerivedSnapshot> {
  const read = async (table: keyof typeof DERIVED_TABLES, where = 'true'): Promise<unknown[]> =>
    (await db.query<Record<string, unknown>>(`SELECT * FROM public.${table} WHERE ${where} ORDER BY ${DERIVED_TABLES[table]}`)).rows;
  return {
    feed_entries: await read('feed_entries'),
    spending_rollup_totals: await read('spending_rollup_totals', 'transaction_count <> 0 OR authorization_count <> 0'),
    spending_rollup_categories: await read('spending_rollup_categories', 'transaction_count <> 0'),
    spending_rollup_periods: await read('spending_rollup_periods', 'transaction_count <> 0'),
    spending_rollup_card_categories: await read('spending_rollup_card_categories', 'transaction_count <> 0'),
    spending_rollup_card_periods: await read('spending_rollup_card_periods', 'transaction_count <> 0'),
  };
}

/** The read model recomputed from scratch from the projections (inside a rolled-back transaction). */
export async function recomputedReadModel(db: pg.Pool): Promise<DerivedSnapshot> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT public.dashboard_read_model_rebuild()');
    const snapshot = await snapshotReadModel(client);
    await client.query('ROLLBACK');
    return snapshot;
  } finally {
    client.release();
  }
}
