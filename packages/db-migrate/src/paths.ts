import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `hasura/` project folder. */
export const HASURA_PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../hasura');
export const MIGRATIONS_DIR = path.join(HASURA_PROJECT_DIR, 'migrations', 'default');
export const METADATA_DIR = path.join(HASURA_PROJECT_DIR, 'metadata');
