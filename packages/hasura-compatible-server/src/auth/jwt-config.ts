/** Parses HASURA_GRAPHQL_JWT_SECRET (Hasura's JSON format) and builds a verifier with jose. */
import { type JWTPayload, type JWTVerifyGetKey, createRemoteJWKSet, importSPKI, importX509, jwtVerify } from 'jose';
import { z } from 'zod';
import { ConfigError } from '@issuing/kernel';
import { LRUCache } from 'lru-cache';

const jwtSecretSchema = z.object({
  type: z.enum(['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'Ed25519']).optional(),
  key: z.string().optional(),
  jwk_url: z.string().url().optional(),
  claims_namespace: z.string().optional(),
  claims_namespace_path: z.string().optional(),
  claims_format: z.enum(['json', 'stringified_json']).default('json'),
  audience: z.union([z.string(), z.array(z.string())]).optional(),
  issuer: z.string().optional(),
  allowed_skew: z.number().nonnegative().optional(),
  claims_map: z.unknown().optional(),
  header: z.union([z.object({ type: z.literal('Authorization') }), z.object({ type: z.literal('Cookie'), name: z.string() })]).optional(),
});

type ImportedKey = Awaited<ReturnType<typeof importSPKI>>;

export interface JwtVerifier {
  /** Where the token is read from. */
  header: { type: 'Authorization' } | { type: 'Cookie'; name: string };
  verify(token: string): Promise<JWTPayload>;
  /** Extracts the Hasura claims object from a verified payload. */
  claims(payload: JWTPayload): unknown;
}

const DEFAULT_CLAIMS_NAMESPACE = 'https://hasura.io/jwt/claims';

/** Reads a JSON path of the form `$.a.b` or `$['a.b'].c` from an object. */
function readPath(value: unknown, jsonPath: string): unknown {
  let rest = jsonPath.trim();
  if (!rest.startsWith('$')) throw new ConfigError(`claims_namespace_path must start with "$": ${jsonPath}`);
  rest = rest.slice(1);
  let current = value;
  const token = /^(?:\.([^.[\]]+)|\['([^']*)'\]|\["([^"]*)"\]|\[(\d+)\])/;
  while (rest.length > 0) {
    const match = token.exec(rest);
    if (!match) throw new ConfigError(`invalid claims_namespace_path ${jsonPath}`);
    const key = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    current = current !== null && typeof current === 'object' && !Array.isArray(current) ? Object.entries(current).find(([k]) => k === key)?.[1] : Array.isArray(current) ? current[Number(key)] : undefined;
    rest = rest.slice(match[0].length);
  }
  return current;
}

/** How many verified tokens are remembered (a dashboard user sends the same token for an hour). */
const VERIFIED_TOKENS = 1000;
/** And how many bytes they may take together (token text and decoded payload, roughly). */
const VERIFIED_TOKEN_BYTES = 8 * 1024 * 1024;

interface VerifiedToken {
  payload: JWTPayload;
  /** The time-based claims that decide whether the token is still valid now (seconds). */
  exp: number | undefined;
  nbf: number | undefined;
}

/**
 * Builds the verifier; throws ConfigError with one readable line for a bad secret.
 * `clock` (milliseconds since the epoch) is replaceable so tests can move time.
 */
export async function createJwtVerifier(secretJson: string, clock: () => number = Date.now): Promise<JwtVerifier> {
  let raw: unknown;
  try {
    raw = JSON.parse(secretJson);
  } catch (cause) {
    throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET is not valid JSON (expected e.g. {"type":"HS256","key":"..."})', { cause });
  }
  const parsed = jwtSecretSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`HASURA_GRAPHQL_JWT_SECRET is invalid at ${issue?.path.join('.') || '$'}: ${issue?.message ?? 'invalid'}`);
  }
  const config = parsed.data;
  if (config.claims_map !== undefined) throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET: claims_map is not supported by hasura-compatible-server');
  if (config.claims_namespace && config.claims_namespace_path) {
    throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET: claims_namespace and claims_namespace_path cannot both be set');
  }
  let key: Uint8Array | ImportedKey | JWTVerifyGetKey;
  let algorithms: string[] | undefined;
  if (config.jwk_url) {
    const url = new URL(config.jwk_url);
    // Keys fetched over plain HTTP could be swapped on the way; only a loopback server may use it.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      throw new ConfigError(`HASURA_GRAPHQL_JWT_SECRET: jwk_url must be an https:// URL (http:// only on loopback), got ${url.protocol}//${url.host}`);
    }
    key = createRemoteJWKSet(url);
  } else {
    if (!config.type || !config.key) throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET needs "type" and "key", or "jwk_url"');
    const alg = config.type === 'Ed25519' ? 'EdDSA' : config.type;
    algorithms = [alg];
    if (config.type.startsWith('HS')) {
      if (config.key.length < 32) throw new ConfigError('HASURA_GRAPHQL_JWT_SECRET: an HS* key must be at least 32 characters');
      key = new TextEncoder().encode(config.key);
    } else {
      try {
        key = config.key.includes('BEGIN CERTIFICATE') ? await importX509(config.key, alg) : await importSPKI(config.key, alg);
      } catch (cause) {
        throw new ConfigError(`HASURA_GRAPHQL_JWT_SECRET: the ${config.type} key is not a PEM public key or X509 certificate`, { cause });
      }
    }
  }
  const options = {
    ...(algorithms ? { algorithms } : {}),
    ...(config.audience !== undefined ? { audience: config.audience } : {}),
    ...(config.issuer !== undefined ? { issuer: config.issuer } : {}),
    ...(config.allowed_skew !== undefined ? { clockTolerance: config.allowed_skew } : {}),
  };
  const tolerance = config.allowed_skew ?? 0;
  // With a fixed key, a signature that verified once verifies again: only exp and nbf depend on
  // the time, so a verified token is remembered and those two are re-checked as jose checks them
  // (expired when exp <= now - skew, not yet valid when nbf > now + skew); anything else falls
  // through to a full verification, which raises jose's own error. Keys fetched from a JWKS URL
  // may rotate, so those tokens are always verified.
  const verified = typeof key === 'function' ? null : new LRUCache<string, VerifiedToken>({ max: VERIFIED_TOKENS, maxSize: VERIFIED_TOKEN_BYTES, maxEntrySize: VERIFIED_TOKEN_BYTES / 64, sizeCalculation: (_value, token) => token.length * 3 });
  const verify = async (token: string): Promise<JWTPayload> => {
    const currentDate = new Date(clock());
    if (typeof key === 'function') return (await jwtVerify(token, key, { ...options, currentDate })).payload;
    const now = Math.floor(currentDate.getTime() / 1000);
    const hit = verified?.get(token);
    if (hit && (hit.exp === undefined || hit.exp > now - tolerance) && (hit.nbf === undefined || hit.nbf <= now + tolerance)) return hit.payload;
    if (hit) verified?.delete(token);
    const { payload } = await jwtVerify(token, key, { ...options, currentDate });
    verified?.set(token, { payload, exp: payload.exp, nbf: payload.nbf });
    return payload;
  };
  return {
    header: config.header ?? { type: 'Authorization' },
    verify,
    claims(payload) {
      const value = config.claims_namespace_path
        ? readPath(payload, config.claims_namespace_path)
        : payload[config.claims_namespace ?? DEFAULT_CLAIMS_NAMESPACE];
      if (config.claims_format === 'stringified_json' && typeof value === 'string') {
        try {
          const parsed: unknown = JSON.parse(value);
          return parsed;
        } catch {
          return undefined;
        }
      }
      return value;
    },
  };
}
