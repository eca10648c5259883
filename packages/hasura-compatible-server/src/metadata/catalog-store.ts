/**
 * Persists applied metadata and the CLI's catalog state in a private schema
 * (`hasura_compat_catalog`), never in Hasura's own `hdb_catalog`, so a real Hasura can later own
 * the same database.
 */
import type pg from 'pg';

const SCHEMA = 'hasura_compat_catalog';

const CREATE = `
CREATE SCHEMA IF NOT EXISTS ${SCHEMA};
CREATE TABLE IF NOT EXISTS ${SCHEMA}.metadata (id integer PRIMARY KEY, metadata json NOT NULL, resource_version integer NOT NULL);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.catalog_state (id text PRIMARY KEY, cli_state jsonb NOT NULL DEFAULT '{}', console_state jsonb NOT NULL DEFAULT '{}');
INSERT INTO ${SCHEMA}.catalog_state (id) VALUES ('hasura-compatible-server') ON CONFLICT DO NOTHING;`;

export class CatalogStore {
  private ensured = false;

  constructor(private readonly pool: pg.Pool) {}

  private async ensure(): Promise<void> {
    if (this.ensured) return;
    await this.pool.query(CREATE);
    this.ensured = true;
  }

  /** The stored metadata, or null when none was ever applied. */
  async readMetadata(): Promise<{ metadata: unknown; resourceVersion: number } | null> {
    const exists = await this.pool.query<{ ok: boolean }>(`SELECT to_regclass('${SCHEMA}.metadata') IS NOT NULL AS ok`);
    if (exists.rows[0]?.ok !== true) return null;
    const result = await this.pool.query<{ metadata: unknown; resource_version: number | string }>(`SELECT metadata, resource_version FROM ${SCHEMA}.metadata WHERE id = 1`);
    const row = result.rows[0];
    return row ? { metadata: row.metadata, resourceVersion: Number(row.resource_version) } : null;
  }

  async writeMetadata(metadata: unknown, resourceVersion: number): Promise<void> {
    await this.ensure();
    await this.pool.query(
      `INSERT INTO ${SCHEMA}.metadata (id, metadata, resource_version) VALUES (1, $1::json, $2)
       ON CONFLICT (id) DO UPDATE SET metadata = EXCLUDED.metadata, resource_version = EXCLUDED.resource_version`,
      [JSON.stringify(metadata), resourceVersion],
    );
  }

  async getCatalogState(): Promise<{ id: string; cli_state: unknown; console_state: unknown }> {
    await this.ensure();
    const result = await this.pool.query<{ id: number | string; cli_state: unknown; console_state: unknown }>(`SELECT id, cli_state, console_state FROM ${SCHEMA}.catalog_state LIMIT 1`);
    const row = result.rows[0];
    return { id: String(row?.id ?? ''), cli_state: row?.cli_state ?? {}, console_state: row?.console_state ?? {} };
  }

  async setCatalogState(kind: 'cli' | 'console', state: unknown): Promise<void> {
    await this.ensure();
    const column = kind === 'cli' ? 'cli_state' : 'console_state';
    await this.pool.query(`UPDATE ${SCHEMA}.catalog_state SET ${column} = $1::jsonb`, [JSON.stringify(state ?? {})]);
  }
}
