import { describe, expect, it } from 'vitest';
import { DEFAULT_WEBHOOK_URL, DEV_WEBHOOK_SECRET, parseCliOptions, SimulatorUsageError } from '../src/index.js';

describe('parseCliOptions', () => {
  it('defaults to the local webhook and the dev secret', () => {
    const options = parseCliOptions([], {}, 42);

    expect(options.url).toBe(DEFAULT_WEBHOOK_URL);
    expect(options.secret).toBe(DEV_WEBHOOK_SECRET);
    expect(options.seed).toBe('run-42');
  });

  it('takes the secret from STRIPE_WEBHOOK_SECRET unless --secret is given', () => {
    expect(parseCliOptions([], { STRIPE_WEBHOOK_SECRET: 'whsec_from_env' }, 0).secret).toBe('whsec_from_env');
    expect(parseCliOptions(['--secret', 'whsec_flag'], { STRIPE_WEBHOOK_SECRET: 'whsec_from_env' }, 0).secret).toBe('whsec_flag');
  });

  it('reads every flag', () => {
    const options = parseCliOptions(
      ['--url', 'http://127.0.0.1:9/x', '--stories', '7', '--seed', 's', '--concurrency', '3', '--duplicates', '0.5', '--json'],
      {},
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
    expect(() => parseCliOptions(argv, {}, 0)).toThrow(SimulatorUsageError);
    expect(() => parseCliOptions(argv, {}, 0)).toThrow(message);
  });
});
