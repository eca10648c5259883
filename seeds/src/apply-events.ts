import { applyStripeEvent } from '@issuing/ingestion-service/persistence';
import type { IssuingEvent } from '@issuing/stripe-fixtures';
import type pg from 'pg';

/** Parallel connections for the bulk of the events (the machine has 2 cores). */
const LANES = 3;

function laneOf(objectId: string): number {
  let hash = 0;
  for (let i = 0; i < objectId.length; i++) hash = (hash * 31 + objectId.charCodeAt(i)) | 0;
  return Math.abs(hash) % LANES;
}

async function applyInOrder(pool: pg.Pool, events: readonly IssuingEvent[]): Promise<void> {
  const client = await pool.connect();
  try {
    // Demo data can be regenerated, so commits need not wait for the disk.
    await client.query('SET synchronous_commit TO off');
    for (const event of events) await applyStripeEvent(client, event);
  } finally {
    client.release();
  }
}

/**
 * Applies events through the pipeline's own persistence (`applyStripeEvent`). Cardholders and
 * cards go first, in order, so users are linked before anything else; the rest is split by
 * object id over a few connections, keeping each object's events in order. Any order would
 * converge (the projections are ranked upserts), this one just keeps the history tidy.
 */
export async function applyEvents(pool: pg.Pool, events: readonly IssuingEvent[]): Promise<void> {
  const isPerson = (e: IssuingEvent): boolean =>
    e.type.startsWith('issuing_cardholder.') || e.type.startsWith('issuing_card.');
  const people = events.filter(isPerson);
  const rest = events.filter((e) => !isPerson(e));
  await applyInOrder(pool, people);
  const lanes: IssuingEvent[][] = Array.from({ length: LANES }, () => []);
  for (const event of rest) lanes[laneOf(event.data.object.id)]?.push(event);
  await Promise.all(lanes.map((lane) => applyInOrder(pool, lane)));
}
