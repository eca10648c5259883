/**
 * Reads a Hasura CLI config-v3 `metadata/` directory into the export JSON shape that
 * `replace_metadata` takes, resolving `"!include <path>"` strings relative to the including file.
 */
import { errorMessage } from '@issuing/kernel';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { MetadataFormatError } from './types.js';

const INCLUDE = /^!include\s+(.+)$/;

async function readYamlFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new MetadataFormatError(`cannot read metadata file ${file}`, { cause });
  }
  try {
    return parseYaml(text) ?? null;
  } catch (cause) {
    throw new MetadataFormatError(`invalid YAML in ${file}: ${errorMessage(cause)}`, { cause });
  }
}

/** Replaces every `"!include x"` string (at any depth) with the parsed content of x. */
async function resolveIncludes(value: unknown, dir: string, seen: readonly string[]): Promise<unknown> {
  if (typeof value === 'string') {
    const match = INCLUDE.exec(value.trim());
    if (!match?.[1]) return value;
    const target = path.resolve(dir, match[1].trim());
    if (seen.includes(target)) throw new MetadataFormatError(`circular !include of ${target}`);
    const loaded = await readYamlFile(target);
    return resolveIncludes(loaded, path.dirname(target), [...seen, target]);
  }
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveIncludes(item, dir, seen)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = await resolveIncludes(item, dir, seen);
    return out;
  }
  return value;
}

async function readOptional(dir: string, name: string): Promise<unknown> {
  const file = path.join(dir, name);
  if (!existsSync(file)) return undefined;
  return resolveIncludes(await readYamlFile(file), dir, [file]);
}

function nonEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Loads a metadata directory (the folder holding version.yaml) into export-shaped JSON. */
export async function loadMetadataDir(dir: string): Promise<Record<string, unknown>> {
  const root = path.resolve(dir);
  if (!existsSync(root)) throw new MetadataFormatError(`metadata directory ${root} does not exist`);
  const versionDoc = await readOptional(root, 'version.yaml');
  const version =
    versionDoc && typeof versionDoc === 'object' && 'version' in versionDoc ? versionDoc.version : undefined;
  if (version !== 3) throw new MetadataFormatError(`${path.join(root, 'version.yaml')} must say "version: 3"`);

  const databasesFile = path.join(root, 'databases', 'databases.yaml');
  const sources = existsSync(databasesFile)
    ? await resolveIncludes(await readYamlFile(databasesFile), path.dirname(databasesFile), [databasesFile])
    : [];
  if (sources !== null && !Array.isArray(sources)) throw new MetadataFormatError(`${databasesFile} must hold a list of databases`);

  const metadata: Record<string, unknown> = { version: 3, sources: sources ?? [] };

  const actions = await readOptional(root, 'actions.yaml');
  if (actions && typeof actions === 'object' && !Array.isArray(actions)) {
    const record: Record<string, unknown> = { ...actions };
    if (nonEmpty(record.actions)) metadata.actions = record.actions;
    const customTypes = record.custom_types;
    if (customTypes && typeof customTypes === 'object' && Object.values(customTypes).some(nonEmpty)) metadata.custom_types = customTypes;
  }
  const sections: Array<[string, string]> = [
    ['remote_schemas.yaml', 'remote_schemas'],
    ['query_collections.yaml', 'query_collections'],
    ['allow_list.yaml', 'allowlist'],
    ['inherited_roles.yaml', 'inherited_roles'],
    ['cron_triggers.yaml', 'cron_triggers'],
    ['rest_endpoints.yaml', 'rest_endpoints'],
    ['network.yaml', 'network'],
    ['api_limits.yaml', 'api_limits'],
    ['graphql_schema_introspection.yaml', 'graphql_schema_introspection'],
    ['backend_configs.yaml', 'backend_configs'],
    ['opentelemetry.yaml', 'opentelemetry'],
    ['metrics_config.yaml', 'metrics_config'],
  ];
  for (const [file, key] of sections) {
    const value = await readOptional(root, file);
    if (nonEmpty(value)) metadata[key] = value;
  }
  return metadata;
}
