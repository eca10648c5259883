/** Checks metadata against a live database, returning Hasura-shaped inconsistency objects. */
import type pg from 'pg';
import { buildModel } from './build-model.js';
import { introspectDatabase } from '../metadata/introspect-database.js';
import { type InconsistentObject, parseMetadata } from '../metadata/types.js';

/**
 * Returns every inconsistency (unknown table, column, function, relationship, permission
 * column) of `metadata` (export-shaped JSON) over the database behind `pool`; empty when consistent.
 * Throws MetadataFormatError when the document itself is malformed.
 */
export async function checkMetadataConsistency(metadata: unknown, pool: pg.Pool | pg.PoolClient): Promise<InconsistentObject[]> {
  const parsed = parseMetadata(metadata);
  const catalog = await introspectDatabase(pool);
  return buildModel(parsed, catalog).inconsistencies;
}
