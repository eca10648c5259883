/**
 * Runs this service under `serverless offline --stage offline` (serverless-offline +
 * serverless-offline-aws-eventbridge) as a child process group, for `npm start`, the end-to-end
 * tests and the bench. Resolves once the webhook answers HTTP; stop() kills the whole group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEV_AWS_REGION, DEV_PORTS } from '@issuing/dev-defaults';
import { isPortOpen } from '@issuing/kernel';
import { DEFAULT_DEAD_LETTER_DIR, SERVICE_DIR } from './paths.js';

export interface StartOfflineOptions {
  databaseUrl: string;
  webhookSecret: string;
  httpPort?: number;
  lambdaPort?: number;
  eventBridgePort?: number;
  eventBridgePubSubPort?: number;
  /** Local dead-letter store; default `.data/dead-letters` at the repository root. */
  deadLetterDir?: string;
  /** Every output line of the child process (serverless and the handlers' JSON logs). */
  onLog?: (line: string) => void;
  /** How long to wait for the webhook to answer, ms (default 120 000). */
  readyTimeoutMs?: number;
  /** Called with the pid of the child, also the id of its process group (e.g. for a watchdog). */
  onSpawn?: (pid: number) => void;
  /** Called when serverless offline exits after it answered, without stop() (it crashed or was killed). */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface OfflineService {
  webhookUrl: string;
  stop(): Promise<void>;
}

export class OfflineStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OfflineStartError';
  }
}


function serverlessBin(): string {
  const require = createRequire(path.join(SERVICE_DIR, 'package.json'));
  return path.join(path.dirname(require.resolve('serverless/package.json')), 'bin', 'serverless.js');
}

async function answers(url: string): Promise<boolean> {
  try {
    // Any HTTP answer means the HTTP server is up, and serverless offline registers every route
    // before it listens. A GET (answered 404 by serverless offline itself) never reaches the
    // webhook handler, so the probe logs no "webhook rejected" warning.
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function startOffline(options: StartOfflineOptions): Promise<OfflineService> {
  const httpPort = options.httpPort ?? DEV_PORTS.webhook;
  const lambdaPort = options.lambdaPort ?? DEV_PORTS.lambda;
  const eventBridgePort = options.eventBridgePort ?? DEV_PORTS.eventBridge;
  const pubSubPort = options.eventBridgePubSubPort ?? DEV_PORTS.eventBridgePubSub;
  const ports = { http: httpPort, lambda: lambdaPort, eventbridge: eventBridgePort, 'eventbridge pub/sub': pubSubPort };
  for (const [name, port] of Object.entries(ports)) {
    if (await isPortOpen(port)) {
      throw new OfflineStartError(`port ${port} (${name}) on 127.0.0.1 is already in use; stop what uses it or pick another port`);
    }
  }

  const webhookUrl = `http://127.0.0.1:${httpPort}/stripe-event`;
  // Each instance bundles into its own folder, so two instances never share a build.
  const workFolder = path.join('.esbuild', `offline-${httpPort}`);
  const onLog = options.onLog ?? (() => undefined);
  const recent: string[] = [];
  const loopbackOnly = path.join(SERVICE_DIR, 'src', 'offline', 'loopback-only.cjs');
  const child = spawn(process.execPath, ['--require', loopbackOnly, serverlessBin(), 'offline', 'start', '--stage', 'offline'], {
    cwd: SERVICE_DIR,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      STRIPE_WEBHOOK_SECRET: options.webhookSecret,
      DEAD_LETTER_DIR: path.resolve(options.deadLetterDir ?? DEFAULT_DEAD_LETTER_DIR),
      OFFLINE_HTTP_PORT: String(httpPort),
      OFFLINE_LAMBDA_PORT: String(lambdaPort),
      EVENTBRIDGE_PORT: String(eventBridgePort),
      EVENTBRIDGE_PUBSUB_PORT: String(pubSubPort),
      ESBUILD_WORK_FOLDER: workFolder,
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'offline-dummy-key',
      AWS_SECRET_ACCESS_KEY: 'offline-dummy-secret',
      AWS_REGION: DEV_AWS_REGION,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });

  if (child.pid !== undefined) options.onSpawn?.(child.pid);

  let buffered = '';
  const forward = (chunk: Buffer): void => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      onLog(line);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);

  let ready = false;
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (ready && !stopping) options.onUnexpectedExit?.(code, signal);
  });
  const stop = async (): Promise<void> => {
    stopping = true;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited(child);
    clearTimeout(timer);
    // Workers of the group may outlive the parent for a moment.
    killGroup(child, 'SIGKILL');
    await rm(path.join(SERVICE_DIR, workFolder), { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new OfflineStartError(`serverless offline exited before the webhook answered:\n${recent.join('\n')}`);
    }
    if (await answers(webhookUrl)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new OfflineStartError(`serverless offline did not answer on ${webhookUrl} in time:\n${recent.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  ready = true;
  return { webhookUrl, stop };
}
