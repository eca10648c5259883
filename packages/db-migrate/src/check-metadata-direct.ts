/**
 * Docker-free counterpart of Hasura's `replace_metadata` with `allow_inconsistent_metadata:
 * false`: the metadata directory is loaded and checked against the migrated database by the
 * Hasura-compatible server's own code, so what passes here is what it will serve.
 */
import { checkMetadataConsistency, loadMetadataDir } from '@issuing/hasura-compatible-server';
import pg from 'pg';
import { inconsistencyError } from './apply-through-hasura.js';

export async function checkMetadataDirect(databaseUrl: string, metadataDir: string): Promise<void> {
  const metadata = await loadMetadataDir(metadataDir);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const inconsistencies = await checkMetadataConsistency(metadata, pool);
    if (inconsistencies.length > 0) throw inconsistencyError('metadata is inconsistent with the database', inconsistencies);
  } finally {
    await pool.end();
  }
}
