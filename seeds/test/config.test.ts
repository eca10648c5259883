import { describe, expect, it } from 'vitest';
import { readSeedConfig } from '../src/config.js';
import { SeedError } from '../src/seed-error.js';

describe('readSeedConfig', () => {
  it('accepts a postgres URL', () => {
    expect(readSeedConfig({ DATABASE_URL: 'postgres://postgres:pw@127.0.0.1:5500/postgres' }).databaseUrl).toBe(
      'postgres://postgres:pw@127.0.0.1:5500/postgres',
    );
  });

  it('names the missing variable', () => {
    expect(() => readSeedConfig({})).toThrow(SeedError);
    expect(() => readSeedConfig({})).toThrow(/DATABASE_URL is not set/);
  });

  it('rejects a URL of another scheme', () => {
    expect(() => readSeedConfig({ DATABASE_URL: 'mysql://localhost/db' })).toThrow(/postgres:\/\//);
  });
});
