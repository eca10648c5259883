/** Dev JWTs in Hasura's format (claims under https://hasura.io/jwt/claims), HMAC-signed. */
import { SignJWT } from 'jose';

type HmacAlgorithm = 'HS256' | 'HS384' | 'HS512';

interface DevTokenOptions {
  /** The HMAC key of the server's JWT config. */
  key: string;
  /** Default HS256. */
  algorithm?: HmacAlgorithm;
  /** Seconds from now; negative for an expired token. Default 12 hours. */
  expiresInSeconds?: number;
  /** Default ['cardholder']. */
  allowedRoles?: readonly string[];
  /** Default 'cardholder'. */
  defaultRole?: string;
}

/** Hasura's HASURA_GRAPHQL_JWT_SECRET JSON for an HMAC key. */
export function hasuraJwtSecret(key: string, algorithm: HmacAlgorithm = 'HS256'): string {
  return JSON.stringify({ type: algorithm, key });
}

/** The HMAC key and algorithm of a Hasura JWT config, or undefined for any other kind (JWKS, RSA). */
export function hmacKeyOf(jwtSecretJson: string): { key: string; algorithm: HmacAlgorithm } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jwtSecretJson);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || !('key' in parsed) || !('type' in parsed)) return undefined;
  const { key, type } = parsed;
  if (typeof key !== 'string') return undefined;
  if (type === 'HS256' || type === 'HS384' || type === 'HS512') return { key, algorithm: type };
  return undefined;
}

/** A token for one user with Hasura's claims, valid from a minute ago (clock skew). */
export async function mintDevToken(userId: string, options: DevTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const algorithm = options.algorithm ?? 'HS256';
  return new SignJWT({
    'https://hasura.io/jwt/claims': {
      'x-hasura-allowed-roles': [...(options.allowedRoles ?? ['cardholder'])],
      'x-hasura-default-role': options.defaultRole ?? 'cardholder',
      'x-hasura-user-id': userId,
    },
  })
    .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresInSeconds ?? 12 * 3600))
    .sign(new TextEncoder().encode(options.key));
}
