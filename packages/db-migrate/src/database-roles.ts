/**
 * The database roles the stack's servers log in with, none of them a superuser: an owner of the
 * application's database (migrations, seeds, run_sql, ingestion) and a read-only GraphQL role
 * that may SELECT what the metadata tracks and EXECUTE the functions it uses, nothing else.
 */
import { loadMetadataDir } from '@issuing/hasura-compatible-server';
import pg from 'pg';
import { trackedObjects, type QualifiedName } from './tracked-objects.js';

interface LoginRole {
  readonly name: string;
  readonly password: string;
}

export class DatabaseRoleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseRoleError';
  }
}

function withCredentials(url: string, role: LoginRole, database?: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(role.name);
  next.password = encodeURIComponent(role.password);
  if (database !== undefined) next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the role, or brings an existing one to this password (and, when we are a superuser,
 * to no special powers). Needs a superuser or a role with CREATEROLE.
 */
async function ensureLoginRole(client: pg.Client, role: LoginRole): Promise<void> {
  const me = await client.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  const limits = me.rows[0]?.rolsuper ? ' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS' : '';
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
  await client.query(`${verb} ROLE ${client.escapeIdentifier(role.name)} LOGIN${limits} PASSWORD ${client.escapeLiteral(role.password)}`);
}

interface AppDatabase {
  /** The owner's URL of the application's database. */
  readonly ownerUrl: string;
  /** The read-only GraphQL role's URL of the same database. */
  readonly graphqlUrl: string;
}

/**
 * As the bootstrap superuser of a fresh (embedded) cluster: creates the owner and GraphQL roles
 * and the application's database owned by the owner (its `public` schema is then the owner's).
 * Idempotent; passwords are set to the given ones on every call.
 */
export async function createAppDatabase(superuserUrl: string, options: { database: string; owner: LoginRole; graphql: LoginRole }): Promise<AppDatabase> {
  const { database, owner, graphql } = options;
  await withClient(superuserUrl, async (client) => {
    await ensureLoginRole(client, owner);
    await ensureLoginRole(client, graphql);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    const db = client.escapeIdentifier(database);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${db} OWNER ${client.escapeIdentifier(owner.name)}`);
    else await client.query(`ALTER DATABASE ${db} OWNER TO ${client.escapeIdentifier(owner.name)}`);
    await client.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${client.escapeIdentifier(graphql.name)}`);
  });
  return { ownerUrl: withCredentials(superuserUrl, owner, database), graphqlUrl: withCredentials(superuserUrl, graphql, database) };
}

/**
 * With a database given by the user (DATABASE_URL, used as the owner): creates the read-only
 * GraphQL role when that login may create roles. Throws DatabaseRoleError saying why not.
 */
export async function createGraphqlRole(ownerUrl: string, graphql: LoginRole): Promise<string> {
  await withClient(ownerUrl, async (client) => {
    const me = await client.query<{ rolsuper: boolean; rolcreaterole: boolean; db: string }>(
      'SELECT rolsuper, rolcreaterole, current_database() AS db FROM pg_roles WHERE rolname = current_user',
    );
    const row = me.rows[0];
    if (!row?.rolsuper && !row?.rolcreaterole) {
      throw new DatabaseRoleError(`the DATABASE_URL role may not create roles (it needs CREATEROLE) to create the read-only role ${graphql.name}`);
    }
    try {
      await ensureLoginRole(client, graphql);
      await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(row.db)} TO ${client.escapeIdentifier(graphql.name)}`);
    } catch (cause) {
      throw new DatabaseRoleError(`creating the read-only role ${graphql.name} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
  });
  return withCredentials(ownerUrl, graphql);
}

const NOT_FROM_EXTENSION = `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`;

interface GrantSummary {
  readonly tables: number;
  readonly functions: number;
}

/**
 * Keeps the GraphQL role's privileges in step with the metadata, in one transaction, as the
 * owner of the objects: SELECT on every tracked table and view, EXECUTE on tracked functions,
 * computed-field functions and the functions tracked views call; everything else revoked (the
 * application's own functions are no longer executable by PUBLIC either).
 */
export async function syncGraphqlGrants(ownerUrl: string, options: { role: string; metadataDir: string }): Promise<GrantSummary> {
  const tracked = trackedObjects(await loadMetadataDir(options.metadataDir));
  return withClient(ownerUrl, async (client) => {
    const role = client.escapeIdentifier(options.role);
    const schemas = (
      await client.query<{ nspname: string }>(
        `SELECT nspname FROM pg_namespace
         WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
            OR nspowner = 'pg_database_owner'::regrole`,
      )
    ).rows.map((row) => row.nspname);
    const tables: Array<QualifiedName & { oid: string }> = [];
    for (const table of tracked.tables) {
      const found = await client.query<{ oid: string | null }>('SELECT to_regclass($1)::oid AS oid', [`${client.escapeIdentifier(table.schema)}.${client.escapeIdentifier(table.name)}`]);
      const oid = found.rows[0]?.oid;
      if (oid) tables.push({ ...table, oid });
    }
    const functionNames = tracked.functions.map((fn) => `${fn.schema}.${fn.name}`);
    const executable = await client.query<{ signature: string }>(
      `SELECT DISTINCT p.oid::regprocedure::text AS signature
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname || '.' || p.proname = ANY($1::text[])
          OR p.oid IN (SELECT d.refobjid FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.refclassid = 'pg_proc'::regclass
                       WHERE r.ev_class = ANY($2::oid[]))`,
      [functionNames, tables.map((table) => table.oid)],
    );
    const own = await client.query<{ signature: string }>(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = ANY($1::text[]) AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) AND ${NOT_FROM_EXTENSION}`,
      [schemas],
    );
    const ownSignatures = new Set(own.rows.map((row) => row.signature));

    await client.query('BEGIN');
    try {
      for (const schema of schemas) {
        const s = client.escapeIdentifier(schema);
        await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${s} FROM ${role}`);
        await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${role}`);
        await client.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${s} FROM ${role}`);
        await client.query(`REVOKE ALL ON SCHEMA ${s} FROM ${role}`);
      }
      for (const row of own.rows) await client.query(`REVOKE EXECUTE ON FUNCTION ${row.signature} FROM PUBLIC`);
      for (const schema of new Set(tables.map((table) => table.schema))) {
        await client.query(`GRANT USAGE ON SCHEMA ${client.escapeIdentifier(schema)} TO ${role}`);
      }
      for (const table of tables) {
        await client.query(`GRANT SELECT ON ${client.escapeIdentifier(table.schema)}.${client.escapeIdentifier(table.name)} TO ${role}`);
      }
      // Functions of extensions or other owners keep their own privileges (usually PUBLIC).
      const granted = executable.rows.filter((row) => ownSignatures.has(row.signature));
      for (const row of granted) await client.query(`GRANT EXECUTE ON FUNCTION ${row.signature} TO ${role}`);
      await client.query('COMMIT');
      return { tables: tables.length, functions: granted.length };
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new DatabaseRoleError(`keeping ${options.role}'s privileges in step with the metadata failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    }
  });
}
