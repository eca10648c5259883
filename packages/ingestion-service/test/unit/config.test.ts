import { describe, expect, it } from 'vitest';
import { ConfigError } from '@issuing/kernel';
import { loadPersistenceConfig, loadWebhookConfig } from '../../src/config.js';

describe('configuration', () => {
  it('names a missing DATABASE_URL', () => {
    expect(() => loadPersistenceConfig({})).toThrowError(new ConfigError('invalid persistence configuration: DATABASE_URL: is not set (nor DATABASE_URL_SECRET_ID)'));
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

  it('AWS stages may give the database URL by Secrets Manager reference instead', () => {
    const config = loadPersistenceConfig({ DATABASE_URL_SECRET_ID: 'issuing/dev/database-url' });
    expect(config.database).toEqual({ kind: 'secrets-manager', secretId: 'issuing/dev/database-url' });
  });

  it('a Lambda container keeps one database connection unless PG_POOL_MAX says otherwise', () => {
    expect(loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db' }).poolMax).toBe(1);
    expect(loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', PG_POOL_MAX: '8' }).poolMax).toBe(8);
    expect(() => loadPersistenceConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', PG_POOL_MAX: '0' })).toThrowError(/PG_POOL_MAX/);
  });
});
