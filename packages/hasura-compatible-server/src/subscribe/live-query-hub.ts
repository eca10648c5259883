/**
 * Live queries as Hasura runs them: the first result at once, then the query re-runs every refetch
 * interval and a result is sent only when its JSON text changed. Subscribers whose compiled SQL and
 * parameters are equal (same role, document, variables and session) share a cohort; cohorts of the
 * same SQL text are multiplexed into one statement per batch (multiplex-sql.ts). A group whose poll
 * is still running skips the tick, and the timer stops when the last subscriber leaves.
 */
import { errorMessage } from '@issuing/kernel';
import type { CompiledStatement } from '../compile/compile-query.js';
import { GraphQLRequestError } from '../errors.js';
import { type RunOptions, runRootRows, runStatements } from '../execute/run-statements.js';
import { LatestValueStream } from './latest-value-stream.js';
import { multiplexedStatement } from './multiplex-sql.js';

interface LiveQueryHubOptions {
  /** HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_REFETCH_INTERVAL, ms (default 1000). */
  refetchIntervalMs: number;
  /** HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE: cohorts per statement (default 100). */
  batchSize: number;
  log: (entry: Record<string, unknown>) => void;
}

interface Subscriber {
  stream: LatestValueStream<string>;
  /** Turns the statement's JSON text into the response body (the root field's alias around it). */
  assemble: (result: string) => string;
}

interface Cohort {
  key: string;
  params: unknown[];
  subscribers: Set<Subscriber>;
  /** The last result sent, to send only changes. */
  last: string | null;
  /** Fetches started / the newest fetch applied, so an older snapshot never overwrites a newer one. */
  started: number;
  applied: number;
}

interface Group {
  /** The SQL text and the statement timeout: subscribers whose roles differ in time_limit do not share statements. */
  key: string;
  sql: string;
  /** How the group's statements run (the first subscriber's role; equal SQL means equal permissions). */
  run: RunOptions;
  cohorts: Map<string, Cohort>;
  /** Statements of this group running now (polls and first fetches). */
  running: number;
}

export class LiveQueryHub {
  private readonly groups = new Map<string, Group>();
  private timer: NodeJS.Timeout | null = null;
  private tick = 0;

  constructor(private readonly opts: LiveQueryHubOptions) {}

  /**
   * Starts a live query; the stream yields response bodies (JSON text) and throws a
   * GraphQLRequestError when the query fails. Ending the stream (return) unsubscribes.
   */
  subscribe(statement: CompiledStatement, assemble: (result: string) => string, run: RunOptions): LatestValueStream<string> {
    const groupKey = `${run.timeoutMs}\n${statement.sql}`;
    let group = this.groups.get(groupKey);
    if (!group) {
      group = { key: groupKey, sql: statement.sql, run, cohorts: new Map(), running: 0 };
      this.groups.set(groupKey, group);
    }
    const key = JSON.stringify(statement.params);
    let cohort = group.cohorts.get(key);
    const fresh = !cohort;
    if (!cohort) {
      cohort = { key, params: statement.params, subscribers: new Set(), last: null, started: 0, applied: 0 };
      group.cohorts.set(key, cohort);
    }
    const joined = cohort;
    const owner = group;
    const subscriber: Subscriber = { assemble, stream: new LatestValueStream<string>(() => this.leave(owner, joined, subscriber)) };
    cohort.subscribers.add(subscriber);
    if (cohort.last !== null) subscriber.stream.push(assemble(cohort.last));
    else if (fresh) void this.fetch(group, [cohort], 'initial');
    this.startTimer();
    return subscriber.stream;
  }

  /** Whether the refetch timer runs (it stops with the last subscriber). */
  get polling(): boolean {
    return this.timer !== null;
  }

