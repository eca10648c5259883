/**
 * The service's configuration: environment variables read once per container, validated here
 * and nowhere else. Each function type reads only the part it needs, so a persistence function
 * does not require the webhook's secret and vice versa.
 */
import { ConfigError } from '@issuing/kernel';
import { z } from 'zod';

type Env = Record<string, string | undefined>;

/** A required string variable; a missing one is reported as "is not set". */
const required = () => z.string({ error: (issue) => (issue.input === undefined ? 'is not set' : 'must be a string') }).trim();

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional())
  .optional();

const webhookSchema = z.discriminatedUnion('WEBHOOK_SECRET_SOURCE', [
  z.object({
    WEBHOOK_SECRET_SOURCE: z.literal('env'),
    // Trimmed at load time: an env file's trailing newline would otherwise break every check.
    STRIPE_WEBHOOK_SECRET: required().min(1, 'must not be empty'),
  }),
  z.object({
    WEBHOOK_SECRET_SOURCE: z.literal('secrets-manager'),
    STRIPE_WEBHOOK_SECRET_ID: required().min(1, 'must name a Secrets Manager secret (name or ARN)'),
  }),
]);

const webhookCommonSchema = z.object({
  EVENT_BUS_NAME: required().min(1, 'must not be empty'),
  EVENTBRIDGE_ENDPOINT: optionalUrl,
  SECRETS_MANAGER_ENDPOINT: optionalUrl,
  AWS_REGION: z.string().trim().min(1).default('eu-west-1'),
});

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const persistenceSchema = z.object({
  // Local stages give the URL itself; AWS stages the RDS-managed secret (user and password) and
  // where the database is (host, port, name), because such a secret holds no host.
  DATABASE_URL: optionalText,
  DATABASE_SECRET_ID: optionalText,
  DATABASE_HOST: optionalText,
  DATABASE_PORT: z.coerce.number().int().min(1).max(65535).default(5432),
  DATABASE_NAME: z.string().trim().min(1).default('postgres'),
  SECRETS_MANAGER_ENDPOINT: optionalUrl,
  AWS_REGION: z.string().trim().min(1).default('eu-west-1'),
  PG_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10000),
  // 1 on Lambda: a container runs one invocation at a time. The offline stage runs every
  // invocation of a function in one process (useInProcess), so it needs a few.
  PG_POOL_MAX: z.coerce.number().int().min(1).max(50).default(1),
});

/** Log levels, least severe first. */
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const logSchema = z.object({
  LOG_LEVEL: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional())
    .optional(),
});

const redriveSchema = z.object({
  EVENT_BUS_NAME: optionalText,
  EVENTBRIDGE_ENDPOINT: optionalUrl,
  AWS_REGION: z.string().trim().min(1).default('eu-west-1'),
});

const deadLetterSchema = z.object({
  DEAD_LETTER_DIR: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional(),
});

export type WebhookSecretSource =
  | { kind: 'env'; secret: string }
  | { kind: 'secrets-manager'; secretId: string };

export interface WebhookConfig {
  eventBusName: string;
  eventBridgeEndpoint: string | undefined;
  secretsManagerEndpoint: string | undefined;
  region: string;
  secret: WebhookSecretSource;
}

export type DatabaseSource =
  | { kind: 'url'; url: string }
  /** RDS: credentials from a Secrets Manager secret, TLS verified against the RDS CAs. */
  | { kind: 'rds-secret'; secretId: string; host: string; port: number; database: string };

export interface PersistenceConfig {
  database: DatabaseSource;
  secretsManagerEndpoint: string | undefined;
  region: string;
  connectionTimeoutMillis: number;
  statementTimeoutMillis: number;
  poolMax: number;
}

/** What `npm run replay -- --sqs-queue-url` needs to put dead letters back on the bus. */
interface RedriveConfig {
  /** The bus; `--event-bus` on the command line wins. */
  eventBusName: string | undefined;
  eventBridgeEndpoint: string | undefined;
  region: string;
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)
    .join('; ');
}

