/** Publishes verified Stripe events to the EventBridge bus. */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type Stripe from 'stripe';
import { webhookConfig, type WebhookConfig } from '../config.js';
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
  publish(event: Stripe.Event): Promise<void>;
}

/**
 * Size of an entry as EventBridge counts it: the UTF-8 bytes of Source, DetailType and Detail
 * (plus Time and Resources, which we do not set: 14 bytes are reserved for Time anyway).
 */
export function entrySize(source: string, detailType: string, detail: string): number {
  return 14 + Buffer.byteLength(source, 'utf8') + Buffer.byteLength(detailType, 'utf8') + Buffer.byteLength(detail, 'utf8');
}

export function createEventPublisher(client: EventBridgeClient, eventBusName: string): EventPublisher {
  return {
    async publish(event) {
      const detail = JSON.stringify(event);
      const size = entrySize(EVENT_SOURCE, event.type, detail);
      if (size > MAX_ENTRY_BYTES) {
        throw new PublishError(`event ${event.id} is ${size} bytes, over EventBridge's ${MAX_ENTRY_BYTES}-byte entry limit`);
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
export function getEventPublisher(): EventPublisher {
  if (!publisher) {
    const config = webhookConfig();
    publisher = createEventPublisher(createEventBridgeClient(config), config.eventBusName);
  }
  return publisher;
}
