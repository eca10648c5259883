/**
 * Streaming subscriptions (`<t>_stream`): from the initial cursor, each refetch interval sends the
 * next batch of up to `batch_size` rows past the cursor (in cursor order) and moves the cursor to
 * the batch's last row; an empty batch sends nothing. Each subscriber has its own cursor (not
 * multiplexed); a batch not yet taken by the socket holds the next one back, so none is lost.
 */
import { errorMessage } from '@issuing/kernel';
import type { CompiledStream } from '../compile/compile-query.js';
import { GraphQLRequestError } from '../errors.js';
import { type RunOptions, runRootRows } from '../execute/run-statements.js';
import { LatestValueStream } from './latest-value-stream.js';

interface StreamBatchesOptions {
  /** The subscriber's role's run options (GraphQL pool, timeout, size limit, shutdown signal). */
  run: RunOptions;
  refetchIntervalMs: number;
  log: (entry: Record<string, unknown>) => void;
}

/** Starts streaming; the stream yields response bodies and ends (return) when the subscriber leaves. */
export function streamBatches(opts: StreamBatchesOptions, statement: CompiledStream, assemble: (rows: string) => string): LatestValueStream<string> {
  const params = [...statement.params];
  let running = false;
  // Leaving cancels a batch still running; so does the server's shutdown.
  const left = new AbortController();
  const run: RunOptions = { ...opts.run, signal: opts.run.signal ? AbortSignal.any([opts.run.signal, left.signal]) : left.signal };
  const stream: LatestValueStream<string> = new LatestValueStream<string>(() => {
    clearInterval(timer);
    left.abort();
  });
  const fetch = async () => {
    if (running || stream.waiting) return;
    running = true;
    try {
      opts.log({ level: 'debug', type: 'stream-query-sql' });
      const [rows, cursor] = (await runRootRows({ sql: statement.sql, params }, ['cursor'], run))[0] ?? [];
      if (typeof cursor === 'string' && typeof rows === 'string') {
        params[statement.cursorParam] = cursor;
        stream.push(assemble(rows));
      }
    } catch (error) {
      if (left.signal.aborted) return;
      const failure = error instanceof GraphQLRequestError ? error : new GraphQLRequestError('database query error', 'unexpected', '$', { cause: error });
      opts.log({ level: 'warn', msg: 'streaming subscription failed', code: failure.code, error: errorMessage(failure.cause ?? failure) });
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
