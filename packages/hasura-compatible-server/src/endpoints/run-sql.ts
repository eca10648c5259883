/** `run_sql` (POST /v2/query): the statements run in one transaction, like Hasura's. */
import { errorCode, errorMessage, isRecord } from '@issuing/kernel';
import type pg from 'pg';
import { ApiError } from '../errors.js';
import { HasuraEngine } from '../graphql/engine.js';

/** What run_sql needs: the engine (to re-check the metadata) and the pool. */
interface RunSqlDeps {
  engine: HasuraEngine;
  pool: pg.Pool;
}

function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? null;
}

/** run_sql: the statements run in one transaction; the last statement's result is returned. */
export async function runSql(deps: RunSqlDeps, args: Record<string, unknown>): Promise<unknown> {
  if (typeof args.sql !== 'string') throw new ApiError(400, 'key "sql" not found', 'parse-failed', '$.args');
  const source = args.source ?? 'default';
  const sourceNames = deps.engine.metadata.sources;
  const known = Array.isArray(sourceNames) ? sourceNames.map((s) => (isRecord(s) ? s.name : null)) : [];
  if (source !== 'default' && !known.includes(source)) throw new ApiError(400, `source with name "${typeof source === 'string' ? source : JSON.stringify(source)}" does not exist`, 'not-exists', '$.args.source');
  const check = args.check_metadata_consistency !== false && args.read_only !== true;
  const client = await deps.pool.connect();
  try {
    await client.query(args.read_only === true ? 'BEGIN READ ONLY' : 'BEGIN');
    type Result = pg.QueryResult<Record<string, unknown>>;
    // pg returns one result per statement when the text holds several (its types say one).
    let results: Result | Result[];
    try {
      // Simple-query protocol (no parameters): the text may hold several statements.
      results = await client.query<Record<string, unknown>>({ text: args.sql, types: { getTypeParser: () => (text: string) => text } });
    } catch (error) {
      await client.query('ROLLBACK');
      const message = errorMessage(error);
      const code = errorCode(error) ?? '';
      throw new ApiError(400, 'query execution failed', 'postgres-error', '$', { internal: { error: { message, status_code: code }, statement: args.sql } }, { cause: error });
    }
    let reloaded = null;
    if (check) {
      reloaded = await HasuraEngine.resolve(client, deps.engine.metadata);
      const before = new Set(deps.engine.inconsistencies.map((i) => JSON.stringify(i)));
      const added = reloaded.inconsistencies.filter((i) => !before.has(JSON.stringify(i)));
      // Like Hasura, refuse SQL that breaks tracked objects unless cascade is asked for
      // (then the broken objects stay listed as inconsistent).
      if (added.length > 0 && args.cascade !== true) {
        await client.query('ROLLBACK');
        const names = added.map((i) => i.name ?? i.type).join(', ');
        throw new ApiError(400, `cannot drop due to the following dependent objects : ${names}`, 'dependency-error', '$', { internal: added });
      }
    }
    await client.query('COMMIT');
    if (reloaded) deps.engine.install(reloaded, false);
    const last: Result | undefined = [results].flat().at(-1);
    if (!last || !last.fields || last.fields.length === 0) return { result_type: 'CommandOk', result: null };
    const header = last.fields.map((f: pg.FieldDef) => f.name);
    const rows = last.rows.map((row: Record<string, unknown>) => header.map((h: string) => cell(row[h])));
    return { result_type: 'TuplesOk', result: [header, ...rows] };
  } finally {
    client.release();
  }
}
