/**
 * The webhook signing secret. In AWS it travels by reference (a Secrets Manager name or ARN in
 * serverless.yml) and is fetched once per container; only the offline stage reads it from
 * STRIPE_WEBHOOK_SECRET. Whitespace is trimmed (an env file's newline breaks every signature).
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { webhookConfig, type WebhookConfig } from '../config.js';
import { emulatorOptions } from './emulator-options.js';

/** The secret could not be obtained; the webhook answers 500 (nothing is wrong with the request). */
class WebhookSecretError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebhookSecretError';
  }
}

export type SecretProvider = () => Promise<string>;

export function createSecretProvider(
  config: Pick<WebhookConfig, 'secret' | 'secretsManagerEndpoint' | 'region'>,
  makeClient: () => SecretsManagerClient = () =>
    new SecretsManagerClient({ region: config.region, ...emulatorOptions(config.secretsManagerEndpoint) }),
): SecretProvider {
  const source = config.secret;
  if (source.kind === 'env') {
    const secret = source.secret.trim();
    return () => Promise.resolve(secret);
  }
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= (async () => {
      try {
        const result = await makeClient().send(new GetSecretValueCommand({ SecretId: source.secretId }));
        const value = result.SecretString?.trim();
        if (!value) throw new WebhookSecretError(`secret ${source.secretId} has no string value`);
        return value;
      } catch (cause) {
        if (cause instanceof WebhookSecretError) throw cause;
        throw new WebhookSecretError(`could not read secret ${source.secretId} from Secrets Manager`, { cause });
      }
    })();
    // A failed fetch is not cached: the next invocation tries again.
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
}

let provider: SecretProvider | undefined;

/** The container's secret provider (fetches at most once while it succeeds). */
export function getWebhookSecret(): Promise<string> {
  provider ??= createSecretProvider(webhookConfig());
  return provider();
}
