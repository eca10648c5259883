import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsClients, awsTarget } from '../src/aws-target.js';
import { CliError } from '../src/cli-error.js';
import { storeSigningSecret } from '../src/signing-secret.js';

const cloudFormation = mockClient(CloudFormationClient);
const secretsManager = mockClient(SecretsManagerClient);
const ARN = 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:StripeWebhookSecret-AbCdEf';

beforeEach(() => {
  cloudFormation.reset();
  secretsManager.reset();
});

describe('storing the signing secret', () => {
  it("puts it into the secret the stack's StripeWebhookSecretArn output names", async () => {
    // Prepare
    cloudFormation.on(DescribeStacksCommand, { StackName: 'issuing-ingestion-local' }).resolves({
      Stacks: [{ StackName: 'issuing-ingestion-local', CreationTime: new Date(), StackStatus: 'CREATE_COMPLETE', Outputs: [{ OutputKey: 'StripeWebhookSecretArn', OutputValue: ARN }] }],
    });
    secretsManager.on(PutSecretValueCommand).resolves({ ARN });
    const target = awsTarget('local', 'http://localhost:4566', {});

    // Act
    const stored = await storeSigningSecret(awsClients(target), target, 'whsec_0123456789abcdef');

    // Assert
    expect(stored).toBe(ARN);
    expect(secretsManager.commandCalls(PutSecretValueCommand).map((call) => call.args[0].input)).toEqual([{ SecretId: ARN, SecretString: 'whsec_0123456789abcdef' }]);
  });

  it('says the stack is not deployed, and writes nothing, when CloudFormation does not know it', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(new Error('Stack with id issuing-ingestion-prod does not exist'));
    const target = awsTarget('prod', 'http://localhost:4566', { AWS_REGION: 'us-east-1' });

    const attempt = storeSigningSecret(awsClients(target), target, 'whsec_0123456789abcdef');

    await expect(attempt).rejects.toThrow(CliError);
    await expect(attempt).rejects.toThrow('stack issuing-ingestion-prod is not deployed (region us-east-1)');
    expect(secretsManager.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });
});
