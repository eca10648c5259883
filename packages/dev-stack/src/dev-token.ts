import { SignJWT } from 'jose';

/**
 * A JWT for the dev HS256 key with Hasura's claims for one user, so the API can be tried at once.
 * Only meaningful with the documented dev key; never printed for a JWKS setup.
 */
export async function devToken(jwtSecretJson: string, userId: string, hours = 12): Promise<string | undefined> {
  const parsed: unknown = JSON.parse(jwtSecretJson);
  if (typeof parsed !== 'object' || parsed === null || !('key' in parsed) || !('type' in parsed)) return undefined;
  const { key, type } = parsed;
  if (typeof key !== 'string' || typeof type !== 'string' || !type.startsWith('HS')) return undefined;
  return new SignJWT({
    'https://hasura.io/jwt/claims': {
      'x-hasura-allowed-roles': ['cardholder'],
      'x-hasura-default-role': 'cardholder',
      'x-hasura-user-id': userId,
    },
  })
    .setProtectedHeader({ alg: type })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(`${hours}h`)
    .sign(new TextEncoder().encode(key));
}
