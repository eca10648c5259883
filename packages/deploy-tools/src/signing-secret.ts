/** Puts the Stripe signing secret into the Secrets Manager secret the webhook reads by reference. */
import { PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { type AwsClients, type AwsTarget, stackOutputs } from './aws-target.js';
import { CliError } from './cli-error.js';

const SIGNING_SECRET = /^whsec_[A-Za-z0-9]+$/;

export function requireSigningSecret(value: string): string {
  const secret = value.trim();
  if (!SIGNING_SECRET.test(secret)) throw new CliError('that is not a Stripe signing secret (whsec_ followed by letters and digits)');
  return secret;
}

/** Stores `secret` in the stack's StripeWebhookSecret; returns the secret's ARN. */
export async function storeSigningSecret(clients: AwsClients, target: AwsTarget, secret: string): Promise<string> {
  const arn = (await stackOutputs(clients, target)).StripeWebhookSecretArn;
  if (arn === undefined) throw new CliError(`stack issuing-ingestion-${target.stage} has no StripeWebhookSecretArn output: redeploy it with this version of serverless.yml`);
  try {
    await clients.secretsManager.send(new PutSecretValueCommand({ SecretId: arn, SecretString: requireSigningSecret(secret) }));
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError(`could not store the signing secret in ${arn}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return arn;
}
