/**
 * The Docker-free system: PostgreSQL (embedded unless DATABASE_URL is set) with its two roles,
 * migrations and metadata, demo data on an empty database, the ingestion service under
 * `serverless offline`, and the Hasura-compatible GraphQL server, wired to one database.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { REPO_ROOT } from '@issuing/dev-defaults';
import { dataDirPostgresCanReach, startDevPostgres } from '@issuing/dev-postgres';
import { applyMigrations, createAppDatabase, createGraphqlRole, DatabaseRoleError, METADATA_DIR, syncGraphqlGrants } from '@issuing/db-migrate';
import { startOffline } from '@issuing/ingestion-service/offline';
import { createHasuraServer } from '@issuing/hasura-compatible-server';
import { seedDemoData } from '@issuing/seeds';
import { startDashboardServer } from './dashboard/dashboard-server.js';
import { createDevBackend } from './dashboard/dev-backend.js';
import { createBuiltApp } from './dashboard/built-app.js';
import { createViteApp } from './dashboard/vite-app.js';
import type { StackConfig } from './config.js';
import { assertPortsFree } from './ports.js';
import type { Watchdog } from './watchdog.js';

export { readStackConfig } from './config.js';
export { startWatchdog } from './watchdog.js';

/** The dashboard's origins as a browser names them. */
function dashboardOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** The embedded cluster's application database and its roles. */
const APP_DATABASE = 'issuing';
const OWNER_ROLE = 'issuing_owner';
const GRAPHQL_ROLE = 'issuing_graphql';

export interface RunningStack {
  readonly dashboardUrl: string;
  /** What migrations, seeds, run_sql and the ingestion service log in with. */
  readonly databaseUrl: string;
  /** What GraphQL queries log in with. */
  readonly queryDatabaseUrl: string;
  readonly webhookUrl: string;
  readonly graphqlUrl: string;
  readonly consoleUrl: string;
  /** Stops everything this stack started, newest first. */
  stop(): Promise<void>;
}

export type Log = (level: 'info' | 'warn', message: string, fields?: Record<string, unknown>) => void;

