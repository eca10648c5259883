/**
 * Secrets and Hasura-style JWTs for tests and benches. The secrets are random for each run (no
 * fixed value that grants power anywhere); tokens are minted by the one dev token minter.
 */
import { randomBytes } from 'node:crypto';
import { hasuraJwtSecret, mintDevToken } from '@issuing/dev-defaults';

/** The admin secret of the servers a test or bench run starts (random per run). */
export const DEV_ADMIN_SECRET = randomBytes(24).toString('base64url');
/** The HS256 key of those servers (random per run). */
const DEV_JWT_KEY = randomBytes(32).toString('base64url');
export const DEV_JWT_SECRET = hasuraJwtSecret(DEV_JWT_KEY);

export interface TokenOptions {
  userId: string;
  key?: string;
  allowedRoles?: string[];
  defaultRole?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
}

export async function cardholderToken(options: TokenOptions): Promise<string> {
  return mintDevToken(options.userId, {
    key: options.key ?? DEV_JWT_KEY,
    expiresInSeconds: options.expiresIn ?? 3600,
    ...(options.allowedRoles ? { allowedRoles: options.allowedRoles } : {}),
    ...(options.defaultRole ? { defaultRole: options.defaultRole } : {}),
  });
}
