/**
 * API Gateway POST /stripe-event: verify the signature over the raw body, publish the event to
 * EventBridge, answer. `issuing_authorization.request` is answered synchronously with the
 * real-time decision.
 */
import type { APIGatewayProxyResult } from 'aws-lambda';
import Stripe from 'stripe';
import { getEventPublisher, type EventPublisher } from '../adapters/event-publisher.js';
import { getPool } from '../adapters/pg-pool.js';
import { getWebhookSecret } from '../adapters/webhook-secret.js';
import { decideAuthorizationRequest } from '../domain/decide-authorization-request.js';
import { verifyStripeEvent, WebhookRejectedError } from '../domain/verify-signature.js';
import { readWebhookRequest, type ProxyRequest } from '../domain/webhook-request.js';
import { eventFields, logger, type Logger } from '../logger.js';
import { recordEvent } from '../persistence/record-event.js';

export interface WebhookDependencies {
  getSecret: () => Promise<string>;
  getPublisher: () => EventPublisher;
  log: Logger;
  /** Reference time for the signature's age, ms (tests). */
  now?: () => number;
  /**
   * How long an authorization request's answer may wait for its own publish, ms. Stripe allows
   * 2 s in total (cold start included); default 800.
   */
  realtimePublishBudgetMs?: number;
}

const PUBLISH_STILL_PENDING = Symbol('publish still pending');

/** Resolves with the publish outcome, or with PUBLISH_STILL_PENDING once `budgetMs` has passed. */
async function publishWithin(publish: Promise<void>, budgetMs: number): Promise<void | typeof PUBLISH_STILL_PENDING> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<typeof PUBLISH_STILL_PENDING>((resolve) => {
    timer = setTimeout(() => resolve(PUBLISH_STILL_PENDING), budgetMs);
  });
  try {
    return await Promise.race([publish, budget]);
  } finally {
    clearTimeout(timer);
  }
}

function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export function createWebhookHandler(deps: WebhookDependencies): (request: ProxyRequest) => Promise<APIGatewayProxyResult> {
  return async (request) => {
    let event: Stripe.Event;
    try {
      const { rawBody, signatureHeader } = readWebhookRequest(request);
      const secret = await deps.getSecret();
      event = verifyStripeEvent(rawBody, signatureHeader, secret, { receivedAtMs: deps.now?.() });
    } catch (error) {
      if (error instanceof WebhookRejectedError) {
        deps.log.warn('webhook rejected', { reason: error.reason });
        return json(400, { error: error.reason });
      }
      deps.log.error('webhook could not verify the request', { error });
      return json(500, { error: 'webhook is not able to verify requests right now' });
    }

    const log = deps.log.child(eventFields(event));

    if (event.type === 'issuing_authorization.request') {
      const decision = decideAuthorizationRequest(event.data.object);
      // The answer must not depend on the bus: Stripe waits at most 2 s and the decision needs
      // nothing from it. A failed or slow publish is logged and the decision is still returned;
      // nothing is lost that matters, because the request snapshot ranks lowest and the
      // authorization's created/updated events (ordinary, retried deliveries) carry the outcome.
      const publishing = deps.getPublisher().publish(event);
      try {
        const outcome = await publishWithin(publishing, deps.realtimePublishBudgetMs ?? 800);
        if (outcome === PUBLISH_STILL_PENDING) {
          log.warn('authorization request publish still pending; answering without waiting');
          publishing.catch((error: unknown) => log.error('authorization request not published', { error }));
        }
      } catch (error) {
        log.error('authorization request not published; answering anyway', { error });
      }
      log.info('authorization request answered', { approved: decision.approved, reason: decision.reason });
      return json(200, { approved: decision.approved }, {
        'Stripe-Version': event.api_version ?? Stripe.API_VERSION,
      });
    }

    try {
      await deps.getPublisher().publish(event);
    } catch (error) {
      // 500 makes Stripe retry; 2xx only once the event is safely on the bus.
      log.error('event not published', { error });
      return json(500, { error: 'could not forward the event; Stripe will retry' });
    }
    log.info('event published');
    return json(200, { received: true });
  };
}

/**
 * The claim check of an event too large for EventBridge: the webhook records it in stripe_events
 * itself (what recordEvent would do), so every function can read it back by id. Only such events
 * make the webhook open a database connection.
 */
async function storeOversizedEvent(event: Stripe.Event): Promise<void> {
  await recordEvent(await getPool(), event);
}

export const handler = createWebhookHandler({
  getSecret: getWebhookSecret,
  getPublisher: () => getEventPublisher(storeOversizedEvent),
  log: logger.child({ function: 'webhook' }),
});
