/** Where things are: the repository, the serverless service, the .env docker compose reads. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SERVICE_DIR = path.join(REPOSITORY_DIR, 'packages', 'ingestion-service');

/** The .env of docker compose; ENV_FILE points elsewhere (tests, several checkouts). */
export function envFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ENV_FILE?.trim() ? path.resolve(env.ENV_FILE) : path.join(REPOSITORY_DIR, '.env');
}
