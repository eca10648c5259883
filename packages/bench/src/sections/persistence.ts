/**
 * The persistence functions against a real PostgreSQL, one invocation per (event, function) as
 * EventBridge delivers them: recordEvent for every event plus the projection function its type
 * is routed to, each on a one-connection pool like a Lambda container. Target: p99 < 5 ms.
 */
import pg from 'pg';
import {
  persistAuthorizations,
  persistCardholdersCards,
  recordEvent,
  persistTransactions,
} from '@issuing/ingestion-service/persistence';
import { projectionOf } from '@issuing/ingestion-service/domain';
import { below, info, type Log, type SectionResult } from '../result.js';
import { now, summarize } from '../stats.js';
import { migratedPostgres } from './database.js';
import { benchEvents } from './events.js';

const SECTION = 'persistence handler';

export async function benchPersistence(options: { log: Log }): Promise<SectionResult> {
  // Durable settings as in production (fsync on), unlike the test clusters.
  const postgres = await migratedPostgres({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
  const pools = {
    record: new pg.Pool({ connectionString: postgres.url, max: 1 }),
    projection: new pg.Pool({ connectionString: postgres.url, max: 1 }),
  };
  try {
    const events = benchEvents('bench/persistence', 6000);
    const warmup = 500;
    const perInvocation: number[] = [];
    const byFunction: Record<string, number[]> = { recordEvent: [], cardholdersCards: [], authorizations: [], transactions: [] };
    for (const [index, event] of events.entries()) {
      let started = now();
      await recordEvent(pools.record, event);
      const recordMs = now() - started;
      const projection = projectionOf(event.type);
      let projectionMs: number | undefined;
      if (projection) {
        started = now();
        if (projection === 'cardholdersCards') await persistCardholdersCards(pools.projection, event);
        else if (projection === 'authorizations') await persistAuthorizations(pools.projection, event);
        else await persistTransactions(pools.projection, event);
        projectionMs = now() - started;
      }
      if (index < warmup) continue;
      perInvocation.push(recordMs);
      byFunction.recordEvent?.push(recordMs);
      if (projection && projectionMs !== undefined) {
        perInvocation.push(projectionMs);
        byFunction[projection]?.push(projectionMs);
      }
    }
    const latency = summarize(perInvocation);
    options.log(`  ${SECTION}: p50 ${latency.p50} ms, p99 ${latency.p99} ms over ${latency.count} invocations`);
    return {
      section: SECTION,
      measurements: [
        info(SECTION, 'p50 per event', latency.p50, 'ms'),
        below(SECTION, 'p99 per event', latency.p99, 'ms', 5),
      ],
      details: {
        latencyMs: latency,
        byFunctionMs: Object.fromEntries(Object.entries(byFunction).map(([name, samples]) => [name, summarize(samples)])),
        events: events.length,
        warmupEvents: warmup,
        postgres: 'embedded PostgreSQL 17, fsync on, one connection per function',
      },
    };
  } finally {
    await pools.record.end();
    await pools.projection.end();
    await postgres.stop();
  }
}
