/**
 * POST /v1/metadata and POST /v2/query (admin only): export/replace/reload metadata,
 * inconsistency reports, the CLI's catalog state and run_sql.
 */
import { isRecord } from '@issuing/kernel';
import type pg from 'pg';
import { ApiError } from '../errors.js';
import { HasuraEngine } from '../graphql/engine.js';
import type { CatalogStore } from '../metadata/catalog-store.js';
import { runSql } from './run-sql.js';

export interface MetadataApiDeps {
  engine: HasuraEngine;
  pool: pg.Pool;
  catalog: CatalogStore;
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
