import { parseArgs } from 'node:util';
import { DEV_PORTS, devSecretsFile, loadDevSecrets } from '@issuing/dev-defaults';
import { SimulatorUsageError } from './errors.js';
import { errorMessage } from '@issuing/kernel';

export const DEFAULT_WEBHOOK_URL = `http://127.0.0.1:${DEV_PORTS.webhook}/stripe-event`;

export interface SimulateOptions {
  /** Webhook endpoint (`POST`). */
  url: string;
  /** Signing secret (`whsec_…`). */
  secret: string;
  /** Number of card stories (one cardholder each). */
  stories: number;
  /** Authorizations per card in each story. */
  authorizationsPerCard: number;
  /** Makes the traffic reproducible (same ids). */
  seed: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Share of events delivered twice (0–1). */
  duplicates: number;
  /** Per-request timeout. */
  timeoutMs: number;
}

export interface CliOptions extends SimulateOptions {
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run simulate -- [options]

Posts realistic, correctly signed Stripe Issuing webhook traffic (cardholders, cards,
authorization requests, approvals and declines, captures, partial captures, refunds,
reversals, expiries) with some duplicates and out-of-order deliveries.

Options:
  --url <url>            webhook endpoint (default ${DEFAULT_WEBHOOK_URL})
  --secret <whsec_...>   signing secret (default: $STRIPE_WEBHOOK_SECRET, else the one npm start
                         generated in .data/dev-secrets.json)
  --stories <n>          card stories, one cardholder each (default 5)
  --authorizations <n>   authorizations per card (default 10)
  --seed <text>          reproducible traffic (default: a new seed per run)
  --concurrency <n>      requests in flight (default 8)
  --duplicates <rate>    share of events delivered twice, 0..1 (default 0.05)
  --json                 print the summary as JSON
  --help                 show this help
`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new SimulatorUsageError(`--${name} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return parsed;
}

/**
 * Parses the command line and the environment (STRIPE_WEBHOOK_SECRET, DEV_SECRETS_FILE) into
 * validated options; without --secret or STRIPE_WEBHOOK_SECRET the secret is the generated dev one.
 * `now` seeds runs without --seed, so each run sends new objects.
 */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv, now: number): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        secret: { type: 'string' },
        stories: { type: 'string' },
        authorizations: { type: 'string' },
        seed: { type: 'string' },
        concurrency: { type: 'string' },
        duplicates: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const message = errorMessage(error).split('\n')[0];
    throw new SimulatorUsageError(`${message} (see --help)`);
  }

  const url = values.url ?? DEFAULT_WEBHOOK_URL;
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new SimulatorUsageError(`--url is not a valid URL: "${url}"`);
  }
  if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:') {
    throw new SimulatorUsageError(`--url must be http:// or https://, got "${url}"`);
  }
  const duplicates = values.duplicates === undefined ? 0.05 : Number(values.duplicates);
  if (!(duplicates >= 0 && duplicates <= 1)) {
    throw new SimulatorUsageError(`--duplicates must be a number from 0 to 1, got "${values.duplicates ?? ''}"`);
  }
  const stories = integer('stories', values.stories, 5, 1, 10_000);
  const authorizationsPerCard = integer('authorizations', values.authorizations, 10, 0, 10_000);
  const concurrency = integer('concurrency', values.concurrency, 8, 1, 256);
  // Last, so a bad flag never creates the dev secrets file.
  const secret = values.secret ?? (env.STRIPE_WEBHOOK_SECRET?.trim() || loadDevSecrets(devSecretsFile(env)).webhookSecret);
  if (!secret.startsWith('whsec_')) throw new SimulatorUsageError('the signing secret must start with whsec_');
  return {
    url,
    secret,
    stories,
    authorizationsPerCard,
    seed: values.seed ?? `run-${now}`,
    concurrency,
    duplicates,
    timeoutMs: 10_000,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