function parse<T>(schema: z.ZodType<T>, env: Env, what: string): T {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(`invalid ${what} configuration: ${describe(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Validates the webhook function's variables (pure; `webhookConfig()` caches it). */
export function loadWebhookConfig(env: Env): WebhookConfig {
  const common = parse(webhookCommonSchema, env, 'webhook');
  const source = parse(webhookSchema, env, 'webhook secret');
  return {
    eventBusName: common.EVENT_BUS_NAME,
    eventBridgeEndpoint: common.EVENTBRIDGE_ENDPOINT,
    secretsManagerEndpoint: common.SECRETS_MANAGER_ENDPOINT,
    region: common.AWS_REGION,
    secret:
      source.WEBHOOK_SECRET_SOURCE === 'env'
        ? { kind: 'env', secret: source.STRIPE_WEBHOOK_SECRET }
        : { kind: 'secrets-manager', secretId: source.STRIPE_WEBHOOK_SECRET_ID },
  };
}

/** Validates the persistence functions' variables (pure; `persistenceConfig()` caches it). */
export function loadPersistenceConfig(env: Env): PersistenceConfig {
  const parsed = parse(persistenceSchema, env, 'persistence');
  let database: DatabaseSource;
  if (parsed.DATABASE_URL !== undefined) database = { kind: 'url', url: parsed.DATABASE_URL };
  else if (parsed.DATABASE_SECRET_ID !== undefined) {
    if (parsed.DATABASE_HOST === undefined) {
      throw new ConfigError('invalid persistence configuration: DATABASE_HOST: is not set (DATABASE_SECRET_ID needs it)');
    }
    database = {
      kind: 'rds-secret',
      secretId: parsed.DATABASE_SECRET_ID,
      host: parsed.DATABASE_HOST,
      port: parsed.DATABASE_PORT,
      database: parsed.DATABASE_NAME,
    };
  } else throw new ConfigError('invalid persistence configuration: DATABASE_URL: is not set (nor DATABASE_SECRET_ID)');
  return {
    database,
    secretsManagerEndpoint: parsed.SECRETS_MANAGER_ENDPOINT,
    region: parsed.AWS_REGION,
    connectionTimeoutMillis: parsed.PG_CONNECTION_TIMEOUT_MS,
    statementTimeoutMillis: parsed.PG_STATEMENT_TIMEOUT_MS,
    poolMax: parsed.PG_POOL_MAX,
  };
}

/**
 * DEAD_LETTER_DIR, set only in the offline stage: failed deliveries are kept there (see
 * handlers/with-local-dead-letters.ts). Read on its own so that even a configuration error of
 * the persistence functions is dead-lettered.
 */
export function loadDeadLetterDir(env: Env): string | undefined {
  return parse(deadLetterSchema, env, 'dead-letter').DEAD_LETTER_DIR;
}

/** The redrive's variables (EVENT_BUS_NAME, EVENTBRIDGE_ENDPOINT, AWS_REGION), validated. */
export function loadRedriveConfig(env: Env): RedriveConfig {
  const parsed = parse(redriveSchema, env, 'redrive');
  return { eventBusName: parsed.EVENT_BUS_NAME, eventBridgeEndpoint: parsed.EVENTBRIDGE_ENDPOINT, region: parsed.AWS_REGION };
}

/** LOG_LEVEL (default info); ConfigError naming it when it is not a level. */
export function loadLogLevel(env: Env): LogLevel {
  return parse(logSchema, env, 'logging').LOG_LEVEL ?? 'info';
}

let webhook: WebhookConfig | undefined;
let persistence: PersistenceConfig | undefined;
let deadLetterDir: { value: string | undefined } | undefined;

/** The webhook configuration of this container, read from process.env on first use. */
export function webhookConfig(): WebhookConfig {
  webhook ??= loadWebhookConfig(process.env);
  return webhook;
}

/** The persistence configuration of this container, read from process.env on first use. */
export function persistenceConfig(): PersistenceConfig {
  persistence ??= loadPersistenceConfig(process.env);
  return persistence;
}

/** The local dead-letter directory of this container, if the stage keeps dead letters on disk. */
export function deadLetterDirConfig(): string | undefined {
  deadLetterDir ??= { value: loadDeadLetterDir(process.env) };
  return deadLetterDir.value;
}
