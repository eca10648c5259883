/**
 * The Docker-free system: PostgreSQL (embedded unless DATABASE_URL is set), migrations and
 * metadata, demo data on an empty database, the ingestion service under `serverless offline`,
 * and the Hasura-compatible GraphQL server, wired to one database.
 */
import path from 'node:path';
import pg from 'pg';
import { startDevPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { applyMigrations, METADATA_DIR } from '@issuing/db-migrate';
import { startOffline } from '@issuing/ingestion-service/offline';
import { createHasuraServer } from '@issuing/hasura-compatible-server';
import { seedDemoData } from '@issuing/seeds';
import { assertPortsFree } from './ports.js';
import { startDashboardServer } from './dashboard/dashboard-server.js';
import { createDevBackend } from './dashboard/dev-backend.js';
import { createViteApp } from './dashboard/vite-app.js';
import type { StackConfig } from './config.js';

export interface RunningStack {
  readonly dashboardUrl: string;
  readonly databaseUrl: string;
  readonly webhookUrl: string;
  readonly graphqlUrl: string;
  readonly consoleUrl: string;
  /** Stops everything this stack started, newest first. */
  stop(): Promise<void>;
}

export type Log = (message: string, fields?: Record<string, unknown>) => void;

const SERVICE_PROBLEM = /^\{.*"level":"(warn|error)"/;

async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM public.users');
    return Number(result.rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

/** Starts the whole stack; on any failure stops what already started and rethrows. */
export async function startStack(config: StackConfig, log: Log): Promise<RunningStack> {
  await assertPortsFree([
    ...(config.databaseUrl
      ? []
      : [{ name: 'embedded PostgreSQL', port: config.embeddedPostgresPort, envVar: 'EMBEDDED_POSTGRES_PORT (or DATABASE_URL)' }]),
    { name: 'webhook', port: config.webhookPort, envVar: 'WEBHOOK_PORT' },
    { name: 'serverless offline lambda', port: config.lambdaPort, envVar: 'LAMBDA_PORT' },
    { name: 'EventBridge mock', port: config.eventBridgePort, envVar: 'EVENTBRIDGE_PORT' },
    { name: 'EventBridge pub/sub', port: config.eventBridgePubSubPort, envVar: 'EVENTBRIDGE_PUBSUB_PORT' },
    { name: 'GraphQL server', port: config.hasuraPort, envVar: 'HASURA_GRAPHQL_SERVER_PORT' },
    { name: 'dashboard', port: config.dashboardPort, envVar: 'DASHBOARD_PORT' },
  ]);

  const stops: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => log('stop failed', { error: String(error) }));
    }
    stops.length = 0;
  };

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      log('starting embedded PostgreSQL', { port: config.embeddedPostgresPort, dataDir: config.embeddedPostgresDir });
      const postgres: DevPostgres = await startDevPostgres({
        dataDir: config.embeddedPostgresDir,
        port: config.embeddedPostgresPort,
        persistent: true,
      });
      stops.push(() => postgres.stop());
      databaseUrl = postgres.url;
    }

    const migrated = await applyMigrations({ databaseUrl });
    log('migrations and metadata applied', { applied: migrated.applied });

    if (config.seedWhenEmpty && (await isDatabaseEmpty(databaseUrl))) {
      log('empty database: seeding demo data');
      const summary = await seedDemoData(databaseUrl);
      log('demo data seeded', { ...summary });
    }

    const offline = await startOffline({
      databaseUrl,
      webhookSecret: config.webhookSecret,
      httpPort: config.webhookPort,
      lambdaPort: config.lambdaPort,
      eventBridgePort: config.eventBridgePort,
      eventBridgePubSubPort: config.eventBridgePubSubPort,
      deadLetterDir: config.deadLetterDir,
      // The service's warnings and errors (a refused signature, a failed delivery) reach the
      // terminal; its per-event info lines and serverless' own chatter do not.
      onLog: (line) => {
        if (SERVICE_PROBLEM.test(line)) process.stderr.write(`${line}\n`);
      },
    });
    stops.push(() => offline.stop());

    const graphql = await createHasuraServer({
      metadataDir: METADATA_DIR,
      databaseUrl,
      adminSecret: config.adminSecret,
      jwtSecret: config.jwtSecret,
      port: config.hasuraPort,
      host: '127.0.0.1',
    });
    stops.push(() => graphql.close());
    const graphqlUrl = `${graphql.url.replace(/\/$/, '')}/v1/graphql`;

    const devBackend = createDevBackend(databaseUrl, config.jwtSecret);
    stops.push(() => devBackend.close());
    const dashboard = await startDashboardServer({
      port: config.dashboardPort,
      backend: devBackend,
      createApp: (server) => createViteApp(server, graphqlUrl),
    });
    stops.push(() => dashboard.close());

    return {
      dashboardUrl: dashboard.url,
      databaseUrl,
      webhookUrl: offline.webhookUrl,
      graphqlUrl,
      consoleUrl: `${graphql.url.replace(/\/$/, '')}/console`,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Where the metadata lives, for messages. */
export const metadataDirForDisplay = path.relative(process.cwd(), METADATA_DIR) || METADATA_DIR;
