/** `npm start`: runs the Docker-free system until Ctrl-C. */
import { DEMO_USER_ID, hmacKeyOf, mintDevToken } from '@issuing/dev-defaults';
import { readStackConfig } from './config.js';
import { startStack, type Log, type RunningStack } from './stack.js';
import { startWatchdog } from './watchdog.js';

const log: Log = (level, message, fields) => {
  process.stderr.write(`${JSON.stringify({ level, service: 'dev-stack', msg: message, ...fields })}\n`);
};

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`npm start: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

// Ctrl-C during start-up: finish starting (so every started process is known), then stop.
let interrupted: string | undefined;
const interruptDuringStartup = (signal: string): void => {
  interrupted ??= signal;
  log('info', 'stopping once start-up finishes', { signal });
};
process.on('SIGINT', interruptDuringStartup);
process.on('SIGTERM', interruptDuringStartup);

let config;
try {
  config = readStackConfig();
} catch (error) {
  fail(error);
}

const watchdog = startWatchdog();
// A part that ends on its own (a crash) ends the whole stack, with a non-zero exit code.
let partFailed: string | undefined;
let running: RunningStack | undefined;
const stack = await startStack(config, {
  log,
  watchdog,
  onPartExit: (description) => {
    partFailed ??= description;
    if (running) shutdown(description); // during start-up, handled once it is over
  },
}).catch(fail);
running = stack;
const hmac = hmacKeyOf(config.jwtSecret);
const token = hmac ? await mintDevToken(DEMO_USER_ID, { key: hmac.key, algorithm: hmac.algorithm }).catch(() => undefined) : undefined;

const lines = [
  '',
  'The system is running (Ctrl-C stops everything):',
  `  webhook (Stripe events):   POST ${stack.webhookUrl}`,
  `  GraphQL API (Hasura v2):   POST ${stack.graphqlUrl}`,
  `  GraphQL console:           ${stack.consoleUrl}`,
  `  admin secret:              ${config.adminSecret}   (from ${config.adminSecretSource})`,
  `  database (owner):          ${stack.databaseUrl}`,
  '',
  'Forward real Stripe test-mode events (the Stripe CLI prints its own whsec_ secret; restart with',
  'STRIPE_WEBHOOK_SECRET set to it):',
  `  stripe listen --forward-to ${stack.webhookUrl}`,
  '',
  'Or send simulated, correctly signed traffic:  npm run simulate',
];
if (token) {
  lines.push('', `A 12-hour dev token for the demo user ${DEMO_USER_ID} (role cardholder):`, `  Authorization: Bearer ${token}`);
}
if (!interrupted && !partFailed) process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
function shutdown(reason: string): void {
  if (stopping) return;
  stopping = true;
  if (partFailed) process.stderr.write(`npm start: ${partFailed}; stopping everything\n`);
  else log('info', 'stopping', { reason });
  stack
    .stop()
    .then(() => process.exit(partFailed ? 1 : 0))
    .catch((error: unknown) => {
      process.stderr.write(`npm start: stopping failed: ${String(error)}\n`);
      process.exit(1);
    });
}
process.off('SIGINT', interruptDuringStartup);
process.off('SIGTERM', interruptDuringStartup);
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));
// A crash of this process is the watchdog's business; a crash of the GraphQL server (in this
// process) must still stop the others in order.
process.on('uncaughtException', (error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  shutdown('crash');
});
// Started through a wrapper (npm, tsx) that was killed: this process is orphaned; stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) shutdown('parent exited');
}, 1000).unref();
if (partFailed) shutdown(partFailed);
else if (interrupted) shutdown(interrupted);
