/**
 * The `functions` block of serverless.yml, generated from the routing table (EVENT_ROUTES) so
 * that each persistence function is written once and subscribes to exactly the event types its
 * handler accepts. serverless.yml loads it through functions.cjs.
 */
import { EVENT_ROUTES, EVENT_SOURCE, type RoutedFunctionName } from '../src/domain/event-routes.js';

/** serverless.yml's `param:kind`: offline (serverless offline), local (LocalStack), aws. */
export type StageKind = 'offline' | 'local' | 'aws';

export interface FunctionSettings {
  kind: StageKind;
  /** The resolved `custom.environments.<kind>` block. */
  environment: { webhook: Record<string, unknown>; persistence: Record<string, unknown> };
  /** AWS: connections the persistence functions may hold in total (pool size 1 each). */
  databaseConnections?: number;
  /** AWS: both set, or neither (then the functions run outside a VPC). */
  vpc?: { subnetIds: string[]; securityGroupIds: string[] };
}

/** Invalid parameters for a stage; serverless prints the message and exits non-zero. */
export class DeployParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployParameterError';
  }
}

const DESCRIPTIONS: Record<RoutedFunctionName, string> = {
  recordEvent: 'Appends every Stripe event to stripe_events (deduplicated on the event id)',
  persistCardholdersCards: "Cardholders and cards (a card's embedded cardholder too), linked users",
  persistAuthorizations: 'Authorizations (request snapshots ranked below created/updated)',
  persistTransactions: 'Transactions (captures negative, refunds positive)',
};

/** Lambda's own async retries (0-2) and event age before the on-failure destination. */
const LAMBDA_RETRIES = 2;
const LAMBDA_MAX_EVENT_AGE_S = 21_600;
/** EventBridge's retry policy for handing an event to Lambda (the classic rule's maximums). */
const RULE_RETRIES = 185;
const RULE_MAX_EVENT_AGE_S = 86_400;

const FUNCTION_NAMES = Object.keys(EVENT_ROUTES).filter((name): name is RoutedFunctionName => name in EVENT_ROUTES);

function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The EventBridge pattern for a routed function: source stripe, and its detail-types unless '*'. */
function eventPatternOf(name: RoutedFunctionName): { source: string[]; 'detail-type'?: string[] } {
  const route = EVENT_ROUTES[name];
  return route === '*' ? { source: [EVENT_SOURCE] } : { source: [EVENT_SOURCE], 'detail-type': [...route] };
}

/** Reserved concurrency per persistence function: the connection budget shared equally. */
export function reservedConcurrencyPerFunction(databaseConnections: number): number {
  if (!Number.isInteger(databaseConnections) || databaseConnections < FUNCTION_NAMES.length) {
    throw new DeployParameterError(
      `databaseConnections must be an integer of at least ${FUNCTION_NAMES.length} (one connection per persistence function), got ${databaseConnections}`,
    );
  }
  return Math.floor(databaseConnections / FUNCTION_NAMES.length);
}

export function serverlessFunctions(settings: FunctionSettings): Record<string, Record<string, unknown>> {
  const functions: Record<string, Record<string, unknown>> = {
    webhook: {
      handler: 'src/handlers/webhook.handler',
      description: 'Verifies Stripe webhooks, answers real-time authorization requests, publishes to EventBridge',
      role: 'WebhookRole',
      environment: settings.environment.webhook,
      // In the database's VPC too: an oversized event's claim check stores it (see README).
      ...(settings.kind === 'aws' && settings.vpc ? { vpc: settings.vpc } : {}),
      events: [{ http: { path: 'stripe-event', method: 'post' } }],
    },
  };
  if (settings.kind === 'aws') {
    for (const [variable, parameter] of [['DATABASE_HOST', 'databaseHost'], ['DATABASE_SECRET_ID', 'databaseSecretArn']] as const) {
      const value = settings.environment.persistence[variable];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new DeployParameterError(`the AWS stage needs --param="${parameter}=…" (see README, "On AWS")`);
      }
    }
  }
  const concurrency = settings.kind === 'aws' && settings.databaseConnections !== undefined
    ? reservedConcurrencyPerFunction(settings.databaseConnections)
    : undefined;
  for (const name of FUNCTION_NAMES) {
    functions[name] = {
      // Offline, the same handlers wrapped in the local dead-letter store (src/offline).
      handler: settings.kind === 'offline' ? `src/offline/persistence-handlers.${name}` : `src/handlers/${kebabCase(name)}.handler`,
      description: DESCRIPTIONS[name],
      role: 'PersistenceRole',
      environment: settings.environment.persistence,
      maximumRetryAttempts: LAMBDA_RETRIES,
      maximumEventAge: LAMBDA_MAX_EVENT_AGE_S,
      destinations: { onFailure: { type: 'sqs', arn: { 'Fn::GetAtt': ['FunctionFailureQueue', 'Arn'] } } },
      ...(concurrency === undefined ? {} : { reservedConcurrency: concurrency }),
      ...(settings.kind === 'aws' && settings.vpc ? { vpc: settings.vpc } : {}),
      events: [
        {
          eventBridge: {
            eventBus: { 'Fn::GetAtt': ['StripeEventBus', 'Name'] },
            pattern: eventPatternOf(name),
            retryPolicy: { maximumEventAge: RULE_MAX_EVENT_AGE_S, maximumRetryAttempts: RULE_RETRIES },
            deadLetterQueueArn: { 'Fn::GetAtt': ['RuleDeadLetterQueue', 'Arn'] },
          },
        },
      ],
    };
  }
  return functions;
}

/** A comma-separated parameter as a list ('' → empty). */
function listParameter(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** The VPC settings from the two parameters: both or neither. */
export function vpcFromParameters(subnetIds: string, securityGroupIds: string): FunctionSettings['vpc'] {
  const subnets = listParameter(subnetIds);
  const groups = listParameter(securityGroupIds);
  if (subnets.length === 0 && groups.length === 0) return undefined;
  if (subnets.length === 0 || groups.length === 0) {
    throw new DeployParameterError('set both vpcSubnetIds and vpcSecurityGroupIds (comma-separated), or neither');
  }
  return { subnetIds: subnets, securityGroupIds: groups };
}
