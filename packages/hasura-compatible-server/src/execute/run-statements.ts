/**
 * Runs compiled statements on a pooled connection (several root fields share one read-only
 * REPEATABLE READ snapshot so that, e.g., a list and its aggregate agree), with a statement timeout
 * (the pool's, or a lower one set for the transaction), a response size bound checked inside Postgres (an oversized JSON text never
 * reaches this process), cancellation when the client goes away, and named prepared statements
 * when the source asks for them.
 */
import { PostgresErrorCode, errorCode, errorMessage } from '@issuing/kernel';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import type { CompiledStatement } from '../compile/compile-query.js';
import { GraphQLRequestError } from '../errors.js';

export interface RunOptions {
  /** The GraphQL pool, whose connections run with `statementTimeoutMs`. */
  pool: pg.Pool;
  statementTimeoutMs: number;
  /** statement_timeout of this request (lower than the pool's when a role's time_limit says so). */
  timeoutMs: number;
  /** What names the timeout in its error (the server setting or the role's api_limits). */
  timeoutSource: string;
  /** Bytes the JSON of all statements together may take. */
  maxResponseBytes: number;
  /** use_prepared_statements of the source. */
  usePreparedStatements: boolean;
  /** Aborted when the client disconnects: the running statement is cancelled. */
  signal?: AbortSignal | undefined;
  cancelBackend: (pid: number) => Promise<void>;
}

/** Maps a Postgres error to Hasura's codes (data-exception, constraint-violation, ...). */
function databaseError(error: unknown, opts: RunOptions): GraphQLRequestError {
  const code = errorCode(error) ?? '';
  const message = errorMessage(error);
  if (code === PostgresErrorCode.queryCanceled) {
    if (opts.signal?.aborted) return new GraphQLRequestError('the request was cancelled because the client disconnected', 'cancelled', '$', { cause: error });
    return new GraphQLRequestError(`the query ran longer than the time limit of ${opts.timeoutMs / 1000} s (${opts.timeoutSource}) and was cancelled`, 'time-limit-exceeded', '$', { cause: error });
  }
  // Hasura's dmlTxErrorHandler: an invalid escape (e.g. a LIKE pattern ending in a backslash) is a bad request.
  if (code === PostgresErrorCode.invalidEscapeSequence) return new GraphQLRequestError(message, 'bad-request', '$', { cause: error });
  // SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation).
  if (code.startsWith('22')) return new GraphQLRequestError(message, 'data-exception', '$', { cause: error });
  if (code.startsWith('23')) return new GraphQLRequestError(message, 'constraint-violation', '$', { cause: error });
  if (code === PostgresErrorCode.undefinedFunction || code === PostgresErrorCode.datatypeMismatch) return new GraphQLRequestError(message, 'unexpected', '$', { cause: error });
  return new GraphQLRequestError('database query error', 'unexpected', '$', { cause: error });
}

/** The backend process id pg learnt when the connection started (not in pg's published types). */
function backendPid(client: object): number | undefined {
  return 'processID' in client && typeof client.processID === 'number' ? client.processID : undefined;
}

// Names of prepared statements, one per distinct SQL text; bounded so that a stream of distinct
// queries does not grow every connection's set of prepared statements without end.
const preparedNames = new LRUCache<string, string>({ max: 1000 });

