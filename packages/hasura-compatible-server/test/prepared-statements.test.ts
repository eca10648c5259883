/**
 * The source's `use_prepared_statements` (databases.yaml `configuration.connection_info`): with it,
 * each distinct SQL text becomes one named prepared statement per connection, parsed once and
 * reused; without it, nothing is left prepared on the connection.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import { runStatements } from '../src/execute/run-statements.js';
import { type TestDatabase, fixtureDatabase, startPostgres } from './support/test-stack.js';

let postgres: DevPostgres;
let db: TestDatabase;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'prepared_statements');
});

afterAll(async () => {
  await db?.pool.end();
  await postgres?.stop();
});

/** Runs the statement twice on a one-connection pool and lists what that connection has prepared. */
async function runTwice(usePreparedStatements: boolean): Promise<{ results: string[][]; prepared: string[] }> {
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  pool.on('error', () => undefined); // a connection cut off at shutdown is not the outcome under test
  try {
    const statement = { sql: 'SELECT (SELECT count(*) FROM article WHERE author_id = $1::int)::text AS root', params: [1] };
    const options = { pool, statementTimeoutMs: 10_000, timeoutMs: 10_000, timeoutSource: 'test', maxResponseBytes: 1000, usePreparedStatements, cancelBackend: () => Promise.resolve() };
    const results = [await runStatements([statement], options), await runStatements([statement], options)];
    const prepared = await pool.query<{ name: string }>('SELECT name FROM pg_prepared_statements');
    return { results, prepared: prepared.rows.map((row) => row.name) };
  } finally {
    await pool.end();
  }
}

describe('use_prepared_statements', () => {
  it('prepares one named statement per SQL text and reuses it', async () => {
    // Act
    const { results, prepared } = await runTwice(true);
    // Assert
    expect(results).toEqual([['2'], ['2']]);
    expect(prepared).toHaveLength(1);
    expect(prepared[0]).toMatch(/^hcs_[0-9a-f]{24}$/);
  });

  it('leaves nothing prepared when the source does not ask for it', async () => {
    // Act
    const { results, prepared } = await runTwice(false);
    // Assert
    expect(results).toEqual([['2'], ['2']]);
    expect(prepared).toEqual([]);
  });
});
