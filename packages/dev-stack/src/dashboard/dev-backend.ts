/** /dev/users and /dev/token backed by the stack's database and its dev JWT key. */
import pg from 'pg';
import { devToken } from '../dev-token.js';
import type { DevApiBackend, DevUser } from './dev-api.js';

export function createDevBackend(databaseUrl: string, jwtSecret: string): DevApiBackend & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    listUsers: async () => (await pool.query<DevUser>('SELECT id::text AS id, email, name FROM public.users ORDER BY name, email, id')).rows,
    mintToken: async (userId) => {
      const found = await pool.query('SELECT 1 FROM public.users WHERE id = $1', [userId]);
      return found.rowCount ? devToken(jwtSecret, userId, 12) : undefined;
    },
    close: () => pool.end(),
  };
}
