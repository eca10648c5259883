import type { IssuingEvent } from '../builders/build-event.js';
import { stripeId } from '../ids.js';
import type { Rng } from '../rng.js';

/** An event with its place in its story (generation order breaks ties on `created`). */
export interface TimedEvent {
  event: IssuingEvent;
  story: number;
  seq: number;
}

/** Mutable state while one cardholder's story is written: its generator, window and output. */
export class StoryContext {
  readonly events: TimedEvent[] = [];
  private seq = 0;

  constructor(
    readonly rng: Rng,
    readonly story: number,
    readonly end: number,
  ) {}

  /** A fresh object id with a Stripe prefix (ich, ic, iauth, ipi, txn…). */
  id(prefix: string): string {
    return stripeId(this.rng, prefix);
  }

  /** An `evt_…` id. */
  eventId(): string {
    return stripeId(this.rng, 'evt');
  }

  /** The `request` of an event caused by an API call. */
  apiRequest(): { id: string; idempotency_key: string } {
    const hex = (n: number): string => Array.from({ length: n }, () => this.rng.int(0, 15).toString(16)).join('');
    return { id: `req_${this.rng.base62(14)}`, idempotency_key: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}` };
  }

  /** True when something at `time` would happen after the window closes (so it has not happened yet). */
  afterWindow(time: number): boolean {
    return time > this.end;
  }

  push(event: IssuingEvent): void {
    this.events.push({ event, story: this.story, seq: this.seq++ });
  }
}