function statementName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known) return known;
  if (preparedNames.size >= preparedNames.max) return undefined;
  const name = `hcs_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  preparedNames.set(text, name);
  return name;
}

async function acquire(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    const message = errorMessage(error);
    if (message.includes('timeout exceeded when trying to connect')) {
      throw new GraphQLRequestError('no database connection became free in time (HASURA_GRAPHQL_PG_POOL_TIMEOUT); the server is busy, retry later', 'connection-pool-timeout', '$', { cause: error });
    }
    throw error;
  }
}

type CappedQuery = (statement: CompiledStatement, budget: number, columns?: string[]) => Promise<unknown[][]>;

/**
 * Runs `work` on a GraphQL connection: in a read-only transaction when several statements must
 * share a snapshot or the request has a timeout of its own, cancelled when `signal` aborts.
 */
async function onConnection<T>(opts: RunOptions, statementCount: number, work: (query: CappedQuery) => Promise<T>): Promise<T> {
  if (opts.signal?.aborted) throw new GraphQLRequestError('the request was cancelled because the client disconnected', 'cancelled', '$');
  const client = await acquire(opts.pool);
  let inTransaction = false;
  let cancelled = false;
  const onAbort = () => {
    cancelled = true;
    const pid = backendPid(client);
    if (pid !== undefined) void opts.cancelBackend(pid);
  };
  opts.signal?.addEventListener('abort', onAbort);
  // The size is measured in Postgres; only a root within the budget is sent back. OFFSET 0 keeps
  // the subquery from being inlined, which would build the JSON once per reference.
  const query: CappedQuery = async (statement, budget, columns = []) => {
    const extra = columns.map((column) => `, _s.${column}`).join('');
    const text = `SELECT CASE WHEN octet_length(_s.root) <= $${statement.params.length + 1} THEN _s.root END, octet_length(_s.root)${extra} FROM (${statement.sql} OFFSET 0) AS _s`;
    const name = opts.usePreparedStatements ? statementName(text) : undefined;
    let rows: unknown[][];
    try {
      rows = (await client.query<unknown[]>({ ...(name ? { name } : {}), text, values: [...statement.params, budget], rowMode: 'array' })).rows;
    } catch (error) {
      throw databaseError(error, opts);
    }
    if (rows.some(([value, length]) => value === null && length !== null)) {
      throw new GraphQLRequestError(`the response would be over the response size limit of ${opts.maxResponseBytes} bytes (HASURA_GRAPHQL_MAX_RESPONSE_BYTES); ask for fewer rows or fields`, 'response-too-large', '$');
    }
    return rows;
  };
  try {
    // A single statement under the pool's timeout needs no transaction (no extra round trips).
    const ownTimeout = opts.timeoutMs !== opts.statementTimeoutMs;
    if (statementCount > 1 || ownTimeout) {
      const isolation = statementCount > 1 ? 'ISOLATION LEVEL REPEATABLE READ ' : '';
      await client.query(`BEGIN ${isolation}READ ONLY${ownTimeout ? `; SET LOCAL statement_timeout = ${Math.max(1, Math.floor(opts.timeoutMs))}` : ''}`);
      inTransaction = true;
    }
    const result = await work(query);
    if (inTransaction) {
      inTransaction = false;
      await client.query('COMMIT');
    }
    return result;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    if (inTransaction) await client.query('ROLLBACK').catch(() => undefined);
    // A connection that was sent a cancel is not reused: the cancel could land on its next statement.
    client.release(cancelled);
  }
}

/** The JSON text each statement returned, in order; all of them together within the response size limit. */
export async function runStatements(statements: CompiledStatement[], opts: RunOptions): Promise<string[]> {
  if (statements.length === 0) return [];
  return onConnection(opts, statements.length, async (query) => {
    const texts: string[] = [];
    let budget = opts.maxResponseBytes;
    for (const statement of statements) {
      const [value] = (await query(statement, budget))[0] ?? [null];
      const json = typeof value === 'string' ? value : 'null';
      budget -= Buffer.byteLength(json);
      texts.push(json);
    }
    return texts;
  });
}

/**
 * Every row of one statement whose column `root` holds a response's JSON text (live-query
 * multiplexing, stream batches), under the same protections as runStatements; each row's root
 * within the response size limit. A row is `[root JSON text or 'null', ...columns]`.
 */
export async function runRootRows(statement: CompiledStatement, columns: string[], opts: RunOptions): Promise<unknown[][]> {
  const rows = await onConnection(opts, 1, (query) => query(statement, opts.maxResponseBytes, columns));
  return rows.map(([value, , ...rest]) => [typeof value === 'string' ? value : 'null', ...rest]);
}
