/**
 * Computed fields as Hasura v2 documents them (schema/postgres/computed-fields.mdx, permissions
 * docs): table computed fields take the returned table's arguments and permissions, a
 * `session_argument` receives the session as JSON and is hidden from the schema, scalar computed
 * fields filter and order, and a role sees only the scalar computed fields its permission lists.
 * Aggregates through relationships count only the rows the role may see.
 *
 * Fixture: authors 1 (user-1), 2 (user-2), 3 (no user); articles 1 (author 1, draft),
 * 2 (author 1, published), 3 (author 2, published), 4 (author 2, draft), 5 (author 3, published).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, gql, metadataCall, startPostgres, startServer } from './support/test-stack.js';

let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'computed_fields');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

/** Headers of a request made with the admin secret as `role` (Hasura's impersonation), with an optional user id. */
function as(role: string, userId?: string): Record<string, string> {
  return { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': role, ...(userId ? { 'x-hasura-user-id': userId } : {}) };
}

async function data(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { status, body } = await gql(server.url, query, { headers, ...(variables ? { variables } : {}) });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
}

async function firstError(headers: Record<string, string>, query: string) {
  const { status, body } = await gql(server.url, query, { headers });
  expect(status).toBe(200);
  expect(body.data).toBeUndefined();
  return body.errors?.[0];
}

describe('table computed fields (SETOF <table>)', () => {
  it('take the function arguments as args and the returned table’s where, order_by, limit and offset', async () => {
    // Prepare: author_articles_titled(author_row, search) returns the author's articles whose title matches.
    const query = `{ author(order_by: {id: asc}) {
      id
      all: articles_titled(args: {search: "article"}, order_by: {id: desc}) { id }
      drafts: articles_titled(args: {search: "article"}, where: {is_published: {_eq: false}}) { id }
      newest: articles_titled(args: {search: "article"}, order_by: {id: desc}, limit: 1) { id }
      older: articles_titled(args: {search: "article"}, order_by: {id: desc}, offset: 1) { id }
      one: articles_titled(args: {search: "article 1"}) { title }
    } }`;

    // Act
    const result = await data(as('admin'), query);

    // Assert
    expect(result.author).toEqual([
      { id: 1, all: [{ id: 2 }, { id: 1 }], drafts: [{ id: 1 }], newest: [{ id: 2 }], older: [{ id: 1 }], one: [{ title: 'Article 1' }] },
      { id: 2, all: [{ id: 4 }, { id: 3 }], drafts: [{ id: 4 }], newest: [{ id: 4 }], older: [{ id: 3 }], one: [] },
      { id: 3, all: [{ id: 5 }], drafts: [], newest: [{ id: 5 }], older: [], one: [] },
    ]);
  });

  it('takes distinct_on, which must match the leading order_by columns as for the table', async () => {
    const result = await data(as('admin'), '{ author_by_pk(id: 2) { published_articles(distinct_on: [author_id], order_by: [{author_id: asc}, {id: desc}]) { id } } }');
    expect(result.author_by_pk).toEqual({ published_articles: [{ id: 3 }] });

    const error = await firstError(as('admin'), '{ author_by_pk(id: 2) { published_articles(distinct_on: [author_id], order_by: [{id: desc}]) { id } } }');
    expect(error).toMatchObject({ message: '"distinct_on" columns must match initial "order_by" columns', extensions: { code: 'validation-failed', path: '$.selectionSet.author_by_pk.selectionSet.published_articles.args' } });
  });

  it('declares args as a required <computed field>_<table>_args input next to the select arguments', async () => {
    const result = await data(as('reviewer'), `{ __type(name: "author") { fields { name args { name type { kind name ofType { name } } } } } }`);
    const fields = (result.__type as { fields: Array<{ name: string; args: Array<{ name: string; type: { kind: string; name: string | null; ofType: { name: string } | null } }> }> }).fields;
    const titled = fields.find((f) => f.name === 'articles_titled');
    expect(titled?.args.map((a) => a.name).sort()).toEqual(['args', 'distinct_on', 'limit', 'offset', 'order_by', 'where']);
    expect(titled?.args.find((a) => a.name === 'args')?.type).toEqual({ kind: 'NON_NULL', name: null, ofType: { name: 'articles_titled_author_args' } });
  });

  it('applies the returned table’s permission filter and limit for the role', async () => {
    // anonymous may read published articles only, at most 2 per list; the function itself returns drafts too.
    const anonymous = await data(as('anonymous'), '{ author(order_by: {id: asc}) { id articles_titled(args: {search: "article"}, order_by: {id: asc}) { id } } }');
    expect(anonymous.author).toEqual([
      { id: 1, articles_titled: [{ id: 2 }] },
      { id: 2, articles_titled: [{ id: 3 }] },
      { id: 3, articles_titled: [{ id: 5 }] },
    ]);

    // user-1 may read every article of author 1 (drafts included) and only author 1.
    const user = await data(as('user', 'user-1'), '{ author { id articles_titled(args: {search: "article"}, order_by: {id: asc}) { id } } }');
    expect(user.author).toEqual([{ id: 1, articles_titled: [{ id: 1 }, { id: 2 }] }]);
  });

  it('orders by the count of a table computed field under the role’s permission', async () => {
    // reviewer sees published articles only: author 1 has 1, author 2 has 1, author 3 has 1 of published_articles;
    // visible_articles (drafts of the session's user included) make author 2 count 2 for user-2.
    const result = await data(as('reviewer', 'user-2'), '{ author(order_by: [{visible_articles_aggregate: {count: desc}}, {id: asc}]) { id } }');
    expect(result.author).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    const admin = await data(as('admin', 'user-2'), '{ author(order_by: [{visible_articles_aggregate: {count: desc}}, {id: asc}]) { id } }');
    expect(admin.author).toEqual([{ id: 2 }, { id: 1 }, { id: 3 }]);
  });
});

describe('session_argument', () => {
  it('passes the session variables as json to a scalar computed field', async () => {
    const result = await data(as('admin', 'user-2'), '{ author(order_by: {id: asc}) { id is_me } }');
    // author 3 has no user_id, so the comparison is NULL.
    expect(result.author).toEqual([{ id: 1, is_me: false }, { id: 2, is_me: true }, { id: 3, is_me: null }]);
  });

  it('passes the session to a table computed field whose table argument is not the first (table_argument)', async () => {
    const result = await data(as('admin', 'user-2'), '{ author(order_by: {id: asc}) { id visible_articles(order_by: {id: asc}) { id } } }');
    // Drafts only of the session's own author (user-2 → author 2).
    expect(result.author).toEqual([
      { id: 1, visible_articles: [{ id: 2 }] },
      { id: 2, visible_articles: [{ id: 3 }, { id: 4 }] },
      { id: 3, visible_articles: [{ id: 5 }] },
    ]);
  });

  it('hides the session argument from the schema', async () => {
    const result = await data(as('admin'), '{ __type(name: "author") { fields { name args { name } } } }');
    const fields = (result.__type as { fields: Array<{ name: string; args: Array<{ name: string }> }> }).fields;
    expect(fields.find((f) => f.name === 'is_me')?.args).toEqual([]);
    expect(fields.find((f) => f.name === 'visible_articles')?.args.map((a) => a.name).sort()).toEqual(['distinct_on', 'limit', 'offset', 'order_by', 'where']);
  });

  it('passes the session to computed fields inside where, order_by and permission filters', async () => {
    const where = await data(as('admin', 'user-2'), '{ author(where: {is_me: {_eq: true}}) { id } }');
    expect(where.author).toEqual([{ id: 2 }]);

    const whereTable = await data(as('admin', 'user-2'), '{ author(where: {visible_articles: {is_published: {_eq: false}}}) { id } }');
    expect(whereTable.author).toEqual([{ id: 2 }]);

    const ordered = await data(as('admin', 'user-2'), '{ author(order_by: [{is_me: desc_nulls_last}, {id: asc}]) { id } }');
    expect(ordered.author).toEqual([{ id: 2 }, { id: 1 }, { id: 3 }]);

    // Role `me` reads the authors whose is_me is true: its row filter calls the function with the session.
    const me = await data(as('me', 'user-1'), '{ author { id name } }');
    expect(me.author).toEqual([{ id: 1, name: 'Author 1' }]);
  });
});

describe('filtering and ordering by computed fields', () => {
  it('filters and orders by a scalar computed field', async () => {
    const result = await data(as('admin'), `{
      like: author(where: {full_name: {_like: "%(#2)"}}) { id }
      ordered: author(order_by: {full_name: desc}) { id }
    }`);
    expect(result).toEqual({ like: [{ id: 2 }], ordered: [{ id: 3 }, { id: 2 }, { id: 1 }] });
  });

  it('filters by a table computed field with the returned table’s boolean expression', async () => {
    const result = await data(as('admin'), '{ author(where: {published_articles: {title: {_eq: "Article 3"}}}) { id } }');
    expect(result.author).toEqual([{ id: 2 }]);
  });

  it('checks the returned table’s permission inside a computed-field condition for a role', async () => {
    // Article 4 is a draft: reviewer may not see it, so it cannot make author 2 match.
    const reviewer = await data(as('reviewer'), '{ author(where: {visible_articles: {title: {_eq: "Article 4"}}}) { id } }');
    expect(reviewer.author).toEqual([]);
    const admin = await data(as('admin', 'user-2'), '{ author(where: {visible_articles: {title: {_eq: "Article 4"}}}) { id } }');
    expect(admin.author).toEqual([{ id: 2 }]);
  });
});

describe('computed fields under role permissions', () => {
  it('builds the role’s schema with only the listed scalar computed fields', async () => {
    const user = await data(as('user', 'user-1'), '{ author { id full_name is_me } }');
    expect(user.author).toEqual([{ id: 1, full_name: 'Author 1 (#1)', is_me: true }]);

    const reviewer = await data(as('reviewer'), '{ author(where: {full_name: {_like: "%#3)"}}) { full_name } }');
    expect(reviewer.author).toEqual([{ full_name: 'Author 3 (#3)' }]);
  });

  it('refuses a scalar computed field the role’s permission does not list', async () => {
    const select = await firstError(as('reviewer'), '{ author { is_me } }');
    expect(select).toEqual({ message: "field 'is_me' not found in type: 'author'", extensions: { code: 'validation-failed', path: '$.selectionSet.author.selectionSet.is_me' } });

    const where = await firstError(as('anonymous'), '{ author(where: {full_name: {_eq: "x"}}) { id } }');
    expect(where).toMatchObject({ message: "field 'full_name' not found in type: 'author_bool_exp'", extensions: { code: 'validation-failed' } });
  });
});

describe('a select permission listing a table computed field', () => {
  it('is an inconsistent object, as Hasura derives those permissions from the returned table', async () => {
    // Prepare: a database of its own; reviewer's author permission also lists published_articles (SETOF article).
    const own = await fixtureDatabase(postgres.url, 'table_computed_field_permission');
    const server2 = await startServer(own.url, { adminSecret: ADMIN_SECRET });
    try {
      const exported = await metadataCall(server2.url, { type: 'export_metadata', args: {} });
      const metadata = exported.body as { sources: Array<{ tables: Array<{ table: { name: string }; select_permissions?: Array<{ role: string; permission: { computed_fields?: string[] } }> }> }> };
      const author = metadata.sources[0]?.tables.find((t) => t.table.name === 'author');
      const reviewer = author?.select_permissions?.find((p) => p.role === 'reviewer');
      if (!reviewer) throw new Error('the fixture has no reviewer permission on author');
      reviewer.permission.computed_fields = ['full_name', 'published_articles'];

      // Act
      const replaced = await metadataCall(server2.url, { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: true, metadata } });
      const other = await gql(server2.url, '{ author(where: {id: {_eq: 1}}) { full_name } }', { headers: as('user', 'user-1') });

      // Assert
      expect(replaced.body.inconsistent_objects).toEqual([
        expect.objectContaining({
          type: 'select_permission',
          reason: 'Inconsistent object: in table "author": in permission for role "reviewer": select permissions on computed field "published_articles" are auto-derived from the permissions on its returning table "article" and cannot be specified manually',
        }),
      ]);
      expect(other.body).toEqual({ data: { author: [{ full_name: 'Author 1 (#1)' }] } });
    } finally {
      await server2.close();
      await own.pool.end();
    }
  });
});

