import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { buildCardholder, buildEvent } from '@issuing/stripe-fixtures';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEventPublisher } from '../../src/adapters/event-publisher.js';
import { createLogger } from '../../src/logger.js';
import { redriveSqsQueue, eventDetailOfMessage } from '../../src/replay/redrive-sqs.js';

const region = 'eu-west-1';
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const QUEUE = 'https://sqs.eu-west-1.amazonaws.com/000000000000/issuing-dev-rule-dlq';
const silent = createLogger({}, { sink: () => undefined });

const sqs = mockClient(SQSClient);
const eventBridge = mockClient(EventBridgeClient);

const stripeEvent = buildEvent('issuing_cardholder.created', buildCardholder(), { id: 'evt_1Redrive', created: 1780272000 });
const ruleDlqBody = JSON.stringify({ version: '0', id: 'eb-1', source: 'stripe', 'detail-type': stripeEvent.type, detail: stripeEvent });
const destinationBody = JSON.stringify({ version: '1.0', requestContext: { condition: 'RetriesExhausted' }, requestPayload: { source: 'stripe', detail: stripeEvent } });

function redrive() {
  const publisher = createEventPublisher(new EventBridgeClient({ region, credentials }), 'issuing-dev');
  return redriveSqsQueue(new SQSClient({ region, credentials }), QUEUE, publisher, silent);
}

beforeEach(() => {
  sqs.reset();
  eventBridge.reset();
  sqs.on(ReceiveMessageCommand)
    .resolvesOnce({ Messages: [{ MessageId: 'm1', ReceiptHandle: 'r1', Body: ruleDlqBody }, { MessageId: 'm2', ReceiptHandle: 'r2', Body: destinationBody }] })
    .resolves({ Messages: [] });
  sqs.on(DeleteMessageCommand).resolves({});
});

describe('redriving an SQS dead-letter queue onto the bus', () => {
  it('reads the Stripe event from a rule DLQ message and from a Lambda on-failure record', () => {
    expect(eventDetailOfMessage(ruleDlqBody).id).toBe('evt_1Redrive');
    expect(eventDetailOfMessage(destinationBody).id).toBe('evt_1Redrive');
  });

  it('puts each event back on the bus and deletes the message only afterwards', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'x' }] });

    const outcome = await redrive();

    expect(outcome).toEqual({ redriven: 2, failed: 0 });
    const entry = eventBridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    expect(entry).toMatchObject({ Source: 'stripe', DetailType: 'issuing_cardholder.created', EventBusName: 'issuing-dev' });
    expect(sqs.commandCalls(DeleteMessageCommand).map((call) => call.args[0].input.ReceiptHandle)).toEqual(['r1', 'r2']);
  });

  it('keeps a message in the queue when EventBridge refuses its event', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });

    const outcome = await redrive();

    expect(outcome).toEqual({ redriven: 0, failed: 2 });
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(0);
  });
});
