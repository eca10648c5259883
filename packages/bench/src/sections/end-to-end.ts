/**
 * End to end on the Docker-free stack: signed POSTs (with Stripe-like duplicates and local
 * reordering) → webhook → EventBridge mock → persistence functions → rows committed. Measures
 * events/s and the latency from the first POST of an event to its stripe_events row, then proves
 * nothing was lost or duplicated: the projections must equal those of a reference database that
 * applied every event exactly once in causal order. Targets: >= 100 events/s, zero lost or
 * duplicated rows, over at least 5,000 events.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createDatabase } from '@issuing/dev-postgres';
import { applyMigrationsDirect, MIGRATIONS_DIR } from '@issuing/db-migrate';
import { applyStripeEvent } from '@issuing/ingestion-service/persistence';
import { planDeliveries, signedHeader } from '@issuing/stripe-fixtures';
import { atLeast, info, type Log, type SectionResult } from '../result.js';
import { summarize } from '../stats.js';
import { benchEvents } from './events.js';
import { BENCH_WEBHOOK_SECRET, startOfflineStack } from './offline-stack.js';

const SECTION = 'end to end (Docker-free stack)';
const CONCURRENCY = 16;

/** Projection contents without bookkeeping columns, for comparing two databases. */
const SNAPSHOT_QUERIES: Record<string, string> = {
  cardholders: 'SELECT id, name, email, status, type, snapshot_event_id FROM cardholders ORDER BY id',
  cards: 'SELECT id, cardholder_id, status, last4, snapshot_event_id FROM cards ORDER BY id',
  authorizations: 'SELECT id, amount, status, approved, decline_reason, snapshot_event_id FROM authorizations ORDER BY id',
  transactions: 'SELECT id, authorization_id, type, amount, snapshot_event_id FROM transactions ORDER BY id',
  users: 'SELECT cardholder_id, email FROM users ORDER BY cardholder_id',
  stripe_events: 'SELECT id, type FROM stripe_events ORDER BY id',
};

async function snapshot(pool: pg.Pool): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(SNAPSHOT_QUERIES).map(async ([table, sql]) => [table, JSON.stringify((await pool.query(sql)).rows)] as const),
  );
  return Object.fromEntries(entries);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Deliveries the local dead-letter store holds, per function, with one sample error each. */
async function deadLetters(dir: string): Promise<Record<string, { count: number; sampleError: unknown }>> {
  const result: Record<string, { count: number; sampleError: unknown }> = {};
  const functions = await readdir(dir).catch(() => []);
  for (const name of functions) {
    const files = await readdir(path.join(dir, name)).catch(() => []);
    if (files.length === 0) continue;
    const first = files[0];
    const sample: unknown = first ? JSON.parse(await readFile(path.join(dir, name, first), 'utf8')) : undefined;
    const sampleError = typeof sample === 'object' && sample !== null && 'error' in sample ? sample.error : undefined;
    result[name] = { count: files.length, sampleError };
  }
  return result;
}

export async function benchEndToEnd(options: { log: Log; events: number }): Promise<SectionResult> {
  const minimum = Math.max(5000, options.events);
  const events = benchEvents('bench/end-to-end', minimum);
  const deliveries = planDeliveries(events, { seed: 'bench/end-to-end', duplicateRate: 0.03, reorder: 'local' });
  const stack = await startOfflineStack();
  const pool = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
  const referenceUrl = await createDatabase(stack.databaseUrl, 'bench_reference');
  const reference = new pg.Pool({ connectionString: referenceUrl, max: 1 });
  try {
    // The reference: every event once, in causal order, through the same persistence code.
    await applyMigrationsDirect(referenceUrl, MIGRATIONS_DIR);
    for (const event of events) await applyStripeEvent(reference, event);
    const expected = await snapshot(reference);

    const firstSentAt = new Map<string, number>();
    const statusCounts: Record<string, number> = {};
    let retried = 0;
    let next = 0;
    const startedAt = Date.now();
    const worker = async (): Promise<void> => {
      while (next < deliveries.length) {
        const delivery = deliveries[next++];
        if (!delivery) break;
        const body = JSON.stringify(delivery.event);
        if (!firstSentAt.has(delivery.event.id)) firstSentAt.set(delivery.event.id, Date.now());
        // Like Stripe: anything but 2xx is retried (here at once, at most 5 times).
        for (let attempt = 1; ; attempt += 1) {
          const response = await fetch(stack.webhookUrl, {
            method: 'POST',
            body,
            headers: { 'content-type': 'application/json', 'stripe-signature': signedHeader(body, BENCH_WEBHOOK_SECRET) },
          });
          await response.arrayBuffer();
          statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
          if (response.ok || attempt === 5) break;
          retried += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
    const sentDoneAt = Date.now();

    // Wait until every event is committed and the projections have settled (or 3 minutes).
    let actual = await snapshot(pool);
    for (let waited = 0; waited < 180_000 && JSON.stringify(actual) !== JSON.stringify(expected); waited += 500) {
      await sleep(500);
      actual = await snapshot(pool);
    }
    const committed = await pool.query<{ id: string; received_ms: string }>(
      'SELECT id, (extract(epoch FROM received_at) * 1000)::bigint AS received_ms FROM stripe_events',
    );
    const latencies = committed.rows
      .map((row) => Number(row.received_ms) - (firstSentAt.get(row.id) ?? Number.NaN))
      .filter((value) => Number.isFinite(value));
    const lastCommitMs = Math.max(...committed.rows.map((row) => Number(row.received_ms)));
    const seconds = (lastCommitMs - startedAt) / 1000;
    const distinct = firstSentAt.size;
    const lost = distinct - committed.rows.length;
    const mismatched = Object.keys(expected).filter((table) => expected[table] !== actual[table]);
    const deadLettered = await deadLetters(stack.deadLetterDir);
    const deadLetterCount = Object.values(deadLettered).reduce((sum, entry) => sum + entry.count, 0);
    const latency = summarize(latencies);
    const rate = Math.round((distinct / seconds) * 10) / 10;
    options.log(`  ${SECTION}: ${distinct} events (${deliveries.length} deliveries) in ${seconds.toFixed(1)} s = ${rate} events/s, p99 ${latency.p99} ms, lost ${lost}, mismatched tables ${mismatched.length}`);
    return {
      section: SECTION,
      measurements: [
        atLeast(SECTION, 'throughput', rate, 'events/s', 100),
        info(SECTION, 'p50 POST→committed', latency.p50, 'ms'),
        info(SECTION, 'p99 POST→committed', latency.p99, 'ms'),
        { section: SECTION, metric: 'lost events', value: lost, unit: 'events', target: '= 0', met: lost === 0 },
        info(SECTION, 'deliveries left in the dead-letter store', deadLetterCount, 'deliveries'),
        {
          section: SECTION,
          metric: 'projection tables differing from exactly-once reference',
          value: mismatched.length,
          unit: 'tables',
          target: '= 0',
          met: mismatched.length === 0,
        },
      ],
      details: {
        events: distinct,
        deliveries: deliveries.length,
        duplicateDeliveries: deliveries.length - distinct,
        concurrency: CONCURRENCY,
        statusCounts,
        retriedPosts: retried,
        sendingSeconds: (sentDoneAt - startedAt) / 1000,
        totalSeconds: seconds,
        latencyMs: latency,
        mismatchedTables: mismatched,
        deadLetters: deadLettered,
      },
    };
  } finally {
    await pool.end();
    await reference.end();
    await stack.stop();
  }
}
