import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAuthorization, buildCard, buildCardholder, buildEvent, buildTransaction } from '@issuing/stripe-fixtures';
import pg from 'pg';
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { z } from 'zod';
import { EVENT_ROUTES, planProjections, type ProjectionPlan } from '../../src/domain/index.js';
import { SERVICE_DIR } from '../../src/offline/paths.js';
import { PERSIST_FUNCTIONS, UnroutedEventError } from '../../src/persistence/index.js';

// CloudFormation short forms appear in serverless.yml; read them as plain values.
const cloudFormationTags: Tags = ['!GetAtt', '!Ref', '!Sub', '!Join', '!ImportValue'].map((tag) => ({
  tag,
  resolve: (value: string) => ({ [tag]: value }),
}));

// The part of serverless.yml these tests read, validated rather than cast.
const eventBridgeSubscription = z.object({
  pattern: z.object({ source: z.array(z.string()).optional(), 'detail-type': z.array(z.string()).optional() }).optional(),
  retryPolicy: z.object({ maximumRetryAttempts: z.number().optional() }).optional(),
  deadLetterQueueArn: z.unknown(),
});
type EventBridgeSubscription = z.infer<typeof eventBridgeSubscription>;

const serverlessYml = z.object({
  functions: z.record(
    z.string(),
    z.object({
      handler: z.string(),
      events: z.array(z.object({ eventBridge: eventBridgeSubscription.optional() })).optional(),
      destinations: z.object({ onFailure: z.unknown() }).optional(),
      maximumRetryAttempts: z.number().optional(),
    }),
  ),
});

function readServerlessYml(): z.infer<typeof serverlessYml> {
  const document: unknown = parse(readFileSync(path.join(SERVICE_DIR, 'serverless.yml'), 'utf8'), { customTags: cloudFormationTags });
  return serverlessYml.parse(document);
}

function subscriptionsOf(functionName: string): EventBridgeSubscription[] {
  const definition = readServerlessYml().functions[functionName];
  return (definition?.events ?? []).flatMap((event) => (event.eventBridge ? [event.eventBridge] : []));
}

describe('EventBridge rules match the handlers', () => {
  it('every routed function has exactly one rule, on source stripe, whose detail-types equal its routing table', () => {
    for (const [functionName, route] of Object.entries(EVENT_ROUTES)) {
      const subscriptions = subscriptionsOf(functionName);
      expect(subscriptions, functionName).toHaveLength(1);
      const pattern = subscriptions[0]?.pattern;
      expect(pattern?.source, functionName).toEqual(['stripe']);
      if (route === '*') expect(pattern?.['detail-type'], functionName).toBeUndefined();
      else expect([...(pattern?.['detail-type'] ?? [])].sort(), functionName).toEqual([...route].sort());
    }
  });

  it('no function outside the routing table listens to the bus', () => {
    const functions = readServerlessYml().functions;
    const subscribed = Object.keys(functions).filter((name) => subscriptionsOf(name).length > 0);
    expect(subscribed.sort()).toEqual(Object.keys(EVENT_ROUTES).sort());
  });

  it('every rule target has a retry policy and a dead-letter queue, every function an on-failure destination', () => {
    const functions = readServerlessYml().functions;
    for (const functionName of Object.keys(EVENT_ROUTES)) {
      const [subscription] = subscriptionsOf(functionName);
      expect(subscription?.retryPolicy?.maximumRetryAttempts, functionName).toBeGreaterThan(0);
      expect(subscription?.deadLetterQueueArn, functionName).toBeDefined();
      expect(functions[functionName]?.destinations?.onFailure, functionName).toBeDefined();
      expect(functions[functionName]?.maximumRetryAttempts, functionName).toBeGreaterThanOrEqual(0);
    }
  });

  it('each routed event type produces rows for the function that subscribes to it', () => {
    const checks: [string, readonly string[], (plan: ProjectionPlan) => number][] = [
      ['persistCardholdersCards', EVENT_ROUTES.persistCardholdersCards, (plan) => plan.cardholders.length + plan.cards.length],
      ['persistAuthorizations', EVENT_ROUTES.persistAuthorizations, (plan) => plan.authorizations.length],
      ['persistTransactions', EVENT_ROUTES.persistTransactions, (plan) => plan.transactions.length],
    ];
    for (const [functionName, route, count] of checks) {
      for (const type of route) {
        expect(count(planProjections(sampleEvent(type))), `${functionName} ${type}`).toBeGreaterThan(0);
      }
    }
  });

  it('a persistence function refuses an event type it is not subscribed to, before touching the database', async () => {
    // Prepare: a pool that would fail loudly if it were used.
    const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 200 });
    const cardholderEvent = buildEvent('issuing_cardholder.created', buildCardholder(), { id: 'evt_1Unrouted', created: 1780272000 });

    // Act / Assert
    await expect(PERSIST_FUNCTIONS.persistTransactions(pool, cardholderEvent)).rejects.toBeInstanceOf(UnroutedEventError);
    await expect(PERSIST_FUNCTIONS.persistAuthorizations(pool, cardholderEvent)).rejects.toBeInstanceOf(UnroutedEventError);
    await pool.end();
  });
});

function sampleEvent(type: string): Stripe.Event {
  const options = { id: `evt_1Sample${type.replace(/\W/g, '')}`, created: 1780272000 };
  switch (type) {
    case 'issuing_cardholder.created':
    case 'issuing_cardholder.updated':
      return buildEvent(type, buildCardholder(), options);
    case 'issuing_card.created':
    case 'issuing_card.updated':
      return buildEvent(type, buildCard(), options);
    case 'issuing_authorization.request':
    case 'issuing_authorization.created':
    case 'issuing_authorization.updated':
      return buildEvent(type, buildAuthorization(), options);
    case 'issuing_transaction.created':
    case 'issuing_transaction.updated':
      return buildEvent(type, buildTransaction(), options);
    default:
      throw new Error(`no sample for ${type}`);
  }
}