describe('aggregates through relationships under row permissions', () => {
  it('counts only the related rows the role may see', async () => {
    // reviewer reads published articles only (1 per author); admin sees 2, 2 and 1.
    const query = '{ author(order_by: {id: asc}) { id articles_aggregate { aggregate { count } nodes { id } } } }';
    const reviewer = await data(as('reviewer'), query);
    expect(reviewer.author).toEqual([
      { id: 1, articles_aggregate: { aggregate: { count: 1 }, nodes: [{ id: 2 }] } },
      { id: 2, articles_aggregate: { aggregate: { count: 1 }, nodes: [{ id: 3 }] } },
      { id: 3, articles_aggregate: { aggregate: { count: 1 }, nodes: [{ id: 5 }] } },
    ]);
    const admin = await data(as('admin'), '{ author(order_by: {id: asc}) { articles_aggregate { aggregate { count } } } }');
    expect(admin.author).toEqual([2, 2, 1].map((count) => ({ articles_aggregate: { aggregate: { count } } })));
  });

  it('counts through an object relationship and in aggregate predicates with the role’s filter', async () => {
    const through = await data(as('reviewer'), '{ article(where: {id: {_eq: 3}}) { author { articles_aggregate { aggregate { count } } } } }');
    expect(through.article).toEqual([{ author: { articles_aggregate: { aggregate: { count: 1 } } } }]);

    const predicate = '{ author(where: {articles_aggregate: {count: {predicate: {_eq: 1}}}}, order_by: {id: asc}) { id } }';
    expect((await data(as('reviewer'), predicate)).author).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect((await data(as('admin'), predicate)).author).toEqual([{ id: 3 }]);

    const ordered = await data(as('reviewer'), '{ author_aggregate { aggregate { count } } }');
    expect(ordered.author_aggregate).toEqual({ aggregate: { count: 3 } });
  });
});

