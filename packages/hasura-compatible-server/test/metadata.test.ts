/**
 * Metadata as Hasura v2 handles it: the CLI v3 directory (with "!include"), consistency with the
 * database, and the metadata API (export/replace/reload, inconsistency, resource versions,
 * catalog state, run_sql).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import { type HasuraServer, MetadataFormatError, checkMetadataConsistency, loadMetadataDir } from '../src/index.js';
import { HasuraEngine } from '../src/graphql/engine.js';
import { ADMIN_SECRET, FIXTURE_METADATA_DIR, type TestDatabase, fixtureDatabase, gql, metadataCall, startPostgres, startServer } from './support/test-stack.js';

let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'metadata_api');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

type Json = Record<string, unknown>;
const sources = (metadata: Json) => metadata.sources as Array<{ name: string; tables: Json[]; functions: Json[] }>;

describe('loadMetadataDir', () => {
  it('inlines "!include" files relative to the including file into the export shape', async () => {
    const metadata = await loadMetadataDir(FIXTURE_METADATA_DIR);
    expect(metadata.version).toBe(3);
    const [source] = sources(metadata);
    expect(source?.name).toBe('default');
    expect(source?.tables.map((t) => t.table)).toEqual([
      { name: 'article', schema: 'public' },
      { name: 'article_note', schema: 'public' },
      { name: 'author', schema: 'public' },
      { name: 'author_stats', schema: 'public' },
      { name: 'label', schema: 'public' },
      { name: 'tag_event', schema: 'public' },
    ]);
    expect(source?.functions.map((f) => f.function)).toEqual([
      { name: 'search_articles', schema: 'public' },
      { name: 'my_articles', schema: 'public' },
    ]);
    // empty sections (allow_list.yaml: []) are left out like Hasura's export
    expect(metadata).not.toHaveProperty('allowlist');
  });

  it('refuses a directory without "version: 3"', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hcs-md-'));
    try {
      await writeFile(path.join(dir, 'version.yaml'), 'version: 2\n');
      await expect(loadMetadataDir(dir)).rejects.toBeInstanceOf(MetadataFormatError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the missing file of a broken !include', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'hcs-md-'));
    try {
      await cp(FIXTURE_METADATA_DIR, dir, { recursive: true });
      await rm(path.join(dir, 'databases', 'default', 'tables', 'public_author.yaml'));
      await expect(loadMetadataDir(dir)).rejects.toThrow(/public_author\.yaml/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A metadata list field, or none when absent. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function withTables(metadata: Json, edit: (tables: Json[]) => Json[]): Json {
  const [source] = sources(metadata);
  return { ...metadata, sources: [{ ...source, tables: edit(source?.tables ?? []) }] };
}

describe('checkMetadataConsistency', () => {
  it('finds nothing wrong with metadata that matches the database', async () => {
    expect(await checkMetadataConsistency(await loadMetadataDir(FIXTURE_METADATA_DIR), db.pool)).toEqual([]);
  });

  it('reports an unknown table, permission column, relationship column and function', async () => {
    const base = await loadMetadataDir(FIXTURE_METADATA_DIR);
    const broken = withTables(base, (tables) => [
      ...tables.map((t) => {
        const table = t.table as { name: string };
        if (table.name === 'article') {
          return {
            ...t,
            object_relationships: [...list(t.object_relationships), { name: 'writer', using: { foreign_key_constraint_on: 'writer_id' } }],
            select_permissions: [{ role: 'user', permission: { columns: ['id', 'no_such_column'], filter: {} } }],
          };
        }
        return t;
      }),
      { table: { schema: 'public', name: 'no_such_table' } },
    ]);
    const [source] = sources(broken);
    const withFunction = { ...broken, sources: [{ ...source, functions: [...(source?.functions ?? []), { function: { schema: 'public', name: 'no_such_function' } }] }] };
    const problems = await checkMetadataConsistency(withFunction, db.pool);
    expect(problems.map((p) => p.type).sort()).toEqual(['function', 'object_relation', 'select_permission', 'table']);
    for (const p of problems) {
      expect(p.reason).toMatch(/^Inconsistent object: /);
      expect(p.definition).toBeDefined();
    }
    expect(problems.find((p) => p.type === 'select_permission')?.reason).toContain('"no_such_column"');
  });

  it('reports a column whose name GraphQL cannot express, and serves the rest of the table', async () => {
    await db.pool.query('CREATE TABLE odd_names (id serial PRIMARY KEY, "first name" text)');
    try {
      const base = await loadMetadataDir(FIXTURE_METADATA_DIR);
      const problems = await checkMetadataConsistency(withTables(base, (tables) => [...tables, { table: { schema: 'public', name: 'odd_names' } }]), db.pool);
      const namesTheColumn: unknown = expect.stringContaining('"first name"');
      expect(problems).toEqual([expect.objectContaining({ type: 'column', reason: namesTheColumn })]);
    } finally {
      await db.pool.query('DROP TABLE odd_names');
    }
  });

  it('reports a permission filter naming an unknown column', async () => {
    const base = await loadMetadataDir(FIXTURE_METADATA_DIR);
    const broken = withTables(base, (tables) =>
      tables.map((t) => ((t.table as { name: string }).name === 'author' ? { ...t, select_permissions: [{ role: 'user', permission: { columns: ['id'], filter: { owner: { _eq: 'X-Hasura-User-Id' } } } }] } : t)),
    );
    const problems = await checkMetadataConsistency(broken, db.pool);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.type).toBe('select_permission');
  });
});

describe('custom names', () => {
  it('renames the type, root fields and columns, and uses root field comments as descriptions', async () => {
    const base = await loadMetadataDir(FIXTURE_METADATA_DIR);
    const custom = withTables(base, (tables) =>
      tables.map((t) =>
        (t.table as { name: string }).name === 'tag_event'
          ? {
              ...t,
              configuration: {
                custom_name: 'TagEvent',
                custom_root_fields: { select: { name: 'TagEvents', comment: 'Explicit comment on select' }, select_by_pk: 'TagEventByPk', select_aggregate: { name: 'TagEventsAgg', comment: '' } },
                column_config: { event_id: { custom_name: 'eventId' } },
              },
            }
          : t,
      ),
    );
    const engine = await HasuraEngine.create(db.pool, custom);
    const query = engine.schemaFor('admin').schema.getQueryType()?.getFields() ?? {};
    expect(query.TagEvents?.description).toBe('Explicit comment on select');
    expect(query.TagEventsAgg?.description).toBeUndefined();
    expect(query.TagEventByPk?.description).toBe('fetch data from the table: "tag_event" using primary key columns');
    expect(query.TagEventByPk?.args.map((a) => a.name)).toEqual(['eventId']);
    expect(String(query.TagEvents?.type)).toBe('[TagEvent!]!');
    expect(query.tag_event).toBeUndefined();
  });
});

describe('metadata API', () => {
  it('export_metadata v1 returns the metadata, v2 wraps it with resource_version', async () => {
    const v1 = await metadataCall(server.url, { type: 'export_metadata', args: {} });
    expect(v1.status).toBe(200);
    expect(v1.body).toEqual(await loadMetadataDir(FIXTURE_METADATA_DIR));
    const v2 = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
    expect(v2.status).toBe(200);
    expect(typeof v2.body.resource_version).toBe('number');
    expect(v2.body.metadata).toEqual(v1.body);
  });

  it('needs the admin secret: without it 401, with a non-admin role 400 access-denied', async () => {
    const none = await metadataCall(server.url, { type: 'export_metadata', args: {} }, {});
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('access-denied');
    const role = await metadataCall(server.url, { type: 'export_metadata', args: {} }, { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user' });
    expect(role.status).toBe(400);
    expect(role.body).toEqual({ path: '$', error: 'restricted access : admin only', code: 'access-denied' });
  });

  it('replace_metadata with inconsistent metadata fails loudly and keeps serving the old metadata', async () => {
    const before = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
    const broken = withTables(before.body.metadata as Json, (tables) => [...tables, { table: { schema: 'public', name: 'no_such_table' } }]);
    const reply = await metadataCall(server.url, { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: false, metadata: broken } });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('unexpected');
    expect(reply.body.internal).toEqual([expect.objectContaining({ type: 'table', reason: 'Inconsistent object: no such table/view exists in source: "no_such_table"' })]);
    const after = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
    expect(after.body).toEqual(before.body);
  });

  it('replace_metadata v2 applies, bumps resource_version, and a stale resource_version is a 409 conflict', async () => {
    const current = await metadataCall(server.url, { type: 'export_metadata', version: 2, args: {} });
    const version = current.body.resource_version as number;
    const metadata = current.body.metadata as Json;
    // drop the author table's "anonymous" permission, then check the schema changed
    const edited = withTables(metadata, (tables) => tables.filter((t) => (t.table as { name: string }).name !== 'tag_event'));
    const applied = await metadataCall(server.url, { type: 'replace_metadata', version: 2, resource_version: version, args: { allow_inconsistent_metadata: false, metadata: edited } });
    expect(applied.status).toBe(200);
    expect(applied.body.is_consistent).toBe(true);
    const gone = await gql(server.url, '{ tag_event { label } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
    expect(gone.body.errors?.[0]?.message).toBe("field 'tag_event' not found in type: 'query_root'");

    const stale = await metadataCall(server.url, { type: 'replace_metadata', version: 2, resource_version: version, args: { metadata } });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({ path: '$', error: `metadata resource version referenced (${version}) did not match current version`, code: 'conflict' });

    const restored = await metadataCall(server.url, { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: false, metadata } });
    expect(restored.status).toBe(200);
  });

  it('after replace_metadata a query text served before is validated against the new permissions', async () => {
    // Prepare
    const current = await metadataCall(server.url, { type: 'export_metadata', args: {} });
    // anonymous sees the published articles 2, 3 and 5; its columns are id, title and author_id
    const query = '{ article(where: {title: {_eq: "Article 2"}}) { id } }';
    const asAnonymous = () => gql(server.url, query, { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'anonymous' } });
    const before = await asAnonymous();
    const withoutTitle = withTables(current.body, (tables) =>
      tables.map((t) => {
        if ((t.table as { name: string }).name !== 'article' || !Array.isArray(t.select_permissions)) return t;
        return {
          ...t,
          select_permissions: t.select_permissions.map((p: Json) => (p.role === 'anonymous' ? { ...p, permission: { ...(p.permission as Json), columns: ['id', 'author_id'] } } : p)),
        };
      }),
    );
    try {
      // Act
      expect((await metadataCall(server.url, { type: 'replace_metadata', args: withoutTitle })).status).toBe(200);
      const after = await asAnonymous();
      // Assert
      expect(before.body.data).toEqual({ article: [{ id: 2 }] });
      expect(after.body.errors?.[0]).toEqual({ message: "field 'title' not found in type: 'article_bool_exp'", extensions: { path: '$.selectionSet.article.args.where.title', code: 'validation-failed' } });
    } finally {
      await metadataCall(server.url, { type: 'replace_metadata', args: current.body });
    }
  });

  it('after reload_metadata a query text served before no longer sees a dropped column', async () => {
    // Prepare
    const runSql = (sql: string) => fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ type: 'run_sql', args: { sql, check_metadata_consistency: false } }),
    });
    const query = () => gql(server.url, '{ tag_event(where: {reload_probe: {_is_null: true}}) { label } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
    expect((await runSql('ALTER TABLE tag_event ADD COLUMN reload_probe integer')).status).toBe(200);
    await metadataCall(server.url, { type: 'reload_metadata', args: {} });
    const served = await query();
    // Act
    expect((await runSql('ALTER TABLE tag_event DROP COLUMN reload_probe')).status).toBe(200);
    await metadataCall(server.url, { type: 'reload_metadata', args: {} });
    const afterDrop = await query();
    // Assert
    expect(served.body).toEqual({ data: { tag_event: [] } });
    expect(afterDrop.body.errors?.[0]?.message).toBe("field 'reload_probe' not found in type: 'tag_event_bool_exp'");
  });

  it('allow_inconsistent_metadata applies what is consistent and reports the rest; healthz warns', async () => {
    const current = await metadataCall(server.url, { type: 'export_metadata', args: {} });
    const broken = withTables(current.body, (tables) => [...tables, { table: { schema: 'public', name: 'no_such_table' } }]);
    const reply = await metadataCall(server.url, { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: true, metadata: broken } });
    expect(reply.status).toBe(200);
    expect(reply.body.is_consistent).toBe(false);
    expect(reply.body.inconsistent_objects).toHaveLength(1);
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.text()).toBe('WARN: inconsistent objects in schema');
    const listed = await metadataCall(server.url, { type: 'get_inconsistent_metadata', args: {} });
    expect(listed.body.is_consistent).toBe(false);
    const still = await gql(server.url, '{ author_by_pk(id: 1) { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
    expect(still.body.data).toEqual({ author_by_pk: { id: 1 } });

    await metadataCall(server.url, { type: 'replace_metadata', args: current.body });
    expect(await (await fetch(`${server.url}/healthz`)).text()).toBe('OK');
  });

  it('serves permission filters written with _exists, _ceq, $-prefixed legacy keys and session arrays', async () => {
    const original = await metadataCall(server.url, { type: 'export_metadata', args: {} });
    const withRoles = withTables(original.body, (tables) =>
      tables.map((t) => {
        const name = (t.table as { name: string }).name;
        const perms = list(t.select_permissions);
        if (name === 'article') {
          return {
            ...t,
            select_permissions: [
              ...perms,
              // any article, but only for sessions whose user exists
              { role: 'exists_user', permission: { columns: ['id'], filter: { _exists: { _table: { schema: 'public', name: 'author' }, _where: { user_id: { _eq: 'X-Hasura-User-Id' } } } } } },
              // legacy spelling and an array-valued session variable
              { role: 'legacy', permission: { columns: ['id'], filter: { $or: [{ id: { $in: 'X-Hasura-Article-Ids' } }, { small: { _ceq: 'id' } }] } } },
            ],
          };
        }
        return t;
      }),
    );
    const applied = await metadataCall(server.url, { type: 'replace_metadata', args: withRoles });
    expect(applied.status).toBe(200);
    try {
      const as = (role: string, extra: Record<string, string>) =>
        gql(server.url, '{ article(order_by: {id: asc}) { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': role, ...extra } });
      expect((await as('exists_user', { 'x-hasura-user-id': 'user-2' })).body.data).toEqual({ article: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }] });
      expect((await as('exists_user', { 'x-hasura-user-id': 'nobody' })).body.data).toEqual({ article: [] });
      // ids 3 and 5 from the session array; small = id holds for ids 1, 2, 4, 5
      expect((await as('legacy', { 'x-hasura-article-ids': '{3,5}' })).body.data).toEqual({ article: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }] });
      expect((await as('legacy', { 'x-hasura-article-ids': '{}' })).body.data).toEqual({ article: [{ id: 1 }, { id: 2 }, { id: 4 }, { id: 5 }] });
    } finally {
      await metadataCall(server.url, { type: 'replace_metadata', args: original.body });
    }
  });

  it('run_sql runs in one transaction, returns the last result, and reload_metadata picks up new columns', async () => {
    const select = await fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ type: 'run_sql', args: { source: 'default', sql: 'SELECT 1 AS one; SELECT id, name FROM author WHERE id = 1' } }),
    });
    expect(await select.json()).toEqual({ result_type: 'TuplesOk', result: [['id', 'name'], ['1', 'Author 1']] });

    const failing = await fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ type: 'run_sql', args: { sql: "UPDATE author SET name = 'changed' WHERE id = 1; SELECT 1/0" } }),
    });
    expect(failing.status).toBe(400);
    expect(((await failing.json()) as Json).code).toBe('postgres-error');
    const name = await db.pool.query<{ name: string }>('SELECT name FROM author WHERE id = 1');
    expect(name.rows[0]?.name).toBe('Author 1');

    const alter = await fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ type: 'run_sql', args: { sql: 'ALTER TABLE tag_event ADD COLUMN weight integer' } }),
    });
    expect(await alter.json()).toEqual({ result_type: 'CommandOk', result: null });
    const reload = await metadataCall(server.url, { type: 'reload_metadata', args: { reload_sources: true } });
    expect(reload.body).toEqual({ is_consistent: true, message: 'success' });
    const query = await gql(server.url, '{ tag_event { weight } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
    expect(query.body).toEqual({ data: { tag_event: [] } });
  });

  it('run_sql that would make the metadata inconsistent is rolled back', async () => {
    const res = await fetch(`${server.url}/v2/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ type: 'run_sql', args: { sql: 'DROP VIEW author_stats' } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).code).toBe('dependency-error');
    const exists = await db.pool.query<{ ok: boolean }>("SELECT to_regclass('public.author_stats') IS NOT NULL AS ok");
    expect(exists.rows[0]?.ok).toBe(true);
  });

  it('keeps the CLI catalog state through get_catalog_state / set_catalog_state', async () => {
    const state = { migrations: { default: { '1616826329751': false } }, settings: { migration_mode: 'true' }, isStateCopyCompleted: true };
    const set = await metadataCall(server.url, { type: 'set_catalog_state', args: { type: 'cli', state } });
    expect(set.status).toBe(200);
    const got = await metadataCall(server.url, { type: 'get_catalog_state', args: {} });
    expect(got.body.cli_state).toEqual(state);
    const hdb = await db.pool.query<{ ok: boolean }>("SELECT to_regclass('hdb_catalog.hdb_version') IS NOT NULL AS ok");
    expect(hdb.rows[0]?.ok).toBe(false);
  });

  it('answers unsupported metadata calls with a not-supported error naming them', async () => {
    const reply = await metadataCall(server.url, { type: 'pg_create_insert_permission', args: {} });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('not-supported');
    expect(reply.body.error).toContain('pg_create_insert_permission');
  });
});

describe('other endpoints', () => {
  it('names Hasura endpoints it does not serve instead of answering wrongly', async () => {
    const res = await fetch(`${server.url}/v1alpha1/graphql`, { method: 'POST', body: '{"query":"{ author { id } }"}' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.code).toBe('not-supported');
    expect(String(body.error)).toContain('/v1alpha1/graphql');
  });

  it('HASURA_GRAPHQL_CORS_DOMAIN limits which origins get CORS headers', async () => {
    const strict = await startServer(db.url, { adminSecret: ADMIN_SECRET, corsDomain: 'http://127.0.0.1:5173, https://*.example.com' });
    try {
      const allowed = async (origin: string) => (await fetch(`${strict.url}/healthz`, { headers: { origin } })).headers.get('access-control-allow-origin');
      expect(await allowed('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
      expect(await allowed('https://app.example.com')).toBe('https://app.example.com');
      expect(await allowed('https://evil.test')).toBeNull();
      expect(await allowed('https://example.com.evil.test')).toBeNull();
    } finally {
      await strict.close();
    }
  });

  it('answers CORS preflights so browser apps on another port can call /v1/graphql', async () => {
    const res = await fetch(`${server.url}/v1/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });

  it('HASURA_GRAPHQL_ENABLED_APIS=graphql hides the metadata and query APIs; the console can be switched off', async () => {
    const locked = await startServer(db.url, { adminSecret: ADMIN_SECRET, enabledApis: ['graphql'], enableConsole: false });
    try {
      const reply = await metadataCall(locked.url, { type: 'export_metadata', args: {} });
      expect(reply.status).toBe(404);
      const runSql = await fetch(`${locked.url}/v2/query`, { method: 'POST', headers: { 'x-hasura-admin-secret': ADMIN_SECRET }, body: '{"type":"run_sql","args":{"sql":"select 1"}}' });
      expect(runSql.status).toBe(404);
      expect((await fetch(`${locked.url}/console`)).status).toBe(404);
      const query = await gql(locked.url, '{ author_by_pk(id: 1) { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET } });
      expect(query.body.data).toEqual({ author_by_pk: { id: 1 } });
    } finally {
      await locked.close();
    }
  });

  it('serves /healthz, /v1/version and a console page that can send the admin secret', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const version = (await (await fetch(`${server.url}/v1/version`)).json()) as Json;
    expect(String(version.version)).toMatch(/^v2\./);
    const consolePage = await fetch(`${server.url}/console`);
    expect(consolePage.status).toBe(200);
    expect(await consolePage.text()).toContain('x-hasura-admin-secret');
  });

  it('tells its own time for a GraphQL request in a W3C Server-Timing header', async () => {
    // Act
    const response = await fetch(`${server.url}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    // Assert
    const timing = /^total;dur=(\d+\.\d{3})$/.exec(response.headers.get('server-timing') ?? '');
    expect(timing).not.toBeNull();
    expect(Number(timing?.[1])).toBeGreaterThan(0);
  });
});
