/**
 * A dev JWT for any user: Hasura's claims for role cardholder, signed with the HS256 key of
 * HASURA_GRAPHQL_JWT_SECRET (from the environment, else the .env docker compose uses, else
 * npm start's documented dev key).
 */
import { SignJWT } from 'jose';
import { CliError } from './cli-error.js';

/** npm start's documented development key (README); never valid anywhere else. */
export const NPM_START_JWT_SECRET = '{"type":"HS256","key":"dev-jwt-signing-key-change-me-0123456789abcdef"}';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The HMAC key and algorithm from Hasura's JWT config JSON; refuses anything else. */
function hmacKeyOf(jwtSecretJson: string): { key: string; alg: 'HS256' | 'HS384' | 'HS512' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jwtSecretJson);
  } catch (cause) {
    throw new CliError('HASURA_GRAPHQL_JWT_SECRET is not JSON (expected {"type":"HS256","key":"…"})', { cause });
  }
  if (!isRecord(parsed) || typeof parsed.key !== 'string' || parsed.key.length < 32) {
    throw new CliError('HASURA_GRAPHQL_JWT_SECRET has no HMAC key of 32+ characters (a jwk_url setup cannot mint dev tokens; sign in through your provider)');
  }
  const { type } = parsed;
  if (type !== 'HS256' && type !== 'HS384' && type !== 'HS512') {
    throw new CliError(`HASURA_GRAPHQL_JWT_SECRET type ${String(type)} is not an HMAC algorithm (HS256, HS384, HS512)`);
  }
  return { key: parsed.key, alg: type };
}

/** A token for `userId` valid for `hours`, with the claims the project's permissions read. */
export async function mintDevToken(jwtSecretJson: string, userId: string, hours: number): Promise<string> {
  if (!UUID.test(userId)) throw new CliError(`user id must be a UUID (users.id), got ${JSON.stringify(userId)}`);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) throw new CliError('--hours must be between 0 and 720');
  const { key, alg } = hmacKeyOf(jwtSecretJson);
  return new SignJWT({
    'https://hasura.io/jwt/claims': {
      'x-hasura-allowed-roles': ['cardholder'],
      'x-hasura-default-role': 'cardholder',
      'x-hasura-user-id': userId,
    },
  })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(`${Math.round(hours * 3600)}s`)
    .sign(new TextEncoder().encode(key));
}
