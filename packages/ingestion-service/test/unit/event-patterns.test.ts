import path from 'node:path';
import { buildAuthorization, buildCard, buildCardholder, buildEvent, buildTransaction } from '@issuing/stripe-fixtures';
import pg from 'pg';
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DeployParameterError, reservedConcurrencyPerFunction, serverlessFunctions, type StageKind, vpcFromParameters } from '../../deploy/functions.js';
import { EVENT_ROUTES, planProjections, type ProjectionPlan } from '../../src/domain/index.js';
import { SERVICE_DIR } from '../../src/offline/paths.js';
import { PERSIST_FUNCTIONS, UnroutedEventError } from '../../src/persistence/index.js';

const STAGES: StageKind[] = ['offline', 'local', 'aws'];
const environment = { webhook: {}, persistence: { DATABASE_HOST: 'db.internal', DATABASE_SECRET_ID: 'rds!db-1' } };

/** The handler a `module.export` string of serverless.yml names, loaded from the service folder. */
async function loadHandler(handler: string): Promise<unknown> {
  const dot = handler.lastIndexOf('.');
  const module: Record<string, unknown> = await import(path.join(SERVICE_DIR, `${handler.slice(0, dot)}.ts`));
  return module[handler.slice(dot + 1)];
}

describe('EventBridge rules match the handlers', () => {
  it('every routed function, and nothing else, listens to the bus on source stripe with exactly its routed detail-types', () => {
    for (const kind of STAGES) {
      const functions = serverlessFunctions({ kind, environment });
      const subscribed = Object.entries(functions).filter(([, definition]) => JSON.stringify(definition.events).includes('eventBridge'));
      expect(subscribed.map(([name]) => name).sort(), kind).toEqual(Object.keys(EVENT_ROUTES).sort());
      for (const [name, route] of Object.entries(EVENT_ROUTES)) {
        const expected = route === '*' ? { source: ['stripe'] } : { source: ['stripe'], 'detail-type': [...route] };
        expect(JSON.stringify(functions[name]?.events), `${kind} ${name}`).toContain(JSON.stringify({ pattern: expected }).slice(1, -1));
      }
    }
  });

  it('every handler named for every stage exists; only the offline stage uses the local dead-letter wrapper', async () => {
    for (const kind of STAGES) {
      for (const [name, definition] of Object.entries(serverlessFunctions({ kind, environment }))) {
        const handler = String(definition.handler);
        expect(typeof (await loadHandler(handler)), `${kind} ${name} ${handler}`).toBe('function');
        expect(handler.startsWith('src/offline/'), `${kind} ${name}`).toBe(kind === 'offline' && name !== 'webhook');
      }
    }
  });

  it('the AWS stage refuses missing database parameters and a VPC given by halves, naming the parameter', () => {
    expect(() => serverlessFunctions({ kind: 'aws', environment: { webhook: {}, persistence: { DATABASE_HOST: '', DATABASE_SECRET_ID: 'rds!db-1' } } })).toThrow(/databaseHost=/);
    expect(() => vpcFromParameters('subnet-1', '')).toThrow(DeployParameterError);
    expect(vpcFromParameters(' subnet-1, subnet-2 ', 'sg-1')).toEqual({ subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: ['sg-1'] });
    expect(vpcFromParameters('', '')).toBeUndefined();
    expect(() => reservedConcurrencyPerFunction(3)).toThrow(/databaseConnections/);
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
