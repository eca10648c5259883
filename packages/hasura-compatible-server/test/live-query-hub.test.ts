/**
 * The live-query hub on its own, against a real PostgreSQL: a poll that takes longer than the
 * refetch interval makes the following ticks skip (statements of one query never overlap), and
 * the last subscriber leaving stops the polling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import { createDatabase } from '@issuing/dev-postgres';
import pg from 'pg';
import type { RunOptions } from '../src/execute/run-statements.js';
import { LiveQueryHub } from '../src/subscribe/live-query-hub.js';
import { startPostgres } from './support/test-stack.js';
import { until } from './support/ws-client.js';

let postgres: DevPostgres;
let pool: pg.Pool;

beforeAll(async () => {
  postgres = await startPostgres();
  pool = new pg.Pool({ connectionString: await createDatabase(postgres.url, 'live_query_hub'), max: 4 });
});

afterAll(async () => {
  await pool?.end();
  await postgres?.stop();
});

/** How the GraphQL server runs a role's statements, on the test's pool. */
function runOptions(): RunOptions {
  return { pool, statementTimeoutMs: 10_000, timeoutMs: 10_000, timeoutSource: 'test', maxResponseBytes: 1_000_000, usePreparedStatements: false, cancelBackend: () => Promise.resolve() };
}

describe('LiveQueryHub', () => {
  it('never runs a query again while its previous run is still going (slow ticks are skipped)', async () => {
    // Prepare: a statement that takes 300 ms and reports how many copies of itself are running
    const logs: Array<Record<string, unknown>> = [];
    const hub = new LiveQueryHub({ refetchIntervalMs: 20, batchSize: 100, log: (entry) => logs.push(entry) });
    const probe = {
      sql: "SELECT (SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%hc_overlap_probe%')::text AS root FROM pg_sleep(0.3) AS hc_overlap_probe",
      params: [],
    };
    const stream = hub.subscribe(probe, (result) => result, runOptions());
    const seen: string[] = [];
    const reading = (async () => {
      for await (const value of stream) seen.push(value);
    })();

    // Act: let many ticks pass
    await until(() => logs.filter((e) => e.type === 'live-query-sql').length >= 4);
    const ticks = Math.max(...logs.map((e) => (typeof e.tick === 'number' ? e.tick : 0)));
    await stream.return();
    await reading;
    hub.close();

    // Assert: only ever one copy running; far fewer statements than ticks
    expect(seen).toEqual(['1']);
    expect(ticks).toBeGreaterThan(logs.filter((e) => e.type === 'live-query-sql').length);
  });

  it('polls while someone listens and stops its timer when the last subscriber leaves', async () => {
    // Prepare
    const logs: Array<Record<string, unknown>> = [];
    const hub = new LiveQueryHub({ refetchIntervalMs: 10, batchSize: 100, log: (entry) => logs.push(entry) });
    const one = hub.subscribe({ sql: 'SELECT 1::text AS root', params: [] }, (result) => result, runOptions());
    const two = hub.subscribe({ sql: 'SELECT 1::text AS root', params: [] }, (result) => result, runOptions());
    expect(await one.next()).toEqual({ value: '1', done: false });
    expect(await two.next()).toEqual({ value: '1', done: false });
    await until(() => logs.some((e) => e.reason === 'poll'));

    // Act + Assert
    await one.return();
    expect(hub.polling).toBe(true);
    await two.return();
    expect(hub.polling).toBe(false);
    expect(logs.filter((e) => e.type === 'live-query-sql').every((e) => e.cohorts === 1)).toBe(true);
  });
});
