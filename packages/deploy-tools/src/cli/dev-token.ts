/**
 * `npm run dev-token -- <user-id> [--hours 12]`: prints a dev JWT for that user (stdout: the token
 * only, so `TOKEN=$(npm run -s dev-token -- <id>)` works). The key is HASURA_GRAPHQL_JWT_SECRET
 * from the environment, else from the .env of docker compose, else npm start's dev key.
 */
import { parseArgs } from 'node:util';
import { CliError, runCli } from '../cli-error.js';
import { mintDevToken, NPM_START_JWT_SECRET } from '../dev-token.js';
import { readEnvFile } from '../env-file.js';
import { envFilePath } from '../paths.js';

runCli('dev-token', async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { hours: { type: 'string', default: '12' } } });
  const [userId, ...extra] = positionals;
  if (userId === undefined || extra.length > 0) throw new CliError('usage: npm run dev-token -- <user-id> [--hours 12]');
  const fromEnv = process.env.HASURA_GRAPHQL_JWT_SECRET?.trim();
  const secret = fromEnv || (await readEnvFile(envFilePath()))?.HASURA_GRAPHQL_JWT_SECRET || NPM_START_JWT_SECRET;
  process.stdout.write(`${await mintDevToken(secret, userId, Number(values.hours))}\n`);
  return 0;
});
