/**
 * Where a stage's stack lives: the `local` stage in LocalStack (dummy credentials, its endpoint),
 * every other stage in AWS with the default credential chain, checked up front.
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CliError } from './cli-error.js';

const SERVICE_NAME = 'issuing-ingestion';

export interface AwsTarget {
  stage: string;
  region: string;
  /** LocalStack's endpoint for the local stage; undefined for AWS. */
  endpoint: string | undefined;
}

export function awsTarget(stage: string, localStackEndpoint: string, env: NodeJS.ProcessEnv = process.env): AwsTarget {
  const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || 'eu-west-1';
  return { stage, region, endpoint: stage === 'local' ? localStackEndpoint : undefined };
}

function clientOptions(target: AwsTarget) {
  return target.endpoint === undefined
    ? { region: target.region }
    : { region: target.region, endpoint: target.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
}

export interface AwsClients {
  cloudFormation: CloudFormationClient;
  secretsManager: SecretsManagerClient;
}

export function awsClients(target: AwsTarget): AwsClients {
  // The SDK's multi-line notice about future Node versions would break the one-line contract
  // of these scripts' errors; it says nothing about this run.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return { cloudFormation: new CloudFormationClient(clientOptions(target)), secretsManager: new SecretsManagerClient(clientOptions(target)) };
}

/** For a real AWS stage: fails with one line when no credentials can be found. */
export async function requireAwsCredentials(clients: AwsClients, target: AwsTarget): Promise<void> {
  if (target.endpoint !== undefined) return;
  try {
    await clients.secretsManager.config.credentials();
  } catch (cause) {
    throw new CliError('no AWS credentials found: set AWS_PROFILE (after `aws sso login`) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY', { cause });
  }
}

/** The stack's outputs (WebhookUrl, StripeWebhookSecretArn, ...), or a one-line error if it is not deployed. */
export async function stackOutputs(clients: AwsClients, target: AwsTarget): Promise<Record<string, string>> {
  const stackName = `${SERVICE_NAME}-${target.stage}`;
  let stack;
  try {
    [stack] = (await clients.cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks ?? [];
  } catch (cause) {
    const where = target.endpoint ?? `region ${target.region}`;
    throw new CliError(`stack ${stackName} is not deployed (${where}): deploy it first (\`npm run stripe-sls-system\` for LocalStack, \`npx serverless deploy --stage ${target.stage}\` for AWS)`, { cause });
  }
  const outputs: Record<string, string> = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey && output.OutputValue) outputs[output.OutputKey] = output.OutputValue;
  }
  return outputs;
}
