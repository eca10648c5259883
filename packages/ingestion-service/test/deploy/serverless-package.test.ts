/**
 * `serverless package` for the LocalStack (`local`) and AWS (`prod`) stages, offline (dummy
 * credentials, nothing is deployed), and the CloudFormation it generates: one package run per
 * stage, shared by every assertion below.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_ROUTES, EVENT_SOURCE } from '../../src/domain/index.js';
import { SERVICE_DIR } from '../../src/offline/paths.js';

const run = promisify(execFile);

type Json = Record<string, unknown>;

/** The parts of a CloudFormation template the assertions use. */
const templateSchema = z.object({
  Resources: z.record(z.string(), z.object({ Type: z.string(), Condition: z.string().optional(), Properties: z.record(z.string(), z.unknown()).default({}) })),
  Outputs: z.record(z.string(), z.object({ Value: z.unknown(), Condition: z.string().optional() })),
  Conditions: z.record(z.string(), z.unknown()).optional(),
});
type Template = z.infer<typeof templateSchema>;

const PROD_PARAMS = {
  databaseHost: 'issuing.proxy-abc123.eu-west-1.rds.amazonaws.com',
  databaseSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-0a1b2c-AbCdEf',
  vpcSubnetIds: 'subnet-0aaa,subnet-0bbb',
  vpcSecurityGroupIds: 'sg-0ccc',
  databaseConnections: '60',
};

let workDir: string;
const templates: Record<'local' | 'prod', Template> = { local: { Resources: {}, Outputs: {} }, prod: { Resources: {}, Outputs: {} } };

