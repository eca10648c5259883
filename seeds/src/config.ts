import { SeedError } from './seed-error.js';

export interface SeedConfig {
  databaseUrl: string;
}

/** Reads and validates the environment once (`DATABASE_URL`, a postgres:// URL). */
export function readSeedConfig(env: NodeJS.ProcessEnv = process.env): SeedConfig {
  const value = env.DATABASE_URL?.trim();
  if (!value) {
    throw new SeedError('DATABASE_URL is not set: set it to the PostgreSQL URL to seed, e.g. the database URL npm start prints (its embedded PostgreSQL logs in as issuing_owner)');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new SeedError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)', { cause: error });
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new SeedError(`DATABASE_URL must start with postgres:// or postgresql://, got ${url.protocol}//`);
  }
  return { databaseUrl: value };
}
