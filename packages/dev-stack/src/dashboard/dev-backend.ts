/** /dev/users and /dev/token backed by the stack's database and its dev JWT key. */
import pg from 'pg';
import { hmacKeyOf, mintDevToken } from '@issuing/dev-defaults';
import type { DevApiBackend, DevUser } from './dev-api.js';

/** A cardholder token lasts as long as the one npm start prints: 12 hours. */
const TOKEN_SECONDS = 12 * 3600;

export function createDevBackend(databaseUrl: string, jwtSecret: string): DevApiBackend & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection that dies (database restart) must not crash the stack.
  pool.on('error', () => undefined);
  const hmac = hmacKeyOf(jwtSecret);
  return {
    listUsers: async () => (await pool.query<DevUser>('SELECT id::text AS id, email, name FROM public.users ORDER BY name, email, id')).rows,
    mintToken: async (userId) => {
      // Only an HMAC key can be minted with here; a JWKS setup has no dev tokens.
      if (!hmac) return undefined;
      const found = await pool.query('SELECT 1 FROM public.users WHERE id = $1', [userId]);
      if (!found.rowCount) return undefined;
      return mintDevToken(userId, { key: hmac.key, algorithm: hmac.algorithm, expiresInSeconds: TOKEN_SECONDS });
    },
    close: () => pool.end(),
  };
}
