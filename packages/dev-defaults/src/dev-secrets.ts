/**
 * Dev secrets: generated at random on first use, kept in `.data/dev-secrets.json` (git-ignored,
 * mode 0600) and reused afterwards, so no fixed published value grants power over a local run.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_DATA_DIR } from './dev-values.js';

export interface DevSecrets {
  /** HASURA_GRAPHQL_ADMIN_SECRET of the local GraphQL server. */
  readonly adminSecret: string;
  /** HS256 key of the local JWT config. */
  readonly jwtKey: string;
  /** `whsec_…` the local webhook verifies with and `npm run simulate` signs with. */
  readonly webhookSecret: string;
  /** Bootstrap superuser of the embedded PostgreSQL (used only to create the roles below). */
  readonly postgresPassword: string;
  /** Role owning the application's schema (migrations, seeds, run_sql, ingestion). */
  readonly ownerPassword: string;
  /** Read-only role the GraphQL server runs queries as. */
  readonly graphqlPassword: string;
}

const KEYS = ['adminSecret', 'jwtKey', 'webhookSecret', 'postgresPassword', 'ownerPassword', 'graphqlPassword'] as const;

export class DevSecretsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DevSecretsError';
  }
}

/** Where the dev secrets are kept: DEV_SECRETS_FILE, else `.data/dev-secrets.json` at the repository root. */
export function devSecretsFile(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DEV_SECRETS_FILE?.trim();
  return configured ? path.resolve(configured) : path.join(DEV_DATA_DIR, 'dev-secrets.json');
}

function random(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

function generate(key: (typeof KEYS)[number]): string {
  return key === 'webhookSecret' ? `whsec_${random(24)}` : random(32);
}

function readExisting(file: string): Partial<Record<(typeof KEYS)[number], string>> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw new DevSecretsError(`cannot read the dev secrets in ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new DevSecretsError(`${file} is not valid JSON; delete it (and .data/postgres) to generate new dev secrets`, { cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new DevSecretsError(`${file} must hold a JSON object; delete it (and .data/postgres) to generate new dev secrets`);
  }
  const found: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const key of KEYS) {
    const value: unknown = Object.getOwnPropertyDescriptor(parsed, key)?.value;
    if (typeof value === 'string' && value.length >= 16) found[key] = value;
  }
  return found;
}

type Found = Partial<Record<(typeof KEYS)[number], string>>;

/** Every secret, generating the ones not found. */
function complete(found: Found | undefined): DevSecrets {
  const pick = (key: (typeof KEYS)[number]): string => found?.[key] ?? generate(key);
  return {
    adminSecret: pick('adminSecret'),
    jwtKey: pick('jwtKey'),
    webhookSecret: pick('webhookSecret'),
    postgresPassword: pick('postgresPassword'),
    ownerPassword: pick('ownerPassword'),
    graphqlPassword: pick('graphqlPassword'),
  };
}

function writeTemporary(file: string, secrets: DevSecrets): string {
  const temporary = `${file}.${process.pid}.${random(6)}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return temporary;
}

/**
 * The dev secrets, created on first use and reused afterwards. Creation is atomic (two
 * processes starting at once agree on one set); a file readable by others is made private.
 */
export function loadDevSecrets(file: string = devSecretsFile()): DevSecrets {
  const existing = readExisting(file);
  if (existing && KEYS.every((key) => existing[key] !== undefined)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return complete(existing);
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const secrets = complete(existing);
    const temporary = writeTemporary(file, secrets);
    try {
      if (existing) {
        // An older file without some of today's keys: keep what it has, add the rest.
        renameSync(temporary, file);
        return secrets;
      }
      // link() fails if another process created the file meanwhile; then its secrets win.
      linkSync(temporary, file);
      return secrets;
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return loadDevSecrets(file);
      throw error;
    } finally {
      try {
        unlinkSync(temporary);
      } catch {
        // Renamed away already.
      }
    }
  } catch (error) {
    if (error instanceof DevSecretsError) throw error;
    throw new DevSecretsError(`cannot create the dev secrets in ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
