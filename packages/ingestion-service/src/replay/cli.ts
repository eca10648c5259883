/**
 * `npm run replay` — recover deliveries that exhausted their retries.
 *   (no flags)             re-drive the local dead letters (DEAD_LETTER_DIR, default
 *                          .data/dead-letters) into DATABASE_URL, deleting each after success
 *   --rebuild              rebuild every projection table from stripe_events beside the live
 *                          ones, then swap the differences in (ingestion and reads go on)
 *   --sqs-queue-url <url>  AWS: put a dead-letter queue's events back on the bus
 *                          (--event-bus <name> or EVENT_BUS_NAME; AWS credentials from the usual chain)
 * Errors print one line and exit non-zero.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createDeadLetterStore } from '../adapters/dead-letter-store.js';
import { createEventBridgeClient, createEventPublisher } from '../adapters/event-publisher.js';
import { openDatabasePool } from '../adapters/pg-pool.js';
import { loadDeadLetterDir, loadPersistenceConfig, loadRedriveConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { DEFAULT_DEAD_LETTER_DIR } from '../offline/paths.js';
import { rebuildProjections } from '../persistence/rebuild-projections.js';
import { redriveSqsQueue } from './redrive-sqs.js';
import { replayDeadLetters } from './replay-dead-letters.js';

const REBUILD_STATEMENT_TIMEOUT_MS = 30 * 60_000;

class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function rootMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const causes: string[] = [error.message];
  let cause: unknown = error.cause;
  // Stop at a cause whose message spans lines (e.g. a ZodError's JSON): the line above says it.
  while (cause instanceof Error && !cause.message.includes('\n')) {
    causes.push(cause.message);
    cause = cause.cause;
  }
  return causes.join(': ');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rebuild: { type: 'boolean', default: false },
      'sqs-queue-url': { type: 'string' },
      'event-bus': { type: 'string' },
      'dead-letter-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const log = createLogger({ service: 'ingestion-replay' });

  if (values.help) {
    process.stdout.write('usage: npm run replay [-- --rebuild | --sqs-queue-url <url> [--event-bus <name>] | --dead-letter-dir <dir>]\n');
    return 0;
  }

  const queueUrl = values['sqs-queue-url'];
  if (queueUrl !== undefined) {
    const config = loadRedriveConfig(process.env);
    const bus = values['event-bus'] ?? config.eventBusName;
    if (!bus) throw new UsageError('--sqs-queue-url needs --event-bus <name> or EVENT_BUS_NAME');
    // No claim-check store: a dead-lettered entry was small enough for the bus already.
    const publisher = createEventPublisher(createEventBridgeClient(config), bus);
    const outcome = await redriveSqsQueue(new SQSClient({ region: config.region }), queueUrl, publisher, log);
    process.stdout.write(`redriven ${outcome.redriven} message(s), ${outcome.failed} failed (left in the queue)\n`);
    return outcome.failed > 0 ? 1 : 0;
  }

  const config = loadPersistenceConfig(process.env);
  // A rebuild's statements span whole tables (pruning, the swap): a Lambda's 10 s bound would cut
  // them off on a large history.
  const statementTimeoutMillis = values.rebuild ? Math.max(config.statementTimeoutMillis, REBUILD_STATEMENT_TIMEOUT_MS) : config.statementTimeoutMillis;
  const { pool } = await openDatabasePool({ ...config, statementTimeoutMillis });
  try {
    if (values.rebuild) {
      const outcome = await rebuildProjections(pool, {
        onProgress: ({ phase, events }) => {
          if (phase !== 'building') log.info(`rebuild ${phase}`, { events });
        },
      });
      process.stdout.write(
        `rebuilt projections from ${outcome.events} stored event(s) beside the live ones; the swap changed ${outcome.rowsWritten} live row(s)\n`,
      );
      return 0;
    }
    const dir = path.resolve(values['dead-letter-dir'] ?? loadDeadLetterDir(process.env) ?? DEFAULT_DEAD_LETTER_DIR);
    const outcome = await replayDeadLetters(createDeadLetterStore(dir), pool, log);
    process.stdout.write(`replayed ${outcome.replayed} dead letter(s) from ${dir}, ${outcome.failed} failed (kept)\n`);
    if (outcome.unreadable.length > 0) {
      const files = outcome.unreadable.map(({ file, reason }) => `${path.relative(dir, file)} (${reason})`).join('; ');
      process.stdout.write(`skipped ${outcome.unreadable.length} unreadable file(s), left in place: ${files}\n`);
    }
    return outcome.failed > 0 || outcome.unreadable.length > 0 ? 1 : 0;
  } finally {
    await pool.end();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`replay failed: ${rootMessage(error)}\n`);
    process.exitCode = 1;
  },
);
