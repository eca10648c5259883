import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  API_VERSION,
  buildAuthorization,
  buildCard,
  buildCardholder,
  buildEvent,
  buildPendingRequest,
  cardSpendingControls,
  signedHeader,
} from '@issuing/stripe-fixtures';
import { mockClient } from 'aws-sdk-client-mock';
import Stripe from 'stripe';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEventPublisher, MAX_ENTRY_BYTES } from '../../src/adapters/event-publisher.js';
import { createSecretProvider } from '../../src/adapters/webhook-secret.js';
import type { ProxyRequest } from '../../src/domain/webhook-request.js';
import { createWebhookHandler } from '../../src/handlers/webhook.js';
import { createLogger } from '../../src/logger.js';

const SECRET = 'whsec_test_unit_secret_0123456789';
const OLD_SECRET = 'whsec_test_previous_secret_98765';
const BUS = 'issuing-test';
const region = 'eu-west-1';
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

const eventBridge = mockClient(EventBridgeClient);
const secretsManager = mockClient(SecretsManagerClient);

function makeHandler(options: { realtimePublishBudgetMs?: number; storeOversized?: (event: Stripe.Event) => Promise<void> } = {}) {
  const { storeOversized, ...handlerOptions } = options;
  const getSecret = createSecretProvider(
    { secret: { kind: 'secrets-manager', secretId: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:issuing/test' }, secretsManagerEndpoint: undefined, region },
    () => new SecretsManagerClient({ region, credentials }),
  );
  const publisher = createEventPublisher(new EventBridgeClient({ region, credentials }), BUS, storeOversized);
  const log = createLogger({}, { sink: () => undefined });
  return createWebhookHandler({ getSecret, getPublisher: () => publisher, log, ...handlerOptions });
}

function cardCreatedEvent(name = 'Jenny Rosen') {
  const card = buildCard({ id: 'ic_1Webhook', cardholder: buildCardholder({ id: 'ich_1Webhook', name }) });
  return buildEvent('issuing_card.created', card, { id: 'evt_1WebhookCard', created: Math.floor(Date.now() / 1000) });
}

/** Stripe sends pretty-printed JSON; the signature covers exactly these bytes. */
function stripeBody(event: unknown): string {
  return JSON.stringify(event, null, 2);
}

function post(body: string, headers: Record<string, string> = {}, extra: Partial<ProxyRequest> = {}): ProxyRequest {
  return { body, isBase64Encoded: false, headers, ...extra };
}

function signed(body: string, secret = SECRET, timestamp?: number): Record<string, string> {
  return { 'Stripe-Signature': signedHeader(body, secret, timestamp) };
}

function bodyOf(result: { body: string }): unknown {
  return JSON.parse(result.body);
}

beforeEach(() => {
  eventBridge.reset();
  secretsManager.reset();
  eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });
  secretsManager.on(GetSecretValueCommand).resolves({ SecretString: SECRET });
});

