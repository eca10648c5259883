/** `npm run simulate`: posts signed Stripe Issuing traffic to the webhook and prints a summary. */
import { parseCliOptions, USAGE } from './options.js';
import { createProgressReporter } from './progress.js';
import { simulate } from './simulate.js';
import { formatSummary } from './summary.js';
import { errorMessage } from '@issuing/kernel';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env, Date.now());
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const progress = createProgressReporter(process.stderr);
  let summary;
  try {
    summary = await simulate(options, {
      onProgress: ({ done, total, summary: running }) => progress.update(done, total, running),
    });
  } finally {
    progress.finish();
  }
  process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
}

main().catch((error: unknown) => {
  const message = errorMessage(error);
  process.stderr.write(`simulate: ${message}\n`);
  process.exitCode = 1;
});