  /** Stops polling and ends every stream (server shutdown). */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const group of [...this.groups.values()]) {
      for (const cohort of [...group.cohorts.values()]) for (const subscriber of [...cohort.subscribers]) void subscriber.stream.return();
    }
    this.groups.clear();
  }

  private leave(group: Group, cohort: Cohort, subscriber: Subscriber): void {
    cohort.subscribers.delete(subscriber);
    if (cohort.subscribers.size > 0) return;
    group.cohorts.delete(cohort.key);
    if (group.cohorts.size > 0) return;
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    if (this.groups.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.onTick(), this.opts.refetchIntervalMs);
    this.timer.unref();
  }

  private onTick(): void {
    this.tick += 1;
    // A group whose statement is still running (a slow poll, or a new cohort's first fetch) skips
    // this tick: its statements never overlap and a slow database is not piled up on.
    for (const group of this.groups.values()) if (group.running === 0) void this.poll(group);
  }

  private async poll(group: Group): Promise<void> {
    const cohorts = [...group.cohorts.values()];
    group.running += 1;
    try {
      for (let i = 0; i < cohorts.length; i += this.opts.batchSize) {
        await this.fetch(group, cohorts.slice(i, i + this.opts.batchSize), 'poll');
      }
    } finally {
      group.running -= 1;
    }
  }

  /** Runs one statement for the given cohorts of a group and delivers what changed. */
  private async fetch(group: Group, cohorts: Cohort[], reason: 'initial' | 'poll'): Promise<void> {
    const live = cohorts.filter((c) => c.subscribers.size > 0);
    if (live.length === 0) return;
    const seqs = live.map((c) => (c.started += 1));
    let results: Array<string | GraphQLRequestError>;
    group.running += 1;
    try {
      results = await this.run(group, live, reason);
    } catch (error) {
      // Unexpected (not a per-cohort query error): report it to these cohorts' subscribers.
      const failure = error instanceof GraphQLRequestError ? error : new GraphQLRequestError('database query error', 'unexpected', '$', { cause: error });
      results = live.map(() => failure);
    } finally {
      group.running -= 1;
    }
    live.forEach((cohort, index) => {
      const result = results[index];
      const seq = seqs[index] ?? 0;
      if (result === undefined || seq <= cohort.applied) return;
      cohort.applied = seq;
      if (result instanceof GraphQLRequestError) {
        this.opts.log({ level: 'warn', msg: 'live query failed', code: result.code, error: errorMessage(result.cause ?? result) });
        for (const subscriber of [...cohort.subscribers]) subscriber.stream.fail(result);
        return;
      }
      if (result === cohort.last) return;
      cohort.last = result;
      for (const subscriber of cohort.subscribers) subscriber.stream.push(subscriber.assemble(result));
    });
  }

  /** One statement for all cohorts (one alone runs its own SQL); a failed batch is retried per cohort to isolate the error. */
  private async run({ sql, run }: Group, cohorts: Cohort[], reason: 'initial' | 'poll'): Promise<Array<string | GraphQLRequestError>> {
    // One log line per statement sent to the database (tests and the bench count them).
    const logStatement = (batch: Cohort[]) =>
      this.opts.log({ level: 'debug', type: 'live-query-sql', reason, tick: this.tick, cohorts: batch.length, subscribers: batch.reduce((n, c) => n + c.subscribers.size, 0) });
    const single = async (cohort: Cohort): Promise<string | GraphQLRequestError> => {
      logStatement([cohort]);
      try {
        return (await runStatements([{ sql, params: cohort.params }], run))[0] ?? 'null';
      } catch (error) {
        if (error instanceof GraphQLRequestError) return error;
        throw error;
      }
    };
    const first = cohorts[0];
    if (cohorts.length === 1 && first) return [await single(first)];
    const statement = multiplexedStatement(sql, cohorts.map((c) => c.params));
    logStatement(cohorts);
    try {
      const byIndex = new Map<unknown, string>();
      for (const [root, i] of await runRootRows(statement, ['i'], run)) if (typeof root === 'string') byIndex.set(i, root);
      return cohorts.map((_, i) => byIndex.get(i) ?? 'null');
    } catch (error) {
      this.opts.log({ level: 'debug', msg: 'multiplexed live query failed; running its cohorts one by one', error: errorMessage(error) });
      const out: Array<string | GraphQLRequestError> = [];
      for (const cohort of cohorts) out.push(await single(cohort));
      return out;
    }
  }
}
