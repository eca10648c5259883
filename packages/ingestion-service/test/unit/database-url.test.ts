import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDatabaseUrlProvider, DatabaseUrlError, databaseUrlFromSecret } from '../../src/adapters/database-url.js';

const secretsManager = mockClient(SecretsManagerClient);
const region = 'eu-west-1';

beforeEach(() => secretsManager.reset());

function provider() {
  return createDatabaseUrlProvider(
    { database: { kind: 'secrets-manager', secretId: 'issuing/dev/database-url' }, secretsManagerEndpoint: undefined, region },
    () => new SecretsManagerClient({ region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
  );
}

describe('database URL by reference', () => {
  it('takes a secret holding the URL as it is', () => {
    expect(databaseUrlFromSecret(' postgres://app:pw@db.internal:5432/issuing\n', 'id')).toBe('postgres://app:pw@db.internal:5432/issuing');
  });

  it("builds the URL from RDS's JSON credentials, escaping the password", () => {
    const secret = JSON.stringify({ username: 'app', password: 'p@ss/word', host: 'db.internal', port: 5432, dbname: 'issuing', engine: 'postgres' });
    expect(databaseUrlFromSecret(secret, 'id')).toBe('postgres://app:p%40ss%2Fword@db.internal:5432/issuing');
  });

  it('refuses JSON without credentials', () => {
    expect(() => databaseUrlFromSecret('{"host":"db"}', 'id')).toThrow(DatabaseUrlError);
  });

  it('reads the secret once per container', async () => {
    secretsManager.on(GetSecretValueCommand).resolves({ SecretString: 'postgres://app:pw@db.internal:5432/issuing' });
    const get = provider();
    expect(await get()).toBe('postgres://app:pw@db.internal:5432/issuing');
    expect(await get()).toBe('postgres://app:pw@db.internal:5432/issuing');
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('a failed read is retried on the next call instead of being cached', async () => {
    secretsManager.on(GetSecretValueCommand).rejectsOnce(new Error('Throttling')).resolves({ SecretString: 'postgres://a:b@h:5432/d' });
    const get = provider();
    await expect(get()).rejects.toBeInstanceOf(DatabaseUrlError);
    expect(await get()).toBe('postgres://a:b@h:5432/d');
  });
});
