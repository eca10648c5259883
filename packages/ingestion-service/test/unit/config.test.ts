import { describe, expect, it } from 'vitest';
import { ConfigError } from '@issuing/kernel';
import { loadLogLevel, loadPersistenceConfig, loadRedriveConfig, loadWebhookConfig } from '../../src/config.js';

describe('configuration', () => {
  it('names a missing DATABASE_URL', () => {
    expect(() => loadPersistenceConfig({})).toThrowError(new ConfigError('invalid persistence configuration: DATABASE_URL: is not set (nor DATABASE_SECRET_ID)'));
  });

  it('the offline stage reads the signing secret from STRIPE_WEBHOOK_SECRET, trimmed', () => {
    const config = loadWebhookConfig({ EVENT_BUS_NAME: 'issuing-offline', WEBHOOK_SECRET_SOURCE: 'env', STRIPE_WEBHOOK_SECRET: 'whsec_dev_x\n' });
    expect(config.secret).toEqual({ kind: 'env', secret: 'whsec_dev_x' });
  });

  it('AWS stages take the secret by reference and ignore a stray STRIPE_WEBHOOK_SECRET', () => {
    const config = loadWebhookConfig({
      EVENT_BUS_NAME: 'issuing-dev',
      WEBHOOK_SECRET_SOURCE: 'secrets-manager',
      STRIPE_WEBHOOK_SECRET_ID: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:issuing/dev/stripe-webhook-secret',
      STRIPE_WEBHOOK_SECRET: 'whsec_should_not_be_used',
    });
    expect(config.secret).toEqual({ kind: 'secrets-manager', secretId: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:issuing/dev/stripe-webhook-secret' });
  });

  it('refuses a secrets-manager source without a secret reference', () => {
    expect(() => loadWebhookConfig({ EVENT_BUS_NAME: 'b', WEBHOOK_SECRET_SOURCE: 'secrets-manager' })).toThrow(/STRIPE_WEBHOOK_SECRET_ID: is not set/);
  });

  it('AWS stages give the RDS secret and where the database is (port and name default to 5432 and postgres)', () => {
    const config = loadPersistenceConfig({ DATABASE_SECRET_ID: 'rds!db-0123', DATABASE_HOST: 'db.internal' });
    expect(config.database).toEqual({ kind: 'rds-secret', secretId: 'rds!db-0123', host: 'db.internal', port: 5432, database: 'postgres' });
  });

  it('an RDS secret without DATABASE_HOST is refused, naming the variable', () => {
    expect(() => loadPersistenceConfig({ DATABASE_SECRET_ID: 'rds!db-0123' })).toThrow(/DATABASE_HOST: is not set/);
  });

  it('a Lambda container keeps one database connection unless PG_POOL_MAX says otherwise', () => {
    expect(loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db' }).poolMax).toBe(1);
    expect(loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', PG_POOL_MAX: '8' }).poolMax).toBe(8);
    expect(() => loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', PG_POOL_MAX: '0' })).toThrowError(/PG_POOL_MAX/);
  });

  it('LOG_LEVEL defaults to info and a value that is not a level is named', () => {
    expect(loadLogLevel({})).toBe('info');
    expect(loadLogLevel({ LOG_LEVEL: 'warn' })).toBe('warn');
    expect(() => loadLogLevel({ LOG_LEVEL: 'verbose' })).toThrowError(new ConfigError('invalid logging configuration: LOG_LEVEL: must be one of debug, info, warn, error'));
  });

  it('the SQS redrive reads its bus, endpoint and region through the validated config', () => {
    expect(loadRedriveConfig({})).toEqual({ eventBusName: undefined, eventBridgeEndpoint: undefined, region: 'eu-west-1' });
    expect(loadRedriveConfig({ EVENT_BUS_NAME: 'issuing-dev', AWS_REGION: 'us-east-1' })).toMatchObject({ eventBusName: 'issuing-dev', region: 'us-east-1' });
    expect(() => loadRedriveConfig({ EVENTBRIDGE_ENDPOINT: 'not a url' })).toThrowError(/EVENTBRIDGE_ENDPOINT/);
  });
});
