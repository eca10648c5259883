/**
 * The one upsert all projections share: insert, or replace the stored row only when the incoming
 * snapshot key (rank, created, event id) is greater. Event ids compare byte-wise (COLLATE "C") so
 * the order does not depend on the database's locale. Concurrent upserts of one id serialise on
 * the row lock and the WHERE is re-checked against the committed row, so the maximum still wins.
 */
import type { SnapshotColumns } from '../domain/rows.js';
import type { Queryable } from './db.js';

const JSON_COLUMNS = new Set(['spending_controls']);

function buildSql(target: string, columns: readonly string[]): string {
  const names = columns.join(', ');
  const params = columns.map((column, index) => (JSON_COLUMNS.has(column) ? `$${index + 1}::jsonb` : `$${index + 1}`)).join(', ');
  const updates = columns
    .filter((column) => column !== 'id')
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ');
  return `INSERT INTO ${target} AS stored (${names}) VALUES (${params})
ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()
WHERE (EXCLUDED.snapshot_rank, EXCLUDED.snapshot_created, EXCLUDED.snapshot_event_id COLLATE "C")
    > (stored.snapshot_rank, stored.snapshot_created, stored.snapshot_event_id COLLATE "C")
RETURNING id`;
}

export interface SnapshotTable<Row extends SnapshotColumns & { id: string }> {
  /** The table in schema public. */
  table: string;
  columns: readonly (keyof Row & string)[];
}

/**
 * Builds the upsert for one table; returns a function telling whether the row was written.
 * `into` names another table of the same shape (the rebuild's shadow copy); default the live one.
 */
export function snapshotUpsert<Row extends SnapshotColumns & { id: string }>(
  definition: SnapshotTable<Row>,
  into = `public.${definition.table}`,
): (db: Queryable, row: Row) => Promise<boolean> {
  const sql = buildSql(into, definition.columns);
  return async (db, row) => {
    const values = definition.columns.map((column) => {
      const value: unknown = row[column];
      return JSON_COLUMNS.has(column) ? (value === null || value === undefined ? null : JSON.stringify(value)) : value;
    });
    const result = await db.query(sql, values);
    return (result.rowCount ?? 0) > 0;
  };
}
