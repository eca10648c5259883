/**
 * `npm run stripe-sls-system`: the LocalStack + Stripe CLI path in one command. Checks Docker,
 * LocalStack and the Stripe CLI's login, deploys the serverless stack to LocalStack, stores the
 * CLI's signing secret (`stripe listen --print-secret`) in the stack's Secrets Manager secret,
 * then runs `stripe listen` forwarding Issuing events to the deployed webhook until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { AUTHORIZATION_EVENT_TYPES, CARDHOLDER_CARD_EVENT_TYPES, TRANSACTION_EVENT_TYPES } from '@issuing/ingestion-service/domain';
import { awsClients, awsTarget, stackOutputs } from '../aws-target.js';
import { CliError, runCli } from '../cli-error.js';
import { deployToLocalStack } from '../deploy-local.js';
import { readEnvFile } from '../env-file.js';
import { envFilePath } from '../paths.js';
import { localStackEndpoint, requireDocker, requireLocalStack, stripeListenSecret } from '../preflight.js';
import { storeSigningSecret } from '../signing-secret.js';

const ISSUING_EVENTS = [...CARDHOLDER_CARD_EVENT_TYPES, ...AUTHORIZATION_EVENT_TYPES, ...TRANSACTION_EVENT_TYPES];

/**
 * One unsigned request (answered 400) before forwarding: on first use LocalStack pulls the Lambda
 * runtime image, which can take longer than Stripe waits for an answer.
 */
async function warmUp(webhookUrl: string): Promise<void> {
  process.stdout.write('warming up the webhook (the first call makes LocalStack pull the nodejs22.x image)...\n');
  try {
    const response = await fetch(webhookUrl, { method: 'POST', body: '{}', signal: AbortSignal.timeout(180_000) });
    await response.arrayBuffer();
  } catch {
    process.stdout.write('the webhook did not answer yet; Stripe retries what it cannot deliver\n');
  }
}

runCli('stripe-sls-system', async () => {
  await requireDocker();
  const endpoint = localStackEndpoint();
  await requireLocalStack(endpoint);
  const signingSecret = await stripeListenSecret();
  const env = await readEnvFile(envFilePath());
  if (!env?.POSTGRES_PASSWORD) throw new CliError(`no POSTGRES_PASSWORD in ${envFilePath()}: run \`npm run docker-env\` and \`docker compose up -d --wait\` first`);

  const target = awsTarget('local', endpoint);
  await deployToLocalStack(env.POSTGRES_PASSWORD, target.region);
  const clients = awsClients(target);
  const outputs = await stackOutputs(clients, target);
  const webhookUrl = outputs.WebhookUrl;
  if (webhookUrl === undefined) throw new CliError('the deployed stack has no WebhookUrl output');
  const arn = await storeSigningSecret(clients, target, signingSecret);
  await warmUp(webhookUrl);

  process.stdout.write(
    [
      '',
      `webhook (LocalStack):        POST ${webhookUrl}`,
      `signing secret stored in:    ${arn}`,
      `dead-letter queues:          ${outputs.RuleDeadLetterQueueUrl ?? '?'} ${outputs.FunctionFailureQueueUrl ?? '?'}`,
      `inspect with:                awslocal --region ${target.region} cloudformation describe-stacks --stack-name issuing-ingestion-local`,
      'forwarding Issuing events with `stripe listen` (Ctrl-C stops it); trigger one with `stripe trigger issuing_authorization.request`',
      '',
    ].join('\n'),
  );
  const listen = spawn('stripe', ['listen', '--forward-to', webhookUrl, '--events', ISSUING_EVENTS.join(',')], { stdio: 'inherit' });
  // Ctrl-C reaches stripe too (same terminal); wait for it to finish instead of dying first.
  process.on('SIGINT', () => undefined);
  return new Promise<number>((resolve) => {
    listen.once('error', () => resolve(1));
    listen.once('exit', (code) => resolve(code ?? 0));
  });
});
