/**
 * Streaming subscriptions (`<t>_stream`): from the initial cursor, each refetch interval sends the
 * next batch of up to `batch_size` rows past the cursor (in cursor order) and moves the cursor to
 * the batch's last row; an empty batch sends nothing. Each subscriber has its own cursor (not
 * multiplexed); a batch not yet taken by the socket holds the next one back, so none is lost.
 */
import type pg from 'pg';
import type { CompiledStream } from '../compile/compile-query.js';
import { GraphQLRequestError } from '../errors.js';
import { databaseError } from '../execute/run-statements.js';
import { LatestValueStream } from './latest-value-stream.js';

interface StreamBatchesOptions {
  pool: pg.Pool;
  refetchIntervalMs: number;
  log: (entry: Record<string, unknown>) => void;
}

/** Starts streaming; the stream yields response bodies and ends (return) when the subscriber leaves. */
export function streamBatches(opts: StreamBatchesOptions, statement: CompiledStream, assemble: (rows: string) => string): LatestValueStream<string> {
  const params = [...statement.params];
  let running = false;
  const stream: LatestValueStream<string> = new LatestValueStream<string>(() => clearInterval(timer));
  const fetch = async () => {
    if (running || stream.waiting) return;
    running = true;
    try {
      opts.log({ level: 'debug', type: 'stream-query-sql' });
      const result = await opts.pool.query<[string | null, string | null]>({ text: statement.sql, values: params, rowMode: 'array' });
      const [rows, cursor] = result.rows[0] ?? [null, null];
      if (cursor !== null && rows !== null) {
        params[statement.cursorParam] = cursor;
        stream.push(assemble(rows));
      }
    } catch (error) {
      const failure = error instanceof GraphQLRequestError ? error : databaseError(error);
      opts.log({ level: 'warn', msg: 'streaming subscription failed', code: failure.code, error: String(failure.cause ?? failure.message) });
      stream.fail(failure);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void fetch(), opts.refetchIntervalMs);
  timer.unref();
  void fetch();
  return stream;
}
