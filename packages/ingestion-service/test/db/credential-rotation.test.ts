/**
 * A rotated RDS password reaches a warm container: PostgreSQL refuses the cached password
 * (28P01), the invocation fails (so it is retried), and the retry connects with the password
 * read again from the secret. Real PostgreSQL with SCRAM; Secrets Manager mocked. TLS is the one
 * thing turned off here (the test server has none); the RDS settings themselves are unit-tested.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { buildCardholder, buildEvent } from '@issuing/stripe-fixtures';
import type { EventBridgeEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionSettings, createDatabaseCredentialsProvider } from '../../src/adapters/database-url.js';
import { createPgPool } from '../../src/adapters/pg-pool.js';
import { createPersistenceHandler } from '../../src/handlers/persistence-handler.js';
import { createLogger } from '../../src/logger.js';
import { PERSIST_FUNCTIONS } from '../../src/persistence/index.js';
import { startTestDatabases, type TestDatabases } from '../support/postgres.js';

const silent = createLogger({}, { sink: () => undefined });
const secretsManager = mockClient(SecretsManagerClient);
const role = `issuing_app_${process.pid}`;

let databases: TestDatabases;
let databaseUrl: string;

beforeAll(async () => {
  databases = await startTestDatabases();
  databaseUrl = await databases.fresh('rotation');
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  // Prepare: the password has already been rotated in the database.
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'after-rotation'`);
  await admin.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role}`);
  await admin.query(`GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await admin.end();
});

afterAll(async () => {
  await databases?.stop();
});

describe('RDS password rotation', () => {
  it('after a 28P01 the next invocation reads the secret again and persists the event', async () => {
    // Prepare: the container cached the password from before the rotation.
    secretsManager
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: JSON.stringify({ username: role, password: 'before-rotation' }) })
      .resolves({ SecretString: JSON.stringify({ username: role, password: 'after-rotation' }) });
    const url = new URL(databaseUrl);
    const credentials = createDatabaseCredentialsProvider('rds!db-test', { secretsManagerEndpoint: undefined, region: 'eu-west-1' }, () =>
      new SecretsManagerClient({ region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }),
    );
    const settings = await connectionSettings(
      { kind: 'rds-secret', secretId: 'rds!db-test', host: url.hostname, port: Number(url.port), database: url.pathname.slice(1) },
      credentials,
    );
    const pool = createPgPool({ ...settings, ssl: false }, { connectionTimeoutMillis: 5000, statementTimeoutMillis: 5000 });
    const handler = createPersistenceHandler('recordEvent', PERSIST_FUNCTIONS.recordEvent, {
      getDb: () => pool,
      onAuthenticationFailure: () => credentials.forget(),
      log: silent,
    });
    const event = buildEvent('issuing_cardholder.created', buildCardholder(), { id: 'evt_1Rotation', created: 1780272000 });
    const envelope: EventBridgeEvent<string, unknown> = {
      version: '0', id: 'eb-rotation', 'detail-type': event.type, source: 'stripe', account: '000000000000',
      time: new Date(event.created * 1000).toISOString(), region: 'eu-west-1', resources: [], detail: event,
    };

    try {
      // Act / Assert: the stale password fails the invocation, the retry succeeds.
      await expect(handler(envelope)).rejects.toMatchObject({ cause: { code: '28P01' } });
      await handler(envelope);
      const stored = await pool.query<{ id: string }>('SELECT id FROM public.stripe_events');
      expect(stored.rows).toEqual([{ id: 'evt_1Rotation' }]);
      expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    } finally {
      await pool.end();
    }
  });
});
