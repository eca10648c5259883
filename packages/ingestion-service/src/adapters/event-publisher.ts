/**
 * Publishes verified Stripe events to the EventBridge bus. An event too large for one entry goes
 * through a claim check: it is stored first (stripe_events, by the webhook), then a small
 * pointer with the same detail-type is published in its place.
 */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type Stripe from 'stripe';
import { webhookConfig, type WebhookConfig } from '../config.js';
import { claimCheckOf, isClaimCheck, type EventDetail } from '../domain/event-detail.js';
import { EVENT_SOURCE } from '../domain/event-routes.js';
import { emulatorOptions } from './emulator-options.js';

/** PutEvents failed or refused the entry; the webhook answers 500 so Stripe retries. */
export class PublishError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishError';
  }
}

/** EventBridge's limit for one PutEvents entry. */
export const MAX_ENTRY_BYTES = 256 * 1024;

export interface EventPublisher {
  /** Puts the event (or the claim check standing for it) on the bus; throws PublishError. */
  publish(detail: EventDetail): Promise<void>;
}

/** Where an oversized event is stored before its claim check is published. */
type StoreOversizedEvent = (event: Stripe.Event) => Promise<void>;

/**
 * Size of an entry as EventBridge counts it: the UTF-8 bytes of Source, DetailType and Detail
 * (plus Time and Resources, which we do not set: 14 bytes are reserved for Time anyway).
 */
export function entrySize(source: string, detailType: string, detail: string): number {
  return 14 + Buffer.byteLength(source, 'utf8') + Buffer.byteLength(detailType, 'utf8') + Buffer.byteLength(detail, 'utf8');
}

/**
 * `storeOversized` keeps an event whose entry would exceed MAX_ENTRY_BYTES; without it such an
 * event is refused (PublishError).
 */
export function createEventPublisher(
  client: EventBridgeClient,
  eventBusName: string,
  storeOversized?: StoreOversizedEvent,
): EventPublisher {
  return {
    async publish(original) {
      let event = original;
      let detail = JSON.stringify(event);
      const size = entrySize(EVENT_SOURCE, event.type, detail);
      if (size > MAX_ENTRY_BYTES && !isClaimCheck(event)) {
        if (!storeOversized) {
          throw new PublishError(`event ${event.id} is ${size} bytes, over EventBridge's ${MAX_ENTRY_BYTES}-byte entry limit`);
        }
        try {
          await storeOversized(event);
        } catch (cause) {
          throw new PublishError(`event ${event.id} is ${size} bytes and could not be stored for its claim check`, { cause });
        }
        event = claimCheckOf(event);
        detail = JSON.stringify(event);
      }
      let failed: number;
      let reason = '';
      try {
        const result = await client.send(
          new PutEventsCommand({
            Entries: [{ EventBusName: eventBusName, Source: EVENT_SOURCE, DetailType: event.type, Detail: detail }],
          }),
        );
        failed = result.FailedEntryCount ?? 0;
        const entry = result.Entries?.[0];
        if (entry?.ErrorCode) reason = `${entry.ErrorCode}: ${entry.ErrorMessage ?? ''}`;
      } catch (cause) {
        throw new PublishError(`PutEvents failed for ${event.id}`, { cause });
      }
      if (failed > 0) throw new PublishError(`EventBridge refused ${event.id}${reason ? ` (${reason})` : ''}`);
    },
  };
}

/** The EventBridge client; offline/local stages point it at the emulator with dummy credentials. */
export function createEventBridgeClient(config: Pick<WebhookConfig, 'eventBridgeEndpoint' | 'region'>): EventBridgeClient {
  return new EventBridgeClient({ region: config.region, maxAttempts: 2, ...emulatorOptions(config.eventBridgeEndpoint) });
}

let publisher: EventPublisher | undefined;

/** The container's publisher, built on first use. */
export function getEventPublisher(storeOversized: StoreOversizedEvent): EventPublisher {
  if (!publisher) {
    const config = webhookConfig();
    publisher = createEventPublisher(createEventBridgeClient(config), config.eventBusName, storeOversized);
  }
  return publisher;
}
