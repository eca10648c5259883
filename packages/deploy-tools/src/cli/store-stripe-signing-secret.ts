/**
 * `npm run store-stripe-signing-secret -- [whsec_…] [--stage local]`: puts a Stripe signing secret
 * into the deployed stack's StripeWebhookSecret. Without an argument it takes the Stripe CLI's own
 * (`stripe listen --print-secret`). Stage `local` is LocalStack; any other stage is AWS (your
 * credentials; region from AWS_REGION, default eu-west-1), where you pass the secret of the
 * endpoint registered in the Stripe Dashboard.
 */
import { parseArgs } from 'node:util';
import { awsClients, awsTarget, requireAwsCredentials } from '../aws-target.js';
import { CliError, runCli } from '../cli-error.js';
import { localStackEndpoint, requireLocalStack, stripeListenSecret } from '../preflight.js';
import { requireSigningSecret, storeSigningSecret } from '../signing-secret.js';

runCli('store-stripe-signing-secret', async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { stage: { type: 'string', default: 'local' } } });
  if (positionals.length > 1) throw new CliError('usage: npm run store-stripe-signing-secret -- [whsec_…] [--stage local]');
  const given = positionals[0];
  const target = awsTarget(values.stage, localStackEndpoint());
  const secret = given === undefined ? undefined : requireSigningSecret(given);
  if (target.endpoint !== undefined) await requireLocalStack(target.endpoint);
  const clients = awsClients(target);
  await requireAwsCredentials(clients, target);
  const arn = await storeSigningSecret(clients, target, secret ?? (await stripeListenSecret()));
  process.stdout.write(
    `stored the signing secret in ${arn}\n` +
      'webhook containers that already read the old value keep it until they are replaced (see README, "per-container secret cache")\n',
  );
  return 0;
});