describe('aggregates of scalar computed fields (Hasura v2.27+)', () => {
  // word_count (article_word_count, the blog's example) is 4 for every fixture article ("Sample article content N").
  it('sums, averages and takes the max of a scalar computed field like a column, at the root and through a relationship', async () => {
    const result = await data(as('admin'), `{
      article_aggregate { aggregate { sum { word_count } avg { word_count } max { word_count } } }
      author(order_by: {id: asc}) { articles_aggregate { aggregate { sum { word_count } } } }
    }`);
    expect(result).toEqual({
      article_aggregate: { aggregate: { sum: { word_count: 20 }, avg: { word_count: 4 }, max: { word_count: 4 } } },
      author: [8, 8, 4].map((sum) => ({ articles_aggregate: { aggregate: { sum: { word_count: sum } } } })),
    });
  });

  it('aggregates only the rows the role may see, and only computed fields its permission lists', async () => {
    // reviewer lists word_count and reads the 3 published articles.
    const reviewer = await data(as('reviewer'), '{ article_aggregate { aggregate { sum { word_count } } } }');
    expect(reviewer.article_aggregate).toEqual({ aggregate: { sum: { word_count: 12 } } });

    // user reads every column but lists no computed field of article.
    const error = await firstError(as('user', 'user-1'), '{ article_aggregate { aggregate { sum { word_count } } } }');
    expect(error).toMatchObject({ message: "field 'word_count' not found in type: 'article_sum_fields'", extensions: { code: 'validation-failed' } });
  });
});

