/**
 * Decides the role and session variables of a request exactly as Hasura v2's Auth.hs does:
 * admin secret first, then JWT, then the unauthorized role.
 */
import { errorMessage } from '@issuing/kernel';
import { createHash, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors } from 'jose';
import { AuthError } from '../errors.js';
import type { JwtVerifier } from './jwt-config.js';

export interface AuthConfig {
  adminSecret: string | null;
  jwt: JwtVerifier | null;
  unauthorizedRole: string | null;
}

export interface Session {
  role: string;
  /** Session variables with lower-case names, including x-hasura-role. */
  variables: Record<string, string>;
  /** The JWT's `exp` (seconds since the epoch) when the session came from a token that has one. */
  expiresAt?: number;
}

export type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** x-hasura-* request headers, lower-cased. */
function sessionFromHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('x-hasura-') || lower === 'x-hasura-admin-secret' || lower === 'x-hasura-access-key') continue;
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined) out[lower] = v;
  }
  return out;
}

function withRole(role: string, variables: Record<string, string>): Session {
  return { role, variables: { ...variables, 'x-hasura-role': role } };
}

/** A Postgres array literal for list-valued claims ({"a","b"}). */
function claimValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
  return JSON.stringify(value);
}

function jwtError(error: unknown): AuthError {
  if (error instanceof joseErrors.JWTExpired) return new AuthError('Could not verify JWT: JWTExpired', 'invalid-jwt', { cause: error });
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return new AuthError('Could not verify JWT: JWSError JWSInvalidSignature', 'invalid-jwt', { cause: error });
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const reason = error.claim === 'aud' ? 'JWTNotInAudience' : error.claim === 'iss' ? 'JWTNotInIssuer' : error.claim === 'nbf' ? 'JWTNotYetValid' : `JWTClaimsSetDecodeError "${error.message}"`;
    return new AuthError(`Could not verify JWT: ${reason}`, 'invalid-jwt', { cause: error });
  }
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return new AuthError('Could not verify JWT: JWSError (JWSInvalidHeader "algorithm not allowed")', 'invalid-jwt', { cause: error });
  const message = errorMessage(error);
  return new AuthError(`Could not verify JWT: JWSError (CompactDecodeError "${message}")`, 'invalid-jwt', { cause: error });
}

function readCookie(headers: Headers, name: string): string | undefined {
  const cookie = header(headers, 'cookie');
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

async function sessionFromJwt(token: string, jwt: JwtVerifier, requestedRole: string | undefined): Promise<Session> {
  let payload;
  try {
    payload = await jwt.verify(token);
  } catch (error) {
    throw jwtError(error);
  }
  const claims = jwt.claims(payload);
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) {
    throw new AuthError('claims key: \'https://hasura.io/jwt/claims\' not found', 'jwt-invalid-claims');
  }
  const lower: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(claims)) lower[k.toLowerCase()] = v;
  const allowed = lower['x-hasura-allowed-roles'];
  if (allowed === undefined) throw new AuthError('JWT claim does not contain x-hasura-allowed-roles', 'jwt-missing-role-claims');
  if (!Array.isArray(allowed) || !allowed.every((r) => typeof r === 'string')) {
    throw new AuthError('invalid x-hasura-allowed-roles; should be a list of roles', 'jwt-invalid-claims');
  }
  const defaultRole = lower['x-hasura-default-role'];
  if (defaultRole === undefined) throw new AuthError('JWT claim does not contain x-hasura-default-role', 'jwt-missing-role-claims');
  if (typeof defaultRole !== 'string') throw new AuthError('invalid x-hasura-default-role; should be a role', 'jwt-invalid-claims');
  const role = requestedRole ?? defaultRole;
  if (!allowed.includes(role)) throw new AuthError('Your current role is not in allowed roles', 'access-denied');
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(lower)) {
    if (!k.startsWith('x-hasura-') || k === 'x-hasura-allowed-roles' || k === 'x-hasura-default-role') continue;
    variables[k] = claimValue(v);
  }
  const session = withRole(role, variables);
  return typeof payload.exp === 'number' ? { ...session, expiresAt: payload.exp } : session;
}

/** Compares secrets in constant time (both hashed first, so the length leaks nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Resolves the session of a request or throws AuthError with Hasura's message and code. */
export async function resolveSession(headers: Headers, config: AuthConfig): Promise<Session> {
  const fromHeaders = sessionFromHeaders(headers);
  const requestedRole = header(headers, 'x-hasura-role');
  if (config.adminSecret === null) {
    return withRole(requestedRole ?? 'admin', fromHeaders);
  }
  const given = header(headers, 'x-hasura-admin-secret') ?? header(headers, 'x-hasura-access-key');
  if (given !== undefined) {
    if (!sameSecret(given, config.adminSecret)) throw new AuthError('invalid x-hasura-admin-secret/x-hasura-access-key', 'access-denied');
    return withRole(requestedRole ?? 'admin', fromHeaders);
  }
  if (config.jwt) {
    let token: string | undefined;
    if (config.jwt.header.type === 'Cookie') {
      token = readCookie(headers, config.jwt.header.name);
    } else {
      const authorization = header(headers, 'authorization');
      if (authorization !== undefined) {
        const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
        if (!match?.[1]) throw new AuthError('Malformed Authorization header', 'invalid-headers');
        token = match[1];
      }
    }
    if (token !== undefined) return sessionFromJwt(token, config.jwt, requestedRole);
    if (config.unauthorizedRole) return withRole(config.unauthorizedRole, fromHeaders);
    throw new AuthError("Missing 'Authorization' or 'Cookie' header in JWT authentication mode", 'invalid-headers');
  }
  if (config.unauthorizedRole) return withRole(config.unauthorizedRole, fromHeaders);
  throw new AuthError('x-hasura-admin-secret/x-hasura-access-key required, but not found', 'access-denied');
}
