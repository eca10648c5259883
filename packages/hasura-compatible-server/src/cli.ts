/** `tsx src/cli.ts [flags]`: runs the server until SIGINT/SIGTERM. Bad config → one line, exit 2. */
import { ConfigError, errorMessage } from '@issuing/kernel';
import { readConfig, USAGE } from './config.js';
import { createHasuraServer } from './server.js';

function logLine(entry: Record<string, unknown>): void {
  // Debug lines (one per live-query statement) are for tests and the bench, not the console.
  if (entry.level === 'debug') return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), service: 'hasura-compatible-server', ...entry })}\n`);
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const server = await createHasuraServer({ ...config, onLog: logLine });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = errorMessage(error);
  process.stderr.write(`hasura-compatible-server: ${message}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