describe('a function tracked and also used as a computed field', () => {
  it('serves the root field with the row argument as Hasura’s <type>_scalar row literal, next to the computed field', async () => {
    // Prepare: a database of its own, whose metadata also tracks author_visible_articles(hasura_session, author_row).
    const own = await fixtureDatabase(postgres.url, 'tracked_row_function');
    const tracking = await startServer(own.url, { adminSecret: ADMIN_SECRET });
    try {
      const exported = await metadataCall(tracking.url, { type: 'export_metadata', args: {} });
      const metadata = exported.body as { sources: Array<{ functions?: unknown[] }> };
      const source = metadata.sources[0];
      if (!source) throw new Error('the fixture metadata has no source');
      source.functions = [...(source.functions ?? []), { function: { schema: 'public', name: 'author_visible_articles' }, configuration: { session_argument: 'hasura_session' } }];

      // Act
      const replaced = await metadataCall(tracking.url, { type: 'replace_metadata', version: 2, args: { allow_inconsistent_metadata: false, metadata } });
      const computed = await gql(tracking.url, '{ author(where: {id: {_eq: 2}}) { visible_articles(order_by: {id: asc}) { id } } }', { headers: as('user', 'user-2') });
      // A row literal of author (id, name, user_id, …): the function reads id and user_id.
      const root = await gql(tracking.url, '{ author_visible_articles(args: {author_row: "(2,,user-2,,,,)"}, order_by: {id: asc}) { id } }', { headers: as('user', 'user-2') });
      const argType = await gql(tracking.url, '{ __type(name: "author_visible_articles_args") { inputFields { name type { name } } } }', { headers: as('admin') });

      // Assert
      expect(replaced.status).toBe(200);
      expect(computed.body).toEqual({ data: { author: [{ visible_articles: [{ id: 3 }, { id: 4 }] }] } });
      expect(root.body).toEqual({ data: { author_visible_articles: [{ id: 3 }, { id: 4 }] } });
      expect(argType.body).toEqual({ data: { __type: { inputFields: [{ name: 'author_row', type: { name: 'author_scalar' } }] } } });
    } finally {
      await tracking.close();
      await own.pool.end();
    }
  });
});
