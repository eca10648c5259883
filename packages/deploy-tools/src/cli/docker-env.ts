/**
 * `npm run docker-env [-- --force]`: writes the git-ignored .env that docker-compose.yml requires,
 * with fresh random secrets (PostgreSQL password, Hasura admin secret, Hasura JWT key), readable
 * by the owner only. Compose refuses to start without it, so no fixed secret grants access.
 */
import { parseArgs } from 'node:util';
import { runCli } from '../cli-error.js';
import { writeDockerEnv } from '../docker-secrets.js';
import { envFilePath } from '../paths.js';

runCli('docker-env', async () => {
  const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
  const file = envFilePath();
  await writeDockerEnv(file, values.force);
  process.stdout.write(`wrote ${file} (POSTGRES_PASSWORD, HASURA_GRAPHQL_ADMIN_SECRET, HASURA_GRAPHQL_JWT_SECRET); next: docker compose up -d --wait\n`);
  return 0;
});
