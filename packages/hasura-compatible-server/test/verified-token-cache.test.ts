/**
 * Verified JWTs are remembered by token text, yet every request still gets exactly the answer a
 * full verification gives (Hasura's jwt.mdx: exp and nbf honour allowed_skew; allowed roles are
 * checked per request). Time is moved through the verifier's clock, not waited for.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtVerifier } from '../src/auth/jwt-config.js';
import { type AuthConfig, resolveSession } from '../src/auth/resolve-session.js';
import { AuthError } from '../src/errors.js';
import { ADMIN_SECRET, JWT_KEY, JWT_SECRET } from './support/test-stack.js';

const START = Date.UTC(2026, 0, 1, 12, 0, 0);
const CLAIMS = 'https://hasura.io/jwt/claims';

function sign(times: { iat: number; exp?: number; nbf?: number }, claims: Record<string, unknown> = {}): Promise<string> {
  const jwt = new SignJWT({
    [CLAIMS]: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': 'user-1', ...claims },
  }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
  if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
  return jwt.sign(new TextEncoder().encode(JWT_KEY));
}

/** An auth config whose clock the test moves. */
async function authAt(secret = JWT_SECRET): Promise<{ auth: AuthConfig; setTime: (ms: number) => void }> {
  let now = START;
  const jwt = await createJwtVerifier(secret, () => now);
  return { auth: { adminSecret: ADMIN_SECRET, jwt, unauthorizedRole: null }, setTime: (ms) => { now = ms; } };
}

async function refusal(promise: Promise<unknown>): Promise<{ message: string; code: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return { message: error.message, code: error.code };
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

describe('verified token cache', () => {
  it('a token accepted (and remembered) is refused with JWTExpired once its exp has passed', async () => {
    // Prepare
    const { auth, setTime } = await authAt();
    const token = await sign({ iat: seconds(START) - 10, exp: seconds(START) + 60 });
    const headers = { authorization: `Bearer ${token}` };
    expect((await resolveSession(headers, auth)).variables['x-hasura-user-id']).toBe('user-1');
    // Act: exp is the first second at which the token is no longer valid
    setTime(START + 60_000);
    // Assert
    expect(await refusal(resolveSession(headers, auth))).toEqual({ message: 'Could not verify JWT: JWTExpired', code: 'invalid-jwt' });
  });

  it('allowed_skew keeps a remembered token valid for that many seconds past exp, and no longer', async () => {
    // Prepare
    const { auth, setTime } = await authAt(JSON.stringify({ type: 'HS256', key: JWT_KEY, allowed_skew: 30 }));
    const token = await sign({ iat: seconds(START) - 10, exp: seconds(START) + 60 });
    const headers = { authorization: `Bearer ${token}` };
    await resolveSession(headers, auth);
    // Act
    setTime(START + 89_000);
    const withinSkew = await resolveSession(headers, auth);
    setTime(START + 90_000);
    const pastSkew = refusal(resolveSession(headers, auth));
    // Assert
    expect(withinSkew.role).toBe('user');
    expect(await pastSkew).toEqual({ message: 'Could not verify JWT: JWTExpired', code: 'invalid-jwt' });
  });

  it('a token before its nbf is refused, and accepted from nbf on', async () => {
    // Prepare
    const { auth, setTime } = await authAt();
    const token = await sign({ iat: seconds(START), nbf: seconds(START) + 30, exp: seconds(START) + 600 });
    const headers = { authorization: `Bearer ${token}` };
    // Act
    const early = await refusal(resolveSession(headers, auth));
    setTime(START + 30_000);
    const onTime = await resolveSession(headers, auth);
    // Assert
    expect(early).toEqual({ message: 'Could not verify JWT: JWTNotYetValid', code: 'invalid-jwt' });
    expect(onTime.role).toBe('user');
  });

  it('a remembered token still cannot ask for a role outside its allowed roles', async () => {
    // Prepare
    const { auth } = await authAt();
    const token = await sign({ iat: seconds(START), exp: seconds(START) + 600 });
    await resolveSession({ authorization: `Bearer ${token}` }, auth);
    // Act
    const asAdmin = refusal(resolveSession({ authorization: `Bearer ${token}`, 'x-hasura-role': 'admin' }, auth));
    // Assert
    expect(await asAdmin).toEqual({ message: 'Your current role is not in allowed roles', code: 'access-denied' });
  });

  it('a token whose claims were altered is refused while the original is remembered', async () => {
    // Prepare
    const { auth } = await authAt();
    const token = await sign({ iat: seconds(START), exp: seconds(START) + 600 });
    await resolveSession({ authorization: `Bearer ${token}` }, auth);
    const [header, , signature] = token.split('.');
    const forgedClaims = { [CLAIMS]: { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': 'user-2' }, iat: seconds(START), exp: seconds(START) + 600 };
    const forged = `${header}.${Buffer.from(JSON.stringify(forgedClaims)).toString('base64url')}.${signature}`;
    // Act
    const result = refusal(resolveSession({ authorization: `Bearer ${forged}` }, auth));
    // Assert
    expect(await result).toEqual({ message: 'Could not verify JWT: JWSError JWSInvalidSignature', code: 'invalid-jwt' });
  });

  it('two tokens for different users each keep their own session variables', async () => {
    // Prepare
    const { auth } = await authAt();
    const first = await sign({ iat: seconds(START), exp: seconds(START) + 600 }, { 'x-hasura-user-id': 'user-1' });
    const second = await sign({ iat: seconds(START), exp: seconds(START) + 600 }, { 'x-hasura-user-id': 'user-2' });
    // Act
    const sessions = [];
    for (const token of [first, second, first, second]) sessions.push(await resolveSession({ authorization: `Bearer ${token}` }, auth));
    // Assert
    expect(sessions.map((s) => s.variables['x-hasura-user-id'])).toEqual(['user-1', 'user-2', 'user-1', 'user-2']);
  });
});
