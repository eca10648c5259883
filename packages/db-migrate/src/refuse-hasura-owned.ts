/**
 * Direct mode must not touch a database a real Hasura already owns (its catalog, hdb_catalog,
 * records which migrations it applied): applying the same migrations beside it would collide with
 * what Hasura applied and leave `hasura migrate status` wrong. Such a database is migrated through
 * that Hasura (HASURA_GRAPHQL_ENDPOINT), as the Hasura CLI does.
 */
import pg from 'pg';

export class HasuraOwnedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HasuraOwnedDatabaseError';
  }
}

/** Rejects when `hdb_catalog.hdb_version` (the catalog a Hasura v2 server creates) exists. */
export async function refuseHasuraOwnedDatabase(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owned: boolean }>("SELECT to_regclass('hdb_catalog.hdb_version') IS NOT NULL AS owned");
    if (rows[0]?.owned) {
      throw new HasuraOwnedDatabaseError(
        'this database is tracked by a Hasura server (hdb_catalog.hdb_version exists); apply through it instead: HASURA_GRAPHQL_ENDPOINT=http://127.0.0.1:3010 HASURA_GRAPHQL_ADMIN_SECRET=<its admin secret> npm run migrations',
      );
    }
  } finally {
    await client.end();
  }
}
