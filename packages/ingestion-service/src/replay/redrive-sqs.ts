/**
 * AWS: moves the messages of a dead-letter queue back onto the bus. Rule DLQ messages are the
 * EventBridge event itself; Lambda on-failure destination records carry it in `requestPayload`.
 * A message is deleted only after PutEvents accepted its event.
 */
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EventPublisher } from '../adapters/event-publisher.js';
import { asEventDetail, type EventDetail } from '../domain/event-detail.js';
import type { Logger } from '../logger.js';
import { isRecord } from '@issuing/kernel';

export interface RedriveOutcome {
  redriven: number;
  failed: number;
}

/** The Stripe event (or its claim check) inside a DLQ message body (rule DLQ or Lambda destination record). */
export function eventDetailOfMessage(body: string): EventDetail {
  const parsed: unknown = JSON.parse(body);
  const envelope = isRecord(parsed) && isRecord(parsed.requestPayload) ? parsed.requestPayload : parsed;
  const detail = isRecord(envelope) ? envelope.detail : undefined;
  return asEventDetail(detail, 'dead-letter message');
}

export async function redriveSqsQueue(
  sqs: SQSClient,
  queueUrl: string,
  publisher: EventPublisher,
  log: Logger,
): Promise<RedriveOutcome> {
  const outcome: RedriveOutcome = { redriven: 0, failed: 0 };
  const seen = new Set<string>();
  for (;;) {
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 60 }),
    );
    const messages = received.Messages ?? [];
    // A message that failed becomes visible again after the timeout; stop instead of looping.
    const fresh = messages.filter((message) => message.MessageId !== undefined && !seen.has(message.MessageId));
    if (fresh.length === 0) break;
    for (const message of fresh) {
      if (message.MessageId) seen.add(message.MessageId);
      try {
        const event = eventDetailOfMessage(message.Body ?? '');
        await publisher.publish(event);
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
        outcome.redriven += 1;
        log.info('dead-letter message put back on the bus', { message_id: message.MessageId, stripe_event_id: event.id });
      } catch (error) {
        outcome.failed += 1;
        log.error('dead-letter message not redriven; kept in the queue', { message_id: message.MessageId, error });
      }
    }
  }
  return outcome;
}