async function packageStage(stage: 'local' | 'prod', params: Record<string, string>): Promise<Template> {
  const out = path.join(workDir, stage);
  const args = ['serverless', 'package', '--stage', stage, '--package', out, ...Object.entries(params).map(([key, value]) => `--param=${key}=${value}`)];
  await run('npx', args, {
    cwd: SERVICE_DIR,
    timeout: 240_000,
    env: {
      ...process.env,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'packaging-only',
      AWS_SECRET_ACCESS_KEY: 'packaging-only',
      AWS_PROFILE: '',
      ESBUILD_WORK_FOLDER: path.join(workDir, `esbuild-${stage}`),
    },
  });
  return templateSchema.parse(JSON.parse(await readFile(path.join(out, 'cloudformation-template-update-stack.json'), 'utf8')));
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'sls-package-'));
  // One after the other: CI has two cores.
  templates.local = await packageStage('local', {});
  templates.prod = await packageStage('prod', PROD_PARAMS);
}, 300_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function ofType(template: Template, type: string) {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

function lambdaOf(template: Template, functionName: string) {
  const found = ofType(template, 'AWS::Lambda::Function').find(([, resource]) => String(resource.Properties.FunctionName).endsWith(`-${functionName}`));
  if (!found) throw new Error(`no Lambda function ${functionName}`);
  return found;
}

function getAtt(resource: string, attribute: string) {
  return { 'Fn::GetAtt': [resource, attribute] };
}

const ROUTED = Object.keys(EVENT_ROUTES);

describe.each(['local', 'prod'] as const)('serverless package --stage %s', (stage) => {
  it('every function runs on nodejs22.x, a runtime Lambda accepts for new functions', () => {
    const functions = ofType(templates[stage], 'AWS::Lambda::Function');
    expect(functions).toHaveLength(ROUTED.length + 1);
    for (const [, resource] of functions) expect(resource.Properties.Runtime).toBe('nodejs22.x');
  });

  it('POST /stripe-event is proxied to the webhook function', () => {
    const template = templates[stage];
    const [[resourceId, resource] = []] = ofType(template, 'AWS::ApiGateway::Resource');
    expect(resource?.Properties.PathPart).toBe('stripe-event');
    const methods = ofType(template, 'AWS::ApiGateway::Method');
    expect(methods).toHaveLength(1);
    const [[, method] = []] = methods;
    expect(method?.Properties).toMatchObject({ HttpMethod: 'POST', ResourceId: { Ref: resourceId }, Integration: { Type: 'AWS_PROXY' } });
    expect(JSON.stringify(method?.Properties.Integration)).toContain(JSON.stringify(getAtt(lambdaOf(template, 'webhook')[0], 'Arn')));
  });

  it('one rule per persistence function, on the stack bus, with exactly its routed event types, a retry policy and the rule DLQ', () => {
    const rules = ofType(templates[stage], 'AWS::Events::Rule');
    expect(rules).toHaveLength(ROUTED.length);
    for (const [name, route] of Object.entries(EVENT_ROUTES)) {
      const [logicalId] = lambdaOf(templates[stage], name);
      const matching = rules.filter(([, rule]) => JSON.stringify(rule.Properties.Targets).includes(JSON.stringify(getAtt(logicalId, 'Arn'))));
      expect(matching, name).toHaveLength(1);
      const [[, rule] = []] = matching;
      expect(rule?.Properties.EventBusName, name).toEqual(getAtt('StripeEventBus', 'Name'));
      expect(rule?.Properties.EventPattern, name).toEqual(route === '*' ? { source: [EVENT_SOURCE] } : { source: [EVENT_SOURCE], 'detail-type': [...route] });
      expect(rule?.Properties.Targets, name).toEqual([
        expect.objectContaining({
          RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86_400 },
          DeadLetterConfig: { Arn: getAtt('RuleDeadLetterQueue', 'Arn') },
        }),
      ]);
    }
  });

  it("every persistence function retries twice and then sends the event to the failure queue", () => {
    for (const name of ROUTED) {
      const [logicalId] = lambdaOf(templates[stage], name);
      const configs = ofType(templates[stage], 'AWS::Lambda::EventInvokeConfig').filter(([, config]) => JSON.stringify(config.Properties.FunctionName) === JSON.stringify({ Ref: logicalId }));
      expect(configs, name).toHaveLength(1);
      expect(configs[0]?.[1].Properties).toMatchObject({
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: getAtt('FunctionFailureQueue', 'Arn') } },
      });
    }
  });

  it('deployed handlers are the production ones, without the local dead-letter wrapper', () => {
    for (const name of ROUTED) expect(lambdaOf(templates[stage], name)[1].Properties.Handler, name).toMatch(/^src\/handlers\/[a-z-]+\.handler$/);
  });

  it('no IAM statement grants a wildcard action or a wildcard resource', () => {
    const statements: Json[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        if ('Effect' in value && 'Action' in value) statements.push(Object.fromEntries(Object.entries(value)));
        Object.values(value).forEach(collect);
      }
    };
    for (const [, role] of ofType(templates[stage], 'AWS::IAM::Role')) collect(role.Properties.Policies);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(JSON.stringify(statement.Action), JSON.stringify(statement)).not.toContain('*');
      expect(statement.Resource, JSON.stringify(statement)).not.toBe('*');
    }
  });

  it('the webhook secret has no fixed name, so a redeploy after a delete is not blocked', () => {
    const secrets = ofType(templates[stage], 'AWS::SecretsManager::Secret');
    expect(secrets.map(([id]) => id)).toEqual(['StripeWebhookSecret']);
    expect(secrets[0]?.[1].Properties).not.toHaveProperty('Name');
  });

  it('outputs the webhook URL, the webhook secret and both dead-letter queue URLs', () => {
    const outputs = templates[stage].Outputs;
    expect(outputs.RuleDeadLetterQueueUrl?.Value).toEqual({ Ref: 'RuleDeadLetterQueue' });
    expect(outputs.FunctionFailureQueueUrl?.Value).toEqual({ Ref: 'FunctionFailureQueue' });
    expect(outputs.StripeWebhookSecretArn?.Value).toEqual({ Ref: 'StripeWebhookSecret' });
    expect(JSON.stringify(outputs.WebhookUrl?.Value)).toContain(`/${stage}/`);
    expect(JSON.stringify(outputs.WebhookUrl?.Value)).toContain('stripe-event');
  });
});

