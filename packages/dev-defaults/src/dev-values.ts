/**
 * Development defaults: the ports `npm start` listens on, the AWS region used locally and the
 * demo user. Dev-only: deployed code never imports this package.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/dev-defaults/src/dev-values.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The git-ignored folder for local runtime state (embedded PostgreSQL, dead letters, dev secrets). */
export const DEV_DATA_DIR = path.join(REPO_ROOT, '.data');

/** Default local ports; each can be moved by the variable named in the README. */
export const DEV_PORTS = {
  webhook: 4000,
  lambda: 4002,
  eventBridge: 4010,
  eventBridgePubSub: 4011,
  graphql: 3010,
  postgres: 5500,
  dashboard: 3000,
} as const;

/** The AWS region every local run (serverless offline, replay) pretends to be in. */
export const DEV_AWS_REGION = 'eu-west-1';

/** The demo user the seeds create (with over 1,000 authorizations) and npm start mints a token for. */
export const DEMO_USER_ID = '332787f1-1814-47e1-870e-2b9be86d1533';