describe('webhook signature checks', () => {
  it('a correctly signed event is published to the bus as source stripe with its type as detail-type, and answered 200', async () => {
    // Prepare
    const event = cardCreatedEvent();
    const body = stripeBody(event);

    // Act
    const result = await makeHandler()(post(body, signed(body)));

    // Assert
    expect(result.statusCode).toBe(200);
    const calls = eventBridge.commandCalls(PutEventsCommand);
    expect(calls).toHaveLength(1);
    const entry = calls[0]?.args[0].input.Entries?.[0];
    expect(entry).toMatchObject({ EventBusName: BUS, Source: 'stripe', DetailType: 'issuing_card.created' });
    expect(JSON.parse(entry?.Detail ?? 'null')).toEqual(event);
  });

  it('a tampered body is rejected with 400 and nothing is published', async () => {
    const body = stripeBody(cardCreatedEvent());
    const tampered = body.replace('"last4": "4242"', '"last4": "0000"');
    expect(tampered).not.toBe(body);

    const result = await makeHandler()(post(tampered, signed(body)));

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({ error: 'invalid signature' });
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('the same JSON re-serialized differently is rejected with 400 (the signature covers the exact bytes)', async () => {
    const body = stripeBody(cardCreatedEvent());
    const reserialized = JSON.stringify(JSON.parse(body));

    const result = await makeHandler()(post(reserialized, signed(body)));

    expect(result.statusCode).toBe(400);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('a signature 301 s old is rejected as stale with 400 and nothing is published', async () => {
    const body = stripeBody(cardCreatedEvent());
    const timestamp = Math.floor(Date.now() / 1000) - 301;

    const result = await makeHandler()(post(body, signed(body, SECRET, timestamp)));

    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({ error: 'stale signature timestamp' });
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('a signature 299 s old is still accepted', async () => {
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, signed(body, SECRET, Math.floor(Date.now() / 1000) - 299)));
    expect(result.statusCode).toBe(200);
  });

  it('a request without Stripe-Signature is rejected with 400 and nothing is published', async () => {
    const result = await makeHandler()(post(stripeBody(cardCreatedEvent())));
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({ error: 'missing Stripe-Signature header' });
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('during a secret rotation a header with two v1 entries passes when only the second matches', async () => {
    // Prepare: Stripe signs with both secrets at the same timestamp; we only know the new one.
    const body = stripeBody(cardCreatedEvent());
    const timestamp = Math.floor(Date.now() / 1000);
    const oldSignature = signedHeader(body, OLD_SECRET, timestamp).split(',v1=')[1];
    const newSignature = signedHeader(body, SECRET, timestamp).split(',v1=')[1];
    const header = `t=${timestamp},v1=${oldSignature},v1=${newSignature}`;

    // Act
    const result = await makeHandler()(post(body, { 'Stripe-Signature': header }));

    // Assert
    expect(result.statusCode).toBe(200);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(1);
  });

  it('a non-ASCII body signed over its UTF-8 bytes passes and reaches the bus unchanged', async () => {
    const event = cardCreatedEvent('Zoë Müller – 東京');
    const body = stripeBody(event);

    const result = await makeHandler()(post(body, signed(body)));

    expect(result.statusCode).toBe(200);
    const detail = eventBridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0]?.Detail ?? '';
    expect(detail).toContain('Zoë Müller – 東京');
  });

  it('a base64 body passes when API Gateway marks it isBase64Encoded, and the same string without the flag fails', async () => {
    const body = stripeBody(cardCreatedEvent('Zoë Müller'));
    const headers = signed(body);
    const encoded = Buffer.from(body, 'utf8').toString('base64');

    const decoded = await makeHandler()(post(encoded, headers, { isBase64Encoded: true }));
    const literal = await makeHandler()(post(encoded, headers, { isBase64Encoded: false }));

    expect(decoded.statusCode).toBe(200);
    expect(literal.statusCode).toBe(400);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(1);
  });

  it('finds the header under a lower-case name (HTTP APIs lower-case header names)', async () => {
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, { 'stripe-signature': signedHeader(body, SECRET) }));
    expect(result.statusCode).toBe(200);
  });

  it('takes the single value of a multi-value header and refuses two different values', async () => {
    const body = stripeBody(cardCreatedEvent());
    const value = signedHeader(body, SECRET);
    const one = await makeHandler()(post(body, { 'Stripe-Signature': value }, { multiValueHeaders: { 'Stripe-Signature': [value] } }));
    const two = await makeHandler()(post(body, {}, { multiValueHeaders: { 'stripe-signature': [value, signedHeader(body, OLD_SECRET)] } }));
    expect(one.statusCode).toBe(200);
    expect(two.statusCode).toBe(400);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(1);
  });

  it('a secret stored with surrounding whitespace still verifies (trimmed when loaded)', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: `  ${SECRET}\n` });
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(200);
  });

  it('a correctly signed body that is not JSON is rejected with 400 as unparsable', async () => {
    const body = '{"id": "evt_1", not json';
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toEqual({ error: 'unparsable body' });
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('an empty body is rejected with 400', async () => {
    const result = await makeHandler()(post('', signed('')));
    expect(result.statusCode).toBe(400);
  });

  it('fetches the secret from Secrets Manager once per container', async () => {
    const handler = makeHandler();
    const body = stripeBody(cardCreatedEvent());
    await handler(post(body, signed(body)));
    await handler(post(body, signed(body)));
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });
});

describe('webhook status contract', () => {
  it('answers 500 when EventBridge reports a failed entry, so Stripe retries', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' }] });
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(500);
  });

  it('answers 500 when PutEvents throws', async () => {
    eventBridge.on(PutEventsCommand).rejects(new Error('ThrottlingException'));
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(500);
  });

  function oversizedCardEvent() {
    const base = cardCreatedEvent();
    const card = { ...base.data.object, metadata: { note: 'x'.repeat(MAX_ENTRY_BYTES) } };
    return { ...base, data: { object: card } };
  }

  it('stores an event over the 256 KB entry limit first, then publishes a small claim check with its detail-type', async () => {
    // Prepare
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'eb-1' }] });
    const stored: Stripe.Event[] = [];
    const event = oversizedCardEvent();
    const body = JSON.stringify(event);

    // Act
    const result = await makeHandler({ storeOversized: async (verified) => { stored.push(verified); } })(post(body, signed(body)));

    // Assert
    expect(result.statusCode).toBe(200);
    expect(stored.map((verified) => JSON.stringify(verified))).toEqual([body]);
    const entries = eventBridge.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries?.[0]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.DetailType).toBe('issuing_card.created');
    expect(JSON.parse(entries[0]?.Detail ?? '')).toEqual({
      object: 'stripe_event_claim_check', id: event.id, type: 'issuing_card.created', created: event.created,
    });
  });

  it('answers 500 without calling PutEvents when an oversized event cannot be stored, so Stripe retries', async () => {
    const body = JSON.stringify(oversizedCardEvent());
    const result = await makeHandler({ storeOversized: () => Promise.reject(new Error('database unavailable')) })(post(body, signed(body)));
    expect(result.statusCode).toBe(500);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('answers 500 without calling PutEvents for an oversized event when there is nowhere to store it', async () => {
    const body = JSON.stringify(oversizedCardEvent());
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(500);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('answers 500 (not 400) when the secret cannot be read, so Stripe retries', async () => {
    secretsManager.on(GetSecretValueCommand).rejects(new Error('AccessDeniedException'));
    const body = stripeBody(cardCreatedEvent());
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(500);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });
});

describe('real-time authorization requests', () => {
  function requestEvent(options: { cardStatus: 'active' | 'inactive'; category: string; blocked?: string[] }) {
    const card = buildCard({
      status: options.cardStatus,
      spending_controls: cardSpendingControls({ blockedCategories: options.blocked ?? [] }),
    });
    const base = buildAuthorization({ id: 'iauth_1Realtime', card, amount: 0, merchant_amount: 0, approved: false, pending_request: buildPendingRequest({ amount: 1500 }), request_history: [] });
    const authorization = { ...base, merchant_data: { ...base.merchant_data, category: options.category } };
    return buildEvent('issuing_authorization.request', authorization, { id: 'evt_1Realtime', created: Math.floor(Date.now() / 1000) });
  }

  it('approves synchronously with Stripe-Version and a JSON body, and publishes the request', async () => {
    const body = stripeBody(requestEvent({ cardStatus: 'active', category: 'book_stores' }));

    const result = await makeHandler()(post(body, signed(body)));

    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({ 'Stripe-Version': API_VERSION, 'Content-Type': 'application/json' });
    expect(bodyOf(result)).toEqual({ approved: true });
    expect(eventBridge.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0]?.DetailType).toBe('issuing_authorization.request');
  });

  it('declines a request on an inactive card', async () => {
    const body = stripeBody(requestEvent({ cardStatus: 'inactive', category: 'book_stores' }));
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ approved: false });
  });

  it("declines a request in a category the card's spending controls block", async () => {
    const body = stripeBody(requestEvent({ cardStatus: 'active', category: 'betting_casino_gambling', blocked: ['betting_casino_gambling'] }));
    const result = await makeHandler()(post(body, signed(body)));
    expect(bodyOf(result)).toEqual({ approved: false });
  });

  it('still answers the decision when publishing the request fails', async () => {
    eventBridge.on(PutEventsCommand).rejects(new Error('ServiceUnavailable'));
    const body = stripeBody(requestEvent({ cardStatus: 'active', category: 'book_stores' }));
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ approved: true });
  });

  it('answers the decision without waiting for a publish that hangs past its budget', async () => {
    // Prepare: EventBridge never answers.
    eventBridge.on(PutEventsCommand).callsFake(() => new Promise(() => undefined));
    const body = stripeBody(requestEvent({ cardStatus: 'inactive', category: 'book_stores' }));

    // Act
    const result = await makeHandler({ realtimePublishBudgetMs: 20 })(post(body, signed(body)));

    // Assert
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({ approved: false });
  });

  it("falls back to the SDK's pinned API version when the event has none", async () => {
    const body = stripeBody({ ...requestEvent({ cardStatus: 'active', category: 'book_stores' }), api_version: null });
    const result = await makeHandler()(post(body, signed(body)));
    expect(result.headers?.['Stripe-Version']).toBe(Stripe.API_VERSION);
  });

  it('a request with a bad signature gets 400, not a decision', async () => {
    const body = stripeBody(requestEvent({ cardStatus: 'active', category: 'book_stores' }));
    const result = await makeHandler()(post(body, signed(body, OLD_SECRET)));
    expect(result.statusCode).toBe(400);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });
});
