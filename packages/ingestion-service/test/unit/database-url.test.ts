import { X509Certificate } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  connectionSettings,
  createDatabaseCredentialsProvider,
  credentialsFromSecret,
  DatabaseCredentialsError,
  isAuthenticationFailure,
  RDS_TRUSTED_CAS,
} from '../../src/adapters/database-url.js';
import type { DatabaseSource } from '../../src/config.js';
import { PersistenceError } from '../../src/persistence/db.js';

const secretsManager = mockClient(SecretsManagerClient);
const region = 'eu-west-1';
const secretId = 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:rds!db-0123';

beforeEach(() => secretsManager.reset());

function provider() {
  return createDatabaseCredentialsProvider(secretId, { secretsManagerEndpoint: undefined, region }, () =>
    new SecretsManagerClient({ region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
  );
}

/** An RDS-managed master user secret holds exactly these two keys. */
const rdsManagedSecret = (password: string) => JSON.stringify({ username: 'issuing_app', password });

describe('database credentials from an RDS-managed secret', () => {
  it('takes username and password from the JSON RDS writes', () => {
    expect(credentialsFromSecret(rdsManagedSecret('p@ss/word'), secretId)).toEqual({ username: 'issuing_app', password: 'p@ss/word' });
  });

  it('refuses a secret that is not JSON or lacks the password', () => {
    expect(() => credentialsFromSecret('postgres://a:b@h/d', secretId)).toThrow(DatabaseCredentialsError);
    expect(() => credentialsFromSecret('{"username":"issuing_app"}', secretId)).toThrow(/lacks username or password/);
  });

  it('reads the secret once per container', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: rdsManagedSecret('first') });
    const credentials = provider();
    await credentials.get();
    expect((await credentials.get()).password).toBe('first');
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('reads the secret again after forget(), picking up a rotated password', async () => {
    secretsManager.on(GetSecretValueCommand).resolvesOnce({ SecretString: rdsManagedSecret('before-rotation') }).resolves({ SecretString: rdsManagedSecret('after-rotation') });
    const credentials = provider();
    expect((await credentials.get()).password).toBe('before-rotation');
    credentials.forget();
    expect((await credentials.get()).password).toBe('after-rotation');
  });

  it('a failed read is retried on the next call instead of being cached', async () => {
    secretsManager.on(GetSecretValueCommand).rejectsOnce(new Error('Throttling')).resolves({ SecretString: rdsManagedSecret('pw') });
    const credentials = provider();
    await expect(credentials.get()).rejects.toBeInstanceOf(DatabaseCredentialsError);
    expect((await credentials.get()).password).toBe('pw');
  });
});

describe('connection settings', () => {
  it('an RDS source connects to the host parameters over verified TLS with the RDS CAs', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: rdsManagedSecret('pw') });
    const source: DatabaseSource = { kind: 'rds-secret', secretId, host: 'issuing.proxy-abc.eu-west-1.rds.amazonaws.com', port: 5432, database: 'issuing' };

    const settings = await connectionSettings(source, provider());

    expect(settings).toMatchObject({ host: source.host, port: 5432, database: 'issuing', user: 'issuing_app' });
    expect(settings.ssl).toMatchObject({ rejectUnauthorized: true, servername: source.host });
    const password = settings.password;
    expect(typeof password === 'function' ? await password() : password).toBe('pw');
  });

  it('the trusted CAs include the RDS global root and the Amazon root RDS Proxy presents', () => {
    const subjects = RDS_TRUSTED_CAS.map((pem) => new X509Certificate(pem).subject);
    expect(subjects.some((subject) => subject.includes('Amazon RDS') && subject.includes('Root'))).toBe(true);
    expect(subjects.some((subject) => subject.includes('CN=Amazon Root CA 1'))).toBe(true);
  });

  it('a URL source is used as it is', async () => {
    expect(await connectionSettings({ kind: 'url', url: 'postgres://u:p@127.0.0.1:5500/postgres' }, undefined)).toEqual({ connectionString: 'postgres://u:p@127.0.0.1:5500/postgres' });
  });
});

describe('authentication failures', () => {
  it("recognises PostgreSQL's invalid_password (28P01), also when wrapped", () => {
    const refused = Object.assign(new Error('password authentication failed for user "issuing_app"'), { code: '28P01' });
    expect(isAuthenticationFailure(refused)).toBe(true);
    expect(isAuthenticationFailure(new PersistenceError('write failed', { cause: refused }))).toBe(true);
    expect(isAuthenticationFailure(Object.assign(new Error('too many clients'), { code: '53300' }))).toBe(false);
  });
});
