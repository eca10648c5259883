/**
 * The database connection string. Local stages pass DATABASE_URL; AWS stages a Secrets Manager
 * reference (DATABASE_URL_SECRET_ID), fetched once per container. The secret holds either the URL
 * itself or RDS's JSON shape ({username, password, host, port, dbname}).
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { PersistenceConfig } from '../config.js';
import { emulatorOptions } from './emulator-options.js';
import { isRecord } from '@issuing/kernel';

/** The connection string could not be obtained; the invocation fails and is retried. */
export class DatabaseUrlError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUrlError';
  }
}

/** A URL from a secret's string: the URL itself, or RDS's JSON credentials. */
export function databaseUrlFromSecret(secretString: string, secretId: string): string {
  const text = secretString.trim();
  if (!text.startsWith('{')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new DatabaseUrlError(`secret ${secretId} is neither a URL nor JSON`, { cause });
  }
  if (!isRecord(parsed)) throw new DatabaseUrlError(`secret ${secretId} is not a JSON object`);
  const { username, password, host, port, dbname } = parsed;
  if (typeof username !== 'string' || typeof password !== 'string' || typeof host !== 'string') {
    throw new DatabaseUrlError(`secret ${secretId} lacks username, password or host`);
  }
  const portText = typeof port === 'number' || typeof port === 'string' ? String(port) : '5432';
  const database = typeof dbname === 'string' ? dbname : 'postgres';
  return `postgres://${encodeURIComponent(username)}:${encodeURIComponent(password)}@${host}:${portText}/${encodeURIComponent(database)}`;
}

export function createDatabaseUrlProvider(
  config: Pick<PersistenceConfig, 'database' | 'secretsManagerEndpoint' | 'region'>,
  makeClient: () => SecretsManagerClient = () =>
    new SecretsManagerClient({ region: config.region, ...emulatorOptions(config.secretsManagerEndpoint) }),
): () => Promise<string> {
  const source = config.database;
  if (source.kind === 'url') {
    const url = source.url;
    return () => Promise.resolve(url);
  }
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= (async () => {
      let secretString: string | undefined;
      try {
        secretString = (await makeClient().send(new GetSecretValueCommand({ SecretId: source.secretId }))).SecretString;
      } catch (cause) {
        throw new DatabaseUrlError(`could not read secret ${source.secretId} from Secrets Manager`, { cause });
      }
      if (!secretString?.trim()) throw new DatabaseUrlError(`secret ${source.secretId} has no string value`);
      return databaseUrlFromSecret(secretString, source.secretId);
    })();
    // A failed fetch is not cached: the next invocation tries again.
    cached.catch(() => {
      cached = undefined;
    });
    return cached;
  };
}
