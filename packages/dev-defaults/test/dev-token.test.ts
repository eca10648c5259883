import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { hasuraJwtSecret, hmacKeyOf, mintDevToken } from '../src/index.js';

const key = 'a-test-signing-key-of-at-least-32-characters';

describe('dev tokens', () => {
  it('carry Hasura claims for the user and verify with the key', async () => {
    // Act
    const token = await mintDevToken('user-1', { key });
    // Assert
    const { payload } = await jwtVerify(token, new TextEncoder().encode(key));
    expect(payload.sub).toBe('user-1');
    expect(payload['https://hasura.io/jwt/claims']).toEqual({
      'x-hasura-allowed-roles': ['cardholder'],
      'x-hasura-default-role': 'cardholder',
      'x-hasura-user-id': 'user-1',
    });
    expect((payload.exp ?? 0) - Math.floor(Date.now() / 1000)).toBeGreaterThan(11 * 3600);
  });

  it('can be expired and signed with another HMAC algorithm', async () => {
    // Act
    const token = await mintDevToken('user-1', { key, algorithm: 'HS512', expiresInSeconds: -120 });
    // Assert
    expect(decodeProtectedHeader(token).alg).toBe('HS512');
    await expect(jwtVerify(token, new TextEncoder().encode(key))).rejects.toThrow(/exp/);
  });

  it('keys are found only in HMAC JWT configs', () => {
    expect(hmacKeyOf(hasuraJwtSecret(key))).toEqual({ key, algorithm: 'HS256' });
    expect(hmacKeyOf('{"type":"RS256","key":"-----BEGIN PUBLIC KEY-----"}')).toBeUndefined();
    expect(hmacKeyOf('{"jwk_url":"https://example.com/jwks"}')).toBeUndefined();
    expect(hmacKeyOf('not json')).toBeUndefined();
  });
});
