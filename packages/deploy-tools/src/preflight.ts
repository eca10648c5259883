/**
 * What the LocalStack + Stripe CLI path needs, checked before anything is changed. Each check
 * fails with a CliError whose message says what is missing and what to do.
 */
import { CliError } from './cli-error.js';
import { firstLine, runCommand } from './run-command.js';

/** LocalStack's edge endpoint; LOCALSTACK_ENDPOINT overrides (another port, tests). */
export function localStackEndpoint(env: NodeJS.ProcessEnv = process.env): string {
  return env.LOCALSTACK_ENDPOINT?.trim() || 'http://localhost:4566';
}

export async function requireDocker(): Promise<void> {
  const info = await runCommand('docker', ['info', '--format', '{{.ServerVersion}}']);
  if (!info.found) throw new CliError('Docker is not installed (no `docker` on PATH): install Docker, then `docker compose up -d --wait`');
  if (info.code !== 0) throw new CliError(`Docker is not running (\`docker info\` failed: ${firstLine(info.stderr) || 'no answer'}): start Docker, then \`docker compose up -d --wait\``);
}

export async function requireLocalStack(endpoint: string): Promise<void> {
  let ready = false;
  try {
    const response = await fetch(`${endpoint}/_localstack/health`, { signal: AbortSignal.timeout(3000) });
    ready = response.ok;
    await response.arrayBuffer();
  } catch {
    ready = false;
  }
  if (!ready) throw new CliError(`LocalStack is not running on ${endpoint}: run \`docker compose up -d --wait\` first`);
}

/** The signing secret of `stripe listen` (the CLI's own, stable per device), which also proves the login. */
export async function stripeListenSecret(): Promise<string> {
  const result = await runCommand('stripe', ['listen', '--print-secret']);
  if (!result.found) throw new CliError('the Stripe CLI is not installed (no `stripe` on PATH): install it (https://docs.stripe.com/stripe-cli), then `stripe login`');
  const secret = result.stdout.trim();
  if (result.code !== 0 || !secret.startsWith('whsec_')) {
    throw new CliError(`the Stripe CLI could not give its signing secret (${firstLine(result.stderr || result.stdout) || `exit ${result.code}`}): run \`stripe login\``);
  }
  return secret;
}
