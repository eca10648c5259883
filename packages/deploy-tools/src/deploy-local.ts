/** `serverless deploy --stage local` into LocalStack, with the compose database's password. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CliError } from './cli-error.js';
import { SERVICE_DIR } from './paths.js';

function serverlessBin(): string {
  const require = createRequire(path.join(SERVICE_DIR, 'package.json'));
  return path.join(path.dirname(require.resolve('serverless/package.json')), 'bin', 'serverless.js');
}

/** Deploys the service to LocalStack, printing serverless's own progress. */
export async function deployToLocalStack(postgresPassword: string, region: string): Promise<void> {
  const child = spawn(process.execPath, [serverlessBin(), 'deploy', '--stage', 'local', '--region', region], {
    cwd: SERVICE_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      AWS_EC2_METADATA_DISABLED: 'true',
      // LocalStack accepts any credentials; these never reach AWS.
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      // The compose database as the Lambda containers see it on the compose network.
      LOCAL_DATABASE_URL: `postgres://postgres:${encodeURIComponent(postgresPassword)}@postgres:5432/postgres`,
    },
  });
  const code = await new Promise<number>((resolve) => {
    child.once('error', () => resolve(1));
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) throw new CliError('`serverless deploy --stage local` failed (its output is above)');
}
