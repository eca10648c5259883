import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDevSecrets } from '@issuing/dev-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEBHOOK_URL, parseCliOptions, SimulatorUsageError } from '../src/index.js';

describe('parseCliOptions', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'simulator-options-'));
    env = { DEV_SECRETS_FILE: path.join(dir, 'dev-secrets.json') };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to the local webhook and the webhook secret npm start generated', () => {
    // Prepare: what npm start generated (or finds) on its first start
    const generated = loadDevSecrets(path.join(dir, 'dev-secrets.json'));
    // Act
    const options = parseCliOptions([], env, 42);
    // Assert
    expect(options.url).toBe('http://127.0.0.1:4000/stripe-event');
    expect(options.url).toBe(DEFAULT_WEBHOOK_URL);
    expect(options.secret).toBe(generated.webhookSecret);
    expect(options.secret).toMatch(/^whsec_/);
    expect(options.seed).toBe('run-42');
  });

  it('takes the secret from STRIPE_WEBHOOK_SECRET unless --secret is given', () => {
    expect(parseCliOptions([], { STRIPE_WEBHOOK_SECRET: 'whsec_from_env' }, 0).secret).toBe('whsec_from_env');
    expect(parseCliOptions(['--secret', 'whsec_flag'], { STRIPE_WEBHOOK_SECRET: 'whsec_from_env' }, 0).secret).toBe('whsec_flag');
  });

  it('reads every flag', () => {
    const options = parseCliOptions(
      ['--url', 'http://127.0.0.1:9/x', '--stories', '7', '--seed', 's', '--concurrency', '3', '--duplicates', '0.5', '--json'],
      env,
      0,
    );

    expect(options).toMatchObject({ url: 'http://127.0.0.1:9/x', stories: 7, seed: 's', concurrency: 3, duplicates: 0.5, json: true });
  });

  it.each([
    [['--nope'], /Unknown option '--nope'/],
    [['--concurrency', '0'], /--concurrency must be an integer from 1 to 256/],
    [['--duplicates', 'x'], /--duplicates must be a number from 0 to 1/],
    [['--url', 'ftp://host'], /--url must be http/],
    [['--secret', 'sk_test_123'], /must start with whsec_/],
  ])('rejects %j with a readable message', (argv, message) => {
    expect(() => parseCliOptions(argv, env, 0)).toThrow(SimulatorUsageError);
    expect(() => parseCliOptions(argv, env, 0)).toThrow(message);
  });
});
