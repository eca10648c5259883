import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DevSecretsError, devSecretsFile, loadDevSecrets } from '../src/index.js';

describe('dev secrets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dev-secrets-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are generated at random on first use and kept in a file only the owner can read', async () => {
    // Prepare
    const file = path.join(dir, 'nested', 'dev-secrets.json');
    // Act
    const first = loadDevSecrets(file);
    const elsewhere = loadDevSecrets(path.join(dir, 'other.json'));
    // Assert
    expect(first.webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(first.jwtKey.length).toBeGreaterThanOrEqual(32); // HS256 needs a 256-bit key
    expect(new Set(Object.values(first)).size).toBe(6);
    expect(elsewhere.adminSecret).not.toBe(first.adminSecret);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
  });

  it('are reused on later starts', () => {
    // Prepare
    const file = path.join(dir, 'dev-secrets.json');
    const first = loadDevSecrets(file);
    // Act
    const again = loadDevSecrets(file);
    // Assert
    expect(again).toEqual(first);
  });

  it('missing from an older file are added while the existing ones are kept', async () => {
    // Prepare
    const file = path.join(dir, 'dev-secrets.json');
    await writeFile(file, JSON.stringify({ adminSecret: 'an-admin-secret-kept-from-before' }), { mode: 0o644 });
    // Act
    const secrets = loadDevSecrets(file);
    // Assert
    expect(secrets.adminSecret).toBe('an-admin-secret-kept-from-before');
    expect(secrets.webhookSecret.startsWith('whsec_')).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('in a file that is not JSON are refused with one line saying what to do', async () => {
    // Prepare
    const file = path.join(dir, 'dev-secrets.json');
    await writeFile(file, '{ not json');
    // Act
    const attempt = () => loadDevSecrets(file);
    // Assert
    expect(attempt).toThrow(DevSecretsError);
    expect(attempt).toThrow(`${file} is not valid JSON; delete it (and .data/postgres) to generate new dev secrets`);
  });

  it('live in .data at the repository root unless DEV_SECRETS_FILE moves them', () => {
    expect(devSecretsFile({})).toMatch(/\/\.data\/dev-secrets\.json$/);
    expect(devSecretsFile({ DEV_SECRETS_FILE: '/somewhere/secrets.json' })).toBe('/somewhere/secrets.json');
  });
});
