/**
 * POST /v1/metadata and POST /v2/query (admin only): export/replace/reload metadata,
 * inconsistency reports, the CLI's catalog state and run_sql.
 */
import type pg from 'pg';
import { HasuraEngine } from '../engine.js';
import { ApiError } from '../errors.js';
import type { CatalogStore } from '../metadata/catalog-store.js';

export interface MetadataApiDeps {
  engine: HasuraEngine;
  pool: pg.Pool;
  catalog: CatalogStore;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function inconsistentReply(engine: HasuraEngine): Record<string, unknown> {
  const objects = engine.inconsistencies;
  return objects.length === 0 ? { is_consistent: true } : { is_consistent: false, inconsistent_objects: objects };
}

async function replaceMetadata(deps: MetadataApiDeps, body: Record<string, unknown>): Promise<unknown> {
  const args = isRecord(body.args) ? body.args : {};
  // version 2 wraps the metadata in args.metadata; version 1 passes it as args. Infer when absent.
  const isV2 = body.version === 2 || (body.version === undefined && isRecord(args.metadata));
  const metadata = isV2 ? args.metadata : args;
  const allowInconsistent = isV2 && args.allow_inconsistent_metadata === true;
  const expected = body.resource_version;
  if (typeof expected === 'number' && expected !== deps.engine.resourceVersion) {
    throw new ApiError(409, `metadata resource version referenced (${expected}) did not match current version`, 'conflict');
  }
  const loaded = await HasuraEngine.resolve(deps.pool, metadata);
  if (loaded.inconsistencies.length > 0 && !allowInconsistent) {
    throw new ApiError(400, 'cannot continue due to inconsistent metadata', 'unexpected', '$.args', { internal: loaded.inconsistencies });
  }
  deps.engine.install(loaded, true);
  await deps.catalog.writeMetadata(loaded.raw, deps.engine.resourceVersion);
  if (!isV2) return { message: 'success' };
  return { ...inconsistentReply(deps.engine), resource_version: deps.engine.resourceVersion };
}

/** One metadata API call; `bulk` recurses. */
export async function runMetadataCall(deps: MetadataApiDeps, body: unknown): Promise<unknown> {
  if (!isRecord(body) || typeof body.type !== 'string') throw new ApiError(400, 'key "type" not found', 'parse-failed');
  const args = isRecord(body.args) ? body.args : {};
  switch (body.type) {
    case 'export_metadata':
      return body.version === 2 ? { resource_version: deps.engine.resourceVersion, metadata: deps.engine.metadata } : deps.engine.metadata;
    case 'replace_metadata':
      return replaceMetadata(deps, body);
    case 'reload_metadata':
      await deps.engine.reload();
      return { ...inconsistentReply(deps.engine), message: 'success' };
    case 'get_inconsistent_metadata':
      return { is_consistent: deps.engine.inconsistencies.length === 0, inconsistent_objects: deps.engine.inconsistencies };
    case 'clear_metadata': {
      const loaded = await HasuraEngine.resolve(deps.pool, { version: 3, sources: [] });
      deps.engine.install(loaded, true);
      await deps.catalog.writeMetadata(loaded.raw, deps.engine.resourceVersion);
      return { message: 'success' };
    }
    case 'get_catalog_state':
      return deps.catalog.getCatalogState();
    case 'set_catalog_state': {
      const kind = args.type;
      if (kind !== 'cli' && kind !== 'console') throw new ApiError(400, 'args.type must be "cli" or "console"', 'parse-failed', '$.args.type');
      await deps.catalog.setCatalogState(kind, args.state);
      return { message: 'success' };
    }
    case 'run_sql':
      return runSql(deps, args);
    case 'bulk': {
      if (!Array.isArray(body.args)) throw new ApiError(400, 'bulk needs a list of calls in "args"', 'parse-failed', '$.args');
      const results: unknown[] = [];
      for (const call of body.args) results.push(await runMetadataCall(deps, call));
      return results;
    }
    default:
      throw new ApiError(400, `metadata API "${body.type}" is not supported by hasura-compatible-server`, 'not-supported', '$.type');
  }
}

function cell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** run_sql: the statements run in one transaction; the last statement's result is returned. */
async function runSql(deps: MetadataApiDeps, args: Record<string, unknown>): Promise<unknown> {
  if (typeof args.sql !== 'string') throw new ApiError(400, 'key "sql" not found', 'parse-failed', '$.args');
  const source = args.source ?? 'default';
  const sourceNames = deps.engine.metadata.sources;
  const known = Array.isArray(sourceNames) ? sourceNames.map((s) => (isRecord(s) ? s.name : null)) : [];
  if (source !== 'default' && !known.includes(source)) throw new ApiError(400, `source with name "${String(source)}" does not exist`, 'not-exists', '$.args.source');
  const check = args.check_metadata_consistency !== false && args.read_only !== true;
  const client = await deps.pool.connect();
  try {
    await client.query(args.read_only === true ? 'BEGIN READ ONLY' : 'BEGIN');
    let results: pg.QueryResult | pg.QueryResult[];
    try {
      // Simple-query protocol (no parameters): the text may hold several statements.
      results = await client.query({ text: args.sql, types: { getTypeParser: () => (text: string) => text } });
    } catch (error) {
      await client.query('ROLLBACK');
      const message = error instanceof Error ? error.message : String(error);
      const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
      throw new ApiError(400, 'query execution failed', 'postgres-error', '$', { internal: { error: { message, status_code: code }, statement: args.sql } }, { cause: error });
    }
    let reloaded = null;
    if (check) {
      reloaded = await HasuraEngine.resolve(client, deps.engine.metadata);
      const before = new Set(deps.engine.inconsistencies.map((i) => JSON.stringify(i)));
      const added = reloaded.inconsistencies.filter((i) => !before.has(JSON.stringify(i)));
      // Like Hasura, refuse SQL that breaks tracked objects unless cascade is asked for
      // (then the broken objects stay listed as inconsistent).
      if (added.length > 0 && args.cascade !== true) {
        await client.query('ROLLBACK');
        const names = added.map((i) => i.name ?? i.type).join(', ');
        throw new ApiError(400, `cannot drop due to the following dependent objects : ${names}`, 'dependency-error', '$', { internal: added });
      }
    }
    await client.query('COMMIT');
    if (reloaded) deps.engine.install(reloaded, false);
    const last: pg.QueryResult | undefined = Array.isArray(results) ? results[results.length - 1] : results;
    if (!last || !last.fields || last.fields.length === 0) return { result_type: 'CommandOk', result: null };
    const header = last.fields.map((f: pg.FieldDef) => f.name);
    const rows = last.rows.map((row: Record<string, unknown>) => header.map((h: string) => cell(row[h])));
    return { result_type: 'TuplesOk', result: [header, ...rows] };
  } finally {
    client.release();
  }
}