const SERVICE_PROBLEM = /^\{.*"level":"(warn|error)"/;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Where GraphQL queries log in when the user gave DATABASE_URL: the read-only role when that
 * login may create it and owns the tracked objects; otherwise DATABASE_URL itself, said in one line.
 */
async function queryUrlForUserDatabase(config: StackConfig, ownerUrl: string, log: Log): Promise<string> {
  const [me] = await query<{ rolsuper: boolean }>(ownerUrl, 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  if (me?.rolsuper) log('warn', 'DATABASE_URL logs in as a superuser: migrations and run_sql can reach the operating system; prefer a non-superuser owner of the database');
  try {
    const url = await createGraphqlRole(ownerUrl, { name: GRAPHQL_ROLE, password: config.graphqlPassword });
    await syncGraphqlGrants(ownerUrl, { role: GRAPHQL_ROLE, metadataDir: METADATA_DIR });
    return url;
  } catch (error) {
    if (!(error instanceof DatabaseRoleError)) throw error;
    log('warn', `GraphQL queries run as the DATABASE_URL role: ${error.message}; set HASURA_GRAPHQL_QUERY_DATABASE_URL to a read-only role to change that`);
    return ownerUrl;
  }
}

interface StackHooks {
  readonly log: Log;
  readonly watchdog: Watchdog;
  /** A part (PostgreSQL, serverless offline) ended on its own: the caller should stop the rest. */
  readonly onPartExit: (description: string) => void;
}

function exitDescription(name: string, code: number | null, signal: NodeJS.Signals | null): string {
  return `${name} exited unexpectedly (${signal ? `signal ${signal}` : `code ${String(code)}`})`;
}

/** Starts the whole stack; on any failure stops what already started and rethrows. */
export async function startStack(config: StackConfig, hooks: StackHooks): Promise<RunningStack> {
  const { log, watchdog } = hooks;
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
      await stop().catch((error: unknown) => log('warn', 'stop failed', { error: String(error) }));
    }
    stops.length = 0;
    watchdog.release();
  };

  try {
    let ownerUrl: string;
    let queryUrl: string;
    if (config.databaseUrl) {
      ownerUrl = config.databaseUrl;
      await applyMigrations({ databaseUrl: ownerUrl });
      queryUrl = config.queryDatabaseUrl ?? (await queryUrlForUserDatabase(config, ownerUrl, log));
    } else {
      // Run as root, PostgreSQL runs as the postgres user: the default folder moves to where it
      // can reach it when the project lives somewhere only root can enter (/root, a 0700 folder).
      const dataDir = config.embeddedPostgresDirIsDefault
        ? await dataDirPostgresCanReach(config.embeddedPostgresDir, `issuing-reference-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}/postgres`)
        : config.embeddedPostgresDir;
      log('info', 'starting embedded PostgreSQL', { port: config.embeddedPostgresPort, dataDir });
      const postgres = await startDevPostgres({
        dataDir,
        port: config.embeddedPostgresPort,
        persistent: true,
        password: config.postgresPassword,
        // Clusters made before the dev secrets existed had this documented password.
        previousPasswords: ['postgres'],
        onSpawn: (pid) => watchdog.watch(pid, 'SIGINT'), // PostgreSQL's fast shutdown
        onUnexpectedExit: (code, signal) => hooks.onPartExit(exitDescription('PostgreSQL', code, signal)),
      });
      stops.push(() => postgres.stop());
      const app = await createAppDatabase(postgres.url, {
        database: APP_DATABASE,
        owner: { name: OWNER_ROLE, password: config.ownerPassword },
        graphql: { name: GRAPHQL_ROLE, password: config.graphqlPassword },
      });
      ownerUrl = app.ownerUrl;
      await applyMigrations({ databaseUrl: ownerUrl });
      await syncGraphqlGrants(ownerUrl, { role: GRAPHQL_ROLE, metadataDir: METADATA_DIR });
      queryUrl = config.queryDatabaseUrl ?? app.graphqlUrl;
    }
    log('info', 'migrations and metadata applied; GraphQL role in step with the metadata');

    if (config.seedWhenEmpty) {
      const [users] = await query<{ n: number }>(ownerUrl, 'SELECT count(*)::int AS n FROM public.users');
      if (users?.n === 0) {
        log('info', 'empty database: seeding demo data');
        const summary = await seedDemoData(ownerUrl);
        log('info', 'demo data seeded', { ...summary });
      }
    }

    const offline = await startOffline({
      databaseUrl: ownerUrl,
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
      onSpawn: (pid) => watchdog.watch(pid, 'SIGTERM'),
      onUnexpectedExit: (code, signal) => hooks.onPartExit(exitDescription('serverless offline', code, signal)),
    });
    stops.push(() => offline.stop());

    const graphql = await createHasuraServer({
      metadataDir: METADATA_DIR,
      databaseUrl: ownerUrl,
      queryDatabaseUrl: queryUrl,
      adminSecret: config.adminSecret,
      jwtSecret: config.jwtSecret,
      port: config.hasuraPort,
      host: '127.0.0.1',
      // Only the dashboard (and the server's own console) may call the API from a browser.
      corsDomain: dashboardOrigins(config.dashboardPort).join(', '),
    });
    stops.push(() => graphql.close());
    const graphqlUrl = `${graphql.url.replace(/\/$/, '')}/v1/graphql`;

    const devBackend = createDevBackend(ownerUrl, config.jwtSecret);
    stops.push(() => devBackend.close());
    const dashboard = await startDashboardServer({
      port: config.dashboardPort,
      backend: devBackend,
      createApp: (server) =>
        config.dashboardHmr
          ? createViteApp(server, graphqlUrl)
          : createBuiltApp({ graphqlUrl, onRebuildError: (message) => log('warn', message) }),
    });
    stops.push(() => dashboard.close());

    return {
      dashboardUrl: dashboard.url,
      databaseUrl: ownerUrl,
      queryDatabaseUrl: queryUrl,
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
