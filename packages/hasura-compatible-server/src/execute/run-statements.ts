/**
 * Runs compiled statements on a pooled connection; several root fields share one read-only
 * REPEATABLE READ snapshot so that, e.g., a list and its aggregate agree.
 */
import type pg from 'pg';
import type { CompiledStatement } from '../compile/compile-query.js';
import { GraphQLRequestError } from '../errors.js';

/** Maps a Postgres error to Hasura's codes (data-exception, constraint-violation, ...). */
export function databaseError(error: unknown): GraphQLRequestError {
  const code = error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('22')) return new GraphQLRequestError(message, 'data-exception', '$', { cause: error });
  if (code.startsWith('23')) return new GraphQLRequestError(message, 'constraint-violation', '$', { cause: error });
  if (code === '42883' || code === '42804') return new GraphQLRequestError(message, 'unexpected', '$', { cause: error });
  return new GraphQLRequestError('database query error', 'unexpected', '$', { cause: error });
}

/** The JSON text each statement returned, in order. */
export async function runStatements(pool: pg.Pool, statements: CompiledStatement[]): Promise<string[]> {
  if (statements.length === 0) return [];
  const texts: string[] = [];
  const client = await pool.connect();
  let inTransaction = false;
  try {
    if (statements.length > 1) {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      inTransaction = true;
    }
    for (const statement of statements) {
      try {
        const result = await client.query({ text: statement.sql, values: statement.params, rowMode: 'array' });
        const value: unknown = result.rows[0]?.[0] ?? null;
        texts.push(typeof value === 'string' ? value : 'null');
      } catch (error) {
        throw databaseError(error);
      }
    }
    if (inTransaction) {
      inTransaction = false;
      await client.query('COMMIT');
    }
  } finally {
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
  return texts;
}
