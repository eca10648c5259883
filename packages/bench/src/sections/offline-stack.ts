/** PostgreSQL plus the ingestion service under `serverless offline`, on free loopback ports. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@issuing/dev-postgres';
import { startOffline } from '@issuing/ingestion-service/offline';
import { migratedPostgres } from './database.js';

export const BENCH_WEBHOOK_SECRET = 'whsec_bench_only_not_a_real_secret';

export interface OfflineStack {
  readonly databaseUrl: string;
  readonly webhookUrl: string;
  readonly deadLetterDir: string;
  stop(): Promise<void>;
}

export async function startOfflineStack(): Promise<OfflineStack> {
  // The bench drops the service's log lines; info-level JSON for every delivery would only
  // measure logging. Warnings and errors stay on (an explicit LOG_LEVEL wins).
  process.env.LOG_LEVEL ??= 'warn';
  const postgres = await migratedPostgres({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
  const deadLetterDir = await mkdtemp(path.join(os.tmpdir(), 'bench-dead-letters-'));
  try {
    const [httpPort, lambdaPort, eventBridgePort, eventBridgePubSubPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const offline = await startOffline({
      databaseUrl: postgres.url,
      webhookSecret: BENCH_WEBHOOK_SECRET,
      httpPort,
      lambdaPort,
      eventBridgePort,
      eventBridgePubSubPort,
      deadLetterDir,
    });
    return {
      databaseUrl: postgres.url,
      webhookUrl: offline.webhookUrl,
      deadLetterDir,
      stop: async () => {
        await offline.stop();
        await postgres.stop();
        await rm(deadLetterDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
