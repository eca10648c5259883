/** Hasura-style JWTs (HS256, claims under https://hasura.io/jwt/claims) for tests and benches. */
import { SignJWT } from 'jose';

export const DEV_ADMIN_SECRET = 'dev-admin-secret-change-me-0123456789';
export const DEV_JWT_KEY = 'dev-jwt-signing-key-change-me-0123456789abcdef';
export const DEV_JWT_SECRET = JSON.stringify({ type: 'HS256', key: DEV_JWT_KEY });

export interface TokenOptions {
  userId: string;
  key?: string;
  allowedRoles?: string[];
  defaultRole?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

export async function cardholderToken(options: TokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    'https://hasura.io/jwt/claims': {
      'x-hasura-allowed-roles': options.allowedRoles ?? ['cardholder'],
      'x-hasura-default-role': options.defaultRole ?? 'cardholder',
      'x-hasura-user-id': options.userId,
    },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.userId)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(new TextEncoder().encode(options.key ?? DEV_JWT_KEY));
}