describe('AWS stage (prod) with VPC parameters', () => {
  const prod = () => templates.prod;

  it('every function runs in the given subnets and security groups (the webhook stores oversized events itself)', () => {
    for (const name of [...ROUTED, 'webhook']) {
      expect(lambdaOf(prod(), name)[1].Properties.VpcConfig, name).toEqual({ SubnetIds: ['subnet-0aaa', 'subnet-0bbb'], SecurityGroupIds: ['sg-0ccc'] });
    }
  });

  it('the roles get the ENI permissions only when the VPC parameters are given', () => {
    for (const role of ['PersistenceRole', 'WebhookRole']) {
      const policies = JSON.stringify(prod().Resources[role]?.Properties.ManagedPolicyArns);
      expect(policies, role).toContain('AWSLambdaVPCAccessExecutionRole');
      expect(policies, role).toContain('InVpc');
    }
    expect(prod().Conditions?.InVpc).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [PROD_PARAMS.vpcSubnetIds, ''] }] });
    expect(templates.local.Conditions?.InVpc).toEqual({ 'Fn::Not': [{ 'Fn::Equals': ['', ''] }] });
  });

  it('the database is reached with the RDS secret plus host parameters, and only that secret is readable', () => {
    for (const name of [...ROUTED, 'webhook']) {
      expect(lambdaOf(prod(), name)[1].Properties.Environment, name).toEqual({
        Variables: expect.objectContaining({
          DATABASE_SECRET_ID: PROD_PARAMS.databaseSecretArn,
          DATABASE_HOST: PROD_PARAMS.databaseHost,
          DATABASE_PORT: '5432',
          DATABASE_NAME: 'postgres',
        }),
      });
      expect(lambdaOf(prod(), name)[1].Properties.Environment).not.toHaveProperty('Variables.DATABASE_URL');
    }
    expect(JSON.stringify(prod().Resources.PersistenceRole?.Properties.Policies)).toContain(JSON.stringify({ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: PROD_PARAMS.databaseSecretArn }));
  });

  it("reserved concurrency shares the database's connections among the four persistence functions", () => {
    for (const name of ROUTED) expect(lambdaOf(prod(), name)[1].Properties.ReservedConcurrentExecutions, name).toBe(15);
  });

  it('alarms on the depth of both dead-letter queues, to a topic that is an output', () => {
    const alarms = ofType(prod(), 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
    for (const queue of ['RuleDeadLetterQueue', 'FunctionFailureQueue']) {
      expect(alarms).toContainEqual(expect.objectContaining({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: getAtt(queue, 'QueueName') }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: 'DeadLetterAlarmTopic' }],
      }));
    }
    expect(prod().Outputs.DeadLetterAlarmTopicArn?.Value).toEqual({ Ref: 'DeadLetterAlarmTopic' });
  });

  it('archives every Stripe event on the bus for replays', () => {
    expect(prod().Resources.StripeEventArchive?.Properties).toMatchObject({
      SourceArn: getAtt('StripeEventBus', 'Arn'),
      EventPattern: { source: [EVENT_SOURCE] },
    });
    expect(prod().Conditions?.IsAws).toEqual({ 'Fn::Equals': ['aws', 'aws'] });
  });

  it('the webhook URL output is the API Gateway stage URL', () => {
    expect(prod().Outputs.WebhookUrl?.Value).toMatchObject({
      'Fn::If': ['IsAws', { 'Fn::Sub': 'https://${ApiGatewayRestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod/stripe-event' }, expect.anything()],
    });
  });
});

describe('AWS stage parameters', () => {
  it('a VPC given by halves is refused with one clear line and no stack trace', async () => {
    const attempt = run('npx', ['serverless', 'package', '--stage', 'prod', '--package', path.join(workDir, 'refused'),
      `--param=databaseHost=${PROD_PARAMS.databaseHost}`, `--param=databaseSecretArn=${PROD_PARAMS.databaseSecretArn}`, '--param=vpcSubnetIds=subnet-0aaa'], {
      cwd: SERVICE_DIR,
      timeout: 120_000,
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off', AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'packaging-only', AWS_SECRET_ACCESS_KEY: 'packaging-only' },
    });
    const outcome = await attempt.then(() => ({ failed: false, output: '' }), (error: { stdout?: string; stderr?: string }) => ({ failed: true, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }));
    expect(outcome.failed).toBe(true);
    expect(outcome.output).toContain('set both vpcSubnetIds and vpcSecurityGroupIds (comma-separated), or neither');
    expect(outcome.output).not.toMatch(/^\s+at /m);
  });
});

describe('LocalStack stage (local)', () => {
  it('AWS-only resources (archive, alarms) are off, and the functions talk to LocalStack and the compose database', () => {
    expect(templates.local.Conditions?.IsAws).toEqual({ 'Fn::Equals': ['local', 'aws'] });
    for (const id of ['StripeEventArchive', 'RuleDeadLetterQueueAlarm', 'FunctionFailureQueueAlarm', 'DeadLetterAlarmTopic']) {
      expect(templates.local.Resources[id]?.Condition, id).toBe('IsAws');
    }
    expect(lambdaOf(templates.local, 'webhook')[1].Properties.Environment).toMatchObject({
      Variables: { EVENTBRIDGE_ENDPOINT: 'http://localhost.localstack.cloud:4566', SECRETS_MANAGER_ENDPOINT: 'http://localhost.localstack.cloud:4566' },
    });
    expect(lambdaOf(templates.local, 'recordEvent')[1].Properties.Environment).toMatchObject({ Variables: { DATABASE_URL: expect.stringContaining('@postgres:5432/') } });
    expect(lambdaOf(templates.local, 'recordEvent')[1].Properties).not.toHaveProperty('ReservedConcurrentExecutions');
  });
});
