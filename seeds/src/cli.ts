/** `npm run seeds`: seeds DATABASE_URL with the demo users and their Stripe history. */
import { readSeedConfig } from './config.js';
import { seedDemoData } from './seed-demo-data.js';
import { errorMessage } from '@issuing/kernel';

async function main(): Promise<void> {
  const config = readSeedConfig();
  const summary = await seedDemoData(config.databaseUrl);
  process.stdout.write(
    `seeded ${summary.users} users (${summary.usersInserted} new), ${summary.cardholders} cardholders, ` +
      `${summary.cards} cards, ${summary.events} Stripe events in ${(summary.durationMs / 1000).toFixed(1)} s\n`,
  );
}

main().catch((error: unknown) => {
  const message = errorMessage(error);
  process.stderr.write(`seeds: ${message}\n`);
  process.exitCode = 1;
});
