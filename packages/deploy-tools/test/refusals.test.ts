/**
 * The LocalStack + Stripe CLI scripts refuse with one line and exit 1 when something they need is
 * missing, before they change anything: fake docker/stripe executables on PATH, a fake or absent
 * LocalStack, no AWS credentials.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, fakeExecutable, fakeLocalStack, runScript, sandbox, type ScriptResult } from './support/run-script.js';

let box: Awaited<ReturnType<typeof sandbox>>;
let localStack: Awaited<ReturnType<typeof fakeLocalStack>>;
let deadEndpoint: string;

/** Every fake program appends its argv here, so a test can prove what was (not) run. */
const callLog = () => path.join(box.dir, 'calls.log');
const logged = (name: string) => `echo "${name} $*" >> "${path.join('$BOX', 'calls.log')}"`;

beforeAll(async () => {
  box = await sandbox();
  localStack = await fakeLocalStack();
  deadEndpoint = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await localStack?.close();
  if (box) await rm(box.dir, { recursive: true, force: true });
});

function env(bin: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: bin, HOME: box.dir, BOX: box.dir, ENV_FILE: box.envFile, LOCALSTACK_ENDPOINT: localStack.endpoint, ...extra };
}

function expectOneLineRefusal(result: ScriptResult, script: string, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^${script}: `));
  expect(lines[0]).toMatch(pattern);
}

async function binWith(name: string, programs: Record<string, string>): Promise<string> {
  const bin = path.join(box.dir, name);
  for (const [program, script] of Object.entries(programs)) await fakeExecutable(bin, program, `${logged(program)}\n${script}`);
  return bin;
}

async function calls(): Promise<string[]> {
  try {
    return (await readFile(callLog(), 'utf8')).trim().split('\n');
  } catch {
    return [];
  }
}

const DOCKER_OK = 'echo 27.3.1';
const STRIPE_LOGGED_IN = '[ "$1 $2" = "listen --print-secret" ] && echo whsec_cli0123456789abcdef && exit 0\nexit 0';

describe('npm run stripe-sls-system refuses, in one line, when', () => {
  it('Docker is not installed', async () => {
    const bin = await binWith('no-docker', {});
    expectOneLineRefusal(await runScript('stripe-sls-system', [], env(bin)), 'stripe-sls-system', /Docker is not installed/);
  });

  it('Docker is installed but its daemon is not running', async () => {
    const bin = await binWith('docker-down', { docker: 'echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock." >&2\nexit 1' });
    expectOneLineRefusal(await runScript('stripe-sls-system', [], env(bin)), 'stripe-sls-system', /Docker is not running .*Cannot connect to the Docker daemon/);
  });

  it('LocalStack is not running', async () => {
    const bin = await binWith('no-localstack', { docker: DOCKER_OK, stripe: STRIPE_LOGGED_IN });
    const result = await runScript('stripe-sls-system', [], env(bin, { LOCALSTACK_ENDPOINT: deadEndpoint }));
    expectOneLineRefusal(result, 'stripe-sls-system', new RegExp(`LocalStack is not running on ${deadEndpoint}: run \`docker compose up -d --wait\``));
  });

  it('the Stripe CLI is not installed', async () => {
    const bin = await binWith('no-stripe', { docker: DOCKER_OK });
    expectOneLineRefusal(await runScript('stripe-sls-system', [], env(bin)), 'stripe-sls-system', /Stripe CLI is not installed/);
  });

  it('the Stripe CLI is not logged in', async () => {
    const bin = await binWith('stripe-logged-out', {
      docker: DOCKER_OK,
      stripe: 'echo "You have not configured API keys yet. Running \\`stripe login\\`..." >&2\nexit 1',
    });
    expectOneLineRefusal(await runScript('stripe-sls-system', [], env(bin)), 'stripe-sls-system', /You have not configured API keys yet.*run `stripe login`/);
  });

  it('the .env with the database password is missing, and then nothing was deployed or forwarded', async () => {
    const bin = await binWith('no-env', { docker: DOCKER_OK, stripe: STRIPE_LOGGED_IN });
    const result = await runScript('stripe-sls-system', [], env(bin, { ENV_FILE: path.join(box.dir, 'missing.env') }));
    expectOneLineRefusal(result, 'stripe-sls-system', /no POSTGRES_PASSWORD .*npm run docker-env/);
    expect((await calls()).filter((call) => call.startsWith('stripe listen --forward-to'))).toEqual([]);
  });
});

describe('npm run store-stripe-signing-secret refuses, in one line,', () => {
  it('a value that is not a signing secret', async () => {
    const bin = await binWith('store-bad', {});
    expectOneLineRefusal(await runScript('store-stripe-signing-secret', ['sk_test_123'], env(bin)), 'store-stripe-signing-secret', /not a Stripe signing secret/);
  });

  it('an AWS stage without AWS credentials', async () => {
    const bin = await binWith('store-no-aws', {});
    const result = await runScript('store-stripe-signing-secret', ['whsec_0123456789abcdef', '--stage', 'prod'], env(bin, { AWS_REGION: 'eu-west-1' }));
    expectOneLineRefusal(result, 'store-stripe-signing-secret', /no AWS credentials found/);
  });

  it('the local stage while LocalStack is not running', async () => {
    const bin = await binWith('store-no-localstack', {});
    const result = await runScript('store-stripe-signing-secret', ['whsec_0123456789abcdef'], env(bin, { LOCALSTACK_ENDPOINT: deadEndpoint }));
    expectOneLineRefusal(result, 'store-stripe-signing-secret', /LocalStack is not running/);
  });

  it('no secret given and no Stripe CLI to ask for one', async () => {
    const bin = await binWith('store-no-stripe', {});
    expectOneLineRefusal(await runScript('store-stripe-signing-secret', [], env(bin)), 'store-stripe-signing-secret', /Stripe CLI is not installed/);
  });
});
