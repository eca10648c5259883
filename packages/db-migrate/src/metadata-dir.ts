/**
 * Reads a Hasura CLI config-v3 `metadata/` directory into the JSON that `replace_metadata`
 * (version 2) takes, inlining `"!include <path>"` strings the way `hasura metadata apply` does.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export class MetadataDirError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MetadataDirError';
  }
}

const INCLUDE = /^!include\s+(.+)$/;

async function readYaml(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new MetadataDirError(`cannot read metadata file ${file}`, { cause });
  }
  try {
    return parseYaml(text) ?? null;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new MetadataDirError(`invalid YAML in ${file}: ${reason}`, { cause });
  }
}

async function inline(value: unknown, dir: string, chain: readonly string[]): Promise<unknown> {
  if (typeof value === 'string') {
    const target = INCLUDE.exec(value.trim())?.[1];
    if (!target) return value;
    const file = path.resolve(dir, target.trim());
    if (chain.includes(file)) throw new MetadataDirError(`circular !include of ${file}`);
    return inline(await readYaml(file), path.dirname(file), [...chain, file]);
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => inline(item, dir, chain)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await inline(item, dir, chain);
    return out;
  }
  return value;
}

async function section(dir: string, file: string): Promise<unknown> {
  const full = path.join(dir, file);
  return existsSync(full) ? inline(await readYaml(full), path.dirname(full), [full]) : undefined;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** The metadata export document (version 3) built from the directory. */
export async function readMetadataDir(dir: string): Promise<Record<string, unknown>> {
  const version = await section(dir, 'version.yaml');
  const versionNumber = version !== null && typeof version === 'object' && 'version' in version ? version.version : undefined;
  if (versionNumber !== 3) throw new MetadataDirError(`${path.join(dir, 'version.yaml')} must say "version: 3"`);
  const sources = await section(dir, path.join('databases', 'databases.yaml'));
  if (!Array.isArray(sources)) throw new MetadataDirError(`${path.join(dir, 'databases', 'databases.yaml')} must be a list of sources`);

  const metadata: Record<string, unknown> = { version: 3, sources };
  const actions = await section(dir, 'actions.yaml');
  if (actions !== null && typeof actions === 'object') {
    if ('actions' in actions && present(actions.actions)) metadata.actions = actions.actions;
    if ('custom_types' in actions && present(actions.custom_types)) metadata.custom_types = actions.custom_types;
  }
  const optional: Array<[string, string]> = [
    ['remote_schemas', 'remote_schemas.yaml'],
    ['query_collections', 'query_collections.yaml'],
    ['allowlist', 'allow_list.yaml'],
    ['inherited_roles', 'inherited_roles.yaml'],
    ['cron_triggers', 'cron_triggers.yaml'],
    ['rest_endpoints', 'rest_endpoints.yaml'],
    ['api_limits', 'api_limits.yaml'],
    ['network', 'network.yaml'],
    ['graphql_schema_introspection', 'graphql_schema_introspection.yaml'],
  ];
  for (const [key, file] of optional) {
    const value = await section(dir, file);
    if (present(value)) metadata[key] = value;
  }
  return metadata;
}
