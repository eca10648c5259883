/** Where the service and the repository live on disk. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder (where serverless.yml lives). */
export const SERVICE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REPOSITORY_DIR = path.resolve(SERVICE_DIR, '../..');
/** The offline stage's local dead-letter store unless DEAD_LETTER_DIR says otherwise. */
export const DEFAULT_DEAD_LETTER_DIR = path.join(REPOSITORY_DIR, '.data', 'dead-letters');
