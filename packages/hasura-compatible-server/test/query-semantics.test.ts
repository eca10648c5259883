/**
 * Query semantics as Hasura v2 documents them (query.mdx, its tests-py fixtures): ordering and
 * nulls, aggregates, distinct_on, operators, by_pk, GraphQL features, numbers, error shapes.
 * Queries run as admin (admin secret) over the author/article fixture.
 */
import { buildClientSchema, getIntrospectionQuery, GraphQLObjectType, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';

const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;
let stringifying: HasuraServer;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'query_semantics');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
  stringifying = await startServer(db.url, { adminSecret: ADMIN_SECRET, stringifyNumericTypes: true });
});

afterAll(async () => {
  await server?.close();
  await stringifying?.close();
  await db?.pool.end();
  await postgres?.stop();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { status, body } = await gql(server.url, query, { headers: admin, ...(variables ? { variables } : {}) });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
}

async function firstError(query: string, opts: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const { status, body } = await gql(server.url, query, { headers: { ...admin, ...opts.headers }, ...(opts.variables ? { variables: opts.variables } : {}) });
  expect(status).toBe(200);
  expect(body.data).toBeUndefined();
  return body.errors?.[0];
}

describe('ordering', () => {
  it('asc puts nulls last and desc puts nulls first, like Postgres', async () => {
    const result = await data('{ asc: article(order_by: {published_on: asc}) { id } desc: article(order_by: {published_on: desc}) { id } }');
    // published_on: 1 null, 2 June, 3 July, 4 May, 5 null (ties broken by nothing, so compare sets for the nulls)
    const asc = (result.asc as Array<{ id: number }>).map((r) => r.id);
    const desc = (result.desc as Array<{ id: number }>).map((r) => r.id);
    expect(asc.slice(0, 3)).toEqual([4, 2, 3]);
    expect(asc.slice(3).sort()).toEqual([1, 5]);
    expect(desc.slice(0, 2).sort()).toEqual([1, 5]);
    expect(desc.slice(2)).toEqual([3, 2, 4]);
  });

  it('*_nulls_first and *_nulls_last override the defaults', async () => {
    const result = await data(`{
      a: article(order_by: [{published_on: asc_nulls_first}, {id: asc}]) { id }
      b: article(order_by: [{published_on: desc_nulls_last}, {id: asc}]) { id }
    }`);
    expect(result.a).toEqual([{ id: 1 }, { id: 5 }, { id: 4 }, { id: 2 }, { id: 3 }]);
    expect(result.b).toEqual([{ id: 3 }, { id: 2 }, { id: 4 }, { id: 1 }, { id: 5 }]);
  });

  it('orders through an object relationship and by an array relationship aggregate', async () => {
    const result = await data(`{
      byAuthor: article(order_by: [{author: {name: desc}}, {id: asc}]) { id }
      byCount: author(order_by: [{articles_aggregate: {count: desc}}, {id: desc}]) { id }
      byMax: author(order_by: {articles_aggregate: {max: {views: desc_nulls_last}}}) { id }
    }`);
    expect(result.byAuthor).toEqual([{ id: 5 }, { id: 3 }, { id: 4 }, { id: 1 }, { id: 2 }]);
    expect(result.byCount).toEqual([{ id: 2 }, { id: 1 }, { id: 3 }]);
    expect(result.byMax).toEqual([{ id: 2 }, { id: 1 }, { id: 3 }]);
  });

  it('orders by the aggregate of a set-returning computed field', async () => {
    // published articles: author 1 → 1 (article 2), author 2 → 1 (article 3), author 3 → 1 (article 5)
    const result = await data('{ author(order_by: [{published_articles_aggregate: {max: {id: desc}}}]) { id } }');
    expect(result.author).toEqual([{ id: 3 }, { id: 2 }, { id: 1 }]);
  });

  it('keeps the key order written in one order_by object', async () => {
    const result = await data('{ article(order_by: {is_published: desc, id: desc}) { id } }');
    expect(result.article).toEqual([{ id: 5 }, { id: 3 }, { id: 2 }, { id: 4 }, { id: 1 }]);
  });

  it('ignores null items in order_by', async () => {
    const result = await data('query ($o: [article_order_by!]) { article(order_by: $o) { id } }', { o: [{ id: 'desc' }] });
    expect(result.article).toEqual([{ id: 5 }, { id: 4 }, { id: 3 }, { id: 2 }, { id: 1 }]);
  });

  it('applies limit and offset after ordering', async () => {
    const result = await data('{ article(order_by: {id: asc}, limit: 2, offset: 1) { id } }');
    expect(result.article).toEqual([{ id: 2 }, { id: 3 }]);
  });
});

describe('distinct_on', () => {
  it('keeps the first row per distinct value in the order given', async () => {
    const result = await data('{ article(distinct_on: [author_id], order_by: [{author_id: asc}, {id: desc}]) { id author_id } }');
    expect(result.article).toEqual([
      { id: 2, author_id: 1 },
      { id: 4, author_id: 2 },
      { id: 5, author_id: 3 },
    ]);
  });

  it('fails with validation-failed when distinct_on does not match the leading order_by columns', async () => {
    const error = await firstError('{ article(distinct_on: author_id, order_by: {id: desc}) { id } }');
    expect(error).toEqual({
      message: '"distinct_on" columns must match initial "order_by" columns',
      extensions: { path: '$.selectionSet.article.args', code: 'validation-failed' },
    });
  });
});

describe('aggregates', () => {
  it('over an empty set give count 0 and null sum/avg/max/min with empty nodes', async () => {
    const result = await data(`{ article_aggregate(where: {id: {_gt: 1000}}) {
      aggregate { count sum { views price } avg { views } max { published_on title } min { id } }
      nodes { id } } }`);
    expect(result.article_aggregate).toEqual({
      aggregate: { count: 0, sum: { views: null, price: null }, avg: { views: null }, max: { published_on: null, title: null }, min: { id: null } },
      nodes: [],
    });
  });

  it('count, sum, avg, max and min match the fixture rows', async () => {
    const result = await data(`{ article_aggregate(where: {author_id: {_eq: 1}}) {
      aggregate { count cnt_views: count(columns: [published_on]) distinct_authors: count(columns: author_id, distinct: true)
                  sum { views price } avg { views } max { title published_on } min { id } stddev { views } }
      nodes { id } } }`);
    const agg = (result.article_aggregate as { aggregate: Record<string, unknown> }).aggregate;
    expect(agg.count).toBe(2);
    expect(agg.cnt_views).toBe(1); // count(column) skips nulls
    expect(agg.distinct_authors).toBe(1);
    expect(agg.sum).toEqual({ views: 30, price: 30.5 });
    expect(agg.avg).toEqual({ views: 15 });
    expect(agg.max).toEqual({ title: 'Article 2', published_on: '2018-06-01T10:00:00+00:00' });
    expect(agg.min).toEqual({ id: 1 });
    expect((agg.stddev as { views: number }).views).toBeCloseTo(7.0710678, 5);
    expect((result.article_aggregate as { nodes: unknown }).nodes).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('aggregates apply the limit like Hasura (limit caps the aggregated rows)', async () => {
    const result = await data('{ article_aggregate(order_by: {id: asc}, limit: 2) { aggregate { count sum { small } } } }');
    expect(result.article_aggregate).toEqual({ aggregate: { count: 2, sum: { small: 3 } } });
  });

  it('array relationship aggregates are per parent row', async () => {
    const result = await data('{ author(order_by: {id: asc}) { id articles_aggregate { aggregate { count } } } }');
    expect(result.author).toEqual([
      { id: 1, articles_aggregate: { aggregate: { count: 2 } } },
      { id: 2, articles_aggregate: { aggregate: { count: 2 } } },
      { id: 3, articles_aggregate: { aggregate: { count: 1 } } },
    ]);
  });
});

describe('where', () => {
  const ids = async (where: string, variables?: Record<string, unknown>) => {
    const result = await data(`query ($v: String, $ids: [Int!]) { article(where: ${where}, order_by: {id: asc}) { id } }`, variables);
    return (result.article as Array<{ id: number }>).map((r) => r.id);
  };

  it('supports the comparison operators', async () => {
    expect(await ids('{id: {_eq: 2}}')).toEqual([2]);
    expect(await ids('{id: {_neq: 2}}')).toEqual([1, 3, 4, 5]);
    expect(await ids('{id: {_gt: 3}}')).toEqual([4, 5]);
    expect(await ids('{id: {_gte: 3}}')).toEqual([3, 4, 5]);
    expect(await ids('{id: {_lt: 2}}')).toEqual([1]);
    expect(await ids('{id: {_lte: 2}}')).toEqual([1, 2]);
    expect(await ids('{id: {_in: [1, 5, 9]}}')).toEqual([1, 5]);
    expect(await ids('{id: {_nin: [1, 5]}}')).toEqual([2, 3, 4]);
    expect(await ids('{id: {_in: []}}')).toEqual([]);
    expect(await ids('{published_on: {_is_null: true}}')).toEqual([1, 5]);
    expect(await ids('{published_on: {_is_null: false}}')).toEqual([2, 3, 4]);
    expect(await ids('{title: {_like: "%e 3"}}')).toEqual([3]);
    expect(await ids('{title: {_nlike: "%e 3"}}')).toEqual([1, 2, 4, 5]);
    expect(await ids('{title: {_ilike: "article 4"}}')).toEqual([4]);
    expect(await ids('{title: {_nilike: "ARTICLE%"}}')).toEqual([]);
    expect(await ids('{title: {_regex: "[45]$"}}')).toEqual([4, 5]);
    expect(await ids('{tags: {_contains: {topic: "cards"}}}')).toEqual([1, 4]);
    expect(await ids('{tags: {_has_key: "n"}}')).toEqual([1]);
    expect(await ids('{views: {_gt: "9007199254740992"}}')).toEqual([3]);
  });

  it('combines with _and, _or, _not; {} is true and _or [] is false', async () => {
    expect(await ids('{_or: [{id: {_eq: 1}}, {id: {_eq: 4}}]}')).toEqual([1, 4]);
    expect(await ids('{_and: [{id: {_gt: 1}}, {id: {_lt: 4}}]}')).toEqual([2, 3]);
    expect(await ids('{_not: {is_published: {_eq: true}}}')).toEqual([1, 4]);
    expect(await ids('{}')).toEqual([1, 2, 3, 4, 5]);
    expect(await ids('{_or: []}')).toEqual([]);
  });

  it('traverses object relationships and array relationships (EXISTS)', async () => {
    expect(await ids('{author: {name: {_eq: "Author 2"}}}')).toEqual([3, 4]);
    const result = await data('{ author(where: {articles: {is_published: {_eq: false}}}, order_by: {id: asc}) { id } }');
    expect(result.author).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('filters on an array relationship aggregate (count predicate with filter and distinct)', async () => {
    const authors = async (where: string) => ((await data(`{ author(where: ${where}, order_by: {id: asc}) { id } }`)).author as Array<{ id: number }>).map((a) => a.id);
    expect(await authors('{articles_aggregate: {count: {predicate: {_gt: 1}}}}')).toEqual([1, 2]);
    expect(await authors('{articles_aggregate: {count: {predicate: {_eq: 1}, filter: {is_published: {_eq: false}}}}}')).toEqual([1, 2]);
    expect(await authors('{articles_aggregate: {count: {predicate: {_eq: 0}, filter: {is_published: {_eq: false}}}}}')).toEqual([3]);
    // count(DISTINCT published_on) skips nulls: author 1 → 1, author 2 → 2, author 3 → 0
    expect(await authors('{articles_aggregate: {count: {arguments: [published_on], distinct: true, predicate: {_eq: 1}}}}')).toEqual([1]);
    expect(await authors('{articles_aggregate: {count: {arguments: [published_on], distinct: true, predicate: {_eq: 2}}}}')).toEqual([2]);
  });

  it('takes values from variables', async () => {
    expect(await ids('{title: {_eq: $v}}', { v: 'Article 5' })).toEqual([5]);
    expect(await ids('{id: {_in: $ids}}', { ids: [2, 3] })).toEqual([2, 3]);
  });

  it('rejects an explicit null operand, as Hasura v2 does without the null-collapse flag', async () => {
    const error = await firstError('{ article(where: {id: {_eq: null}}) { id } }');
    expect(error?.extensions.code).toBe('validation-failed');
    expect(error?.message).toBe('unexpected null value for type "Int"');
  });

  it('passes database errors for bad scalar input as data-exception', async () => {
    const error = await firstError('{ tag_event(where: {event_id: {_eq: "not-a-uuid"}}) { label } }');
    expect(error?.extensions.code).toBe('data-exception');
    expect(error?.message).toContain('uuid');
  });
});

describe('root fields, relationships, functions', () => {
  it('by_pk returns the row or null', async () => {
    const result = await data('{ found: author_by_pk(id: 2) { name } missing: author_by_pk(id: 999) { name } }');
    expect(result).toEqual({ found: { name: 'Author 2' }, missing: null });
  });

  it('resolves object and array relationships, computed fields and manual relationships to views', async () => {
    const result = await data(`{ author_by_pk(id: 1) {
      full_name
      published_articles { id }
      stats { article_count author { id } }
      articles(order_by: {id: asc}) { id author { id } }
    } }`);
    expect(result.author_by_pk).toEqual({
      full_name: 'Author 1 (#1)',
      published_articles: [{ id: 2 }],
      stats: { article_count: 2, author: { id: 1 } },
      articles: [
        { id: 1, author: { id: 1 } },
        { id: 2, author: { id: 1 } },
      ],
    });
  });

  it('nests relationships and aggregates several levels deep (Hasura fixture article_deeply_nested_aggregate)', async () => {
    const result = await data(`{ article_by_pk(id: 3) { author { articles(order_by: {id: asc}) { id author {
      articles_aggregate(order_by: {id: asc}) {
        aggregate { count avg { id } }
        nodes { id author { articles_aggregate { aggregate { count max { id } } } } }
      } } } } } }`);
    const inner = {
      articles_aggregate: {
        aggregate: { count: 2, avg: { id: 3.5 } },
        nodes: [
          { id: 3, author: { articles_aggregate: { aggregate: { count: 2, max: { id: 4 } } } } },
          { id: 4, author: { articles_aggregate: { aggregate: { count: 2, max: { id: 4 } } } } },
        ],
      },
    };
    expect(result.article_by_pk).toEqual({ author: { articles: [{ id: 3, author: inner }, { id: 4, author: inner }] } });
  });

  it('follows an object relationship defined by the other table\'s foreign key', async () => {
    const result = await data('{ a: article_by_pk(id: 1) { note { body } } b: article_by_pk(id: 2) { note { body } } }');
    expect(result).toEqual({ a: { note: { body: 'note on article 1' } }, b: { note: null } });
  });

  it('calls tracked functions with their arguments and the normal select arguments', async () => {
    const result = await data(`{
      search_articles(args: {search: "article"}, where: {id: {_gt: 3}}, order_by: {id: desc}) { id }
      search_articles_aggregate(args: {search: "4"}) { aggregate { count } }
    }`);
    expect(result.search_articles).toEqual([{ id: 5 }, { id: 4 }]);
    expect(result.search_articles_aggregate).toEqual({ aggregate: { count: 1 } });
  });

  it('hides the session argument of a function from its arguments', async () => {
    const { body } = await gql(server.url, '{ __type(name: "query_root") { fields { name args { name } } } }', { headers: admin });
    const fields = (body.data?.__type as { fields: Array<{ name: string; args: Array<{ name: string }> }> }).fields;
    const myArticles = fields.find((f) => f.name === 'my_articles');
    expect(myArticles?.args.map((a) => a.name)).toEqual(['distinct_on', 'limit', 'offset', 'order_by', 'where']);
  });

  it('selects JSON sub-values with path in the forms Hasura accepts', async () => {
    const result = await data(`{ article_by_pk(id: 1) {
      tags all: tags(path: "$") topic: tags(path: "$.topic") bare: tags(path: "topic") dotted: tags(path: ".n")
      quoted: tags(path: "['topic']") missing: tags(path: "nope.deeper")
    } }`);
    expect(result.article_by_pk).toEqual({ tags: { n: 1, topic: 'cards' }, all: { n: 1, topic: 'cards' }, topic: 'cards', bare: 'cards', dotted: 1, quoted: 'cards', missing: null });
  });
});

describe('GraphQL features', () => {
  it('several root fields read one snapshot and keep their order and aliases', async () => {
    const result = await data('{ b: article_aggregate { aggregate { count } } a: article(order_by: {id: asc}, limit: 1) { id } __typename c: author_by_pk(id: 3) { name } }');
    expect(Object.keys(result)).toEqual(['b', 'a', '__typename', 'c']);
    expect(result).toEqual({ b: { aggregate: { count: 5 } }, a: [{ id: 1 }], __typename: 'query_root', c: { name: 'Author 3' } });
  });

  it('supports fragments, inline fragments, aliases, __typename, variables with defaults and @include/@skip', async () => {
    const result = await data(
      `query Q($id: Int! = 3, $withTitle: Boolean!) {
        first: article_by_pk(id: $id) { ...A ... on article { t: title @include(if: $withTitle) } x: title @skip(if: true) }
        __typename
      }
      fragment A on article { id __typename author { __typename name } }`,
      { withTitle: true },
    );
    expect(result).toEqual({
      first: { id: 3, __typename: 'article', author: { __typename: 'author', name: 'Author 2' }, t: 'Article 3' },
      __typename: 'query_root',
    });
  });

  it('answers a batched request with an array of results', async () => {
    const res = await fetch(`${server.url}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify([{ query: '{ author_by_pk(id: 1) { id } }' }, { query: '{ nope }' }]),
    });
    const body = (await res.json()) as Array<Record<string, unknown>>;
    expect(res.status).toBe(200);
    expect(body).toHaveLength(2);
    expect(body[0]).toEqual({ data: { author_by_pk: { id: 1 } } });
    expect(body[1]?.errors).toBeDefined();
  });

  it('serves introspection that graphql-js can turn back into a schema', async () => {
    const { body } = await gql(server.url, getIntrospectionQuery(), { headers: admin });
    expect(body.errors).toBeUndefined();
    const schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
    const query = schema.getQueryType();
    expect(query?.name).toBe('query_root');
    const fields = query?.getFields() ?? {};
    expect(String(fields.article?.type)).toBe('[article!]!');
    expect(String(fields.article_by_pk?.type)).toBe('article');
    expect(String(fields.article_aggregate?.type)).toBe('article_aggregate!');
    const article = schema.getType('article');
    expect(article).toBeInstanceOf(GraphQLObjectType);
    const articleFields = article instanceof GraphQLObjectType ? article.getFields() : {};
    expect(String(articleFields.views?.type)).toBe('bigint');
    expect(String(articleFields.price?.type)).toBe('numeric');
    expect(String(articleFields.published_on?.type)).toBe('timestamptz');
    expect(String(articleFields.score?.type)).toBe('float8');
    expect(String(articleFields.small?.type)).toBe('smallint');
    expect(String(articleFields.tags?.type)).toBe('jsonb');
    expect(String(articleFields.title?.type)).toBe('String!');
    expect(String(articleFields.is_published?.type)).toBe('Boolean!');
    const sumFields = schema.getType('article_sum_fields');
    const avgFields = schema.getType('article_avg_fields');
    expect(sumFields instanceof GraphQLObjectType && String(sumFields.getFields().views?.type)).toBe('bigint');
    expect(avgFields instanceof GraphQLObjectType && String(avgFields.getFields().views?.type)).toBe('Float');
    // object relationships: non-null only for a foreign key on NOT NULL columns of this table
    const note = schema.getType('article_note');
    expect(note instanceof GraphQLObjectType && String(note.getFields().article?.type)).toBe('article!');
    expect(String(articleFields.author?.type)).toBe('author');
    const author = schema.getType('author');
    expect(author instanceof GraphQLObjectType && String(author.getFields().stats?.type)).toBe('author_stats');
    expect(schema.getType('order_by')).toBeDefined();
    expect(schema.getType('article_select_column')).toBeDefined();
    expect(schema.getType('String_comparison_exp')).toBeDefined();
  });
});

describe('numbers and dates', () => {
  it('keeps bigint and numeric digits beyond 2^53 as JSON numbers by default', async () => {
    const { text } = await gql(server.url, '{ author_by_pk(id: 2) { big_number rating } article_by_pk(id: 3) { views } }', { headers: admin });
    expect(text).toContain('"big_number":9223372036854775807');
    expect(text).toContain('"rating":12345678901234567890.123456789');
    expect(text).toContain('"views":9007199254740993');
  });

  it('stringifies bigint, numeric and float8 (and their sum/max/min) but not avg or count with the stringify flag', async () => {
    const { body } = await gql(
      stringifying.url,
      `{ author_by_pk(id: 2) { big_number rating id }
         article_by_pk(id: 1) { views price score small }
         article_aggregate(where: {author_id: {_eq: 1}}) { aggregate { count sum { views small } max { views } avg { views } } } }`,
      { headers: admin },
    );
    expect(body.data).toEqual({
      author_by_pk: { big_number: '9223372036854775807', rating: '12345678901234567890.123456789', id: 2 },
      article_by_pk: { views: '10', price: '10.50', score: '1.5', small: 1 },
      article_aggregate: { aggregate: { count: 2, sum: { views: '30', small: 3 }, max: { views: '20' }, avg: { views: 15 } } },
    });
  });

  it('renders timestamptz like Hasura: +00:00 offset, fractional seconds only when present', async () => {
    const result = await data('{ a: article_by_pk(id: 2) { published_on } b: article_by_pk(id: 3) { published_on } }');
    expect(result).toEqual({ a: { published_on: '2018-06-01T10:00:00+00:00' }, b: { published_on: '2018-07-01T10:00:00.25+00:00' } });
  });
});

describe('errors', () => {
  it('an unknown field is validation-failed with the Hasura message and path', async () => {
    const error = await firstError('{ author { id remarks_unknown } }');
    expect(error).toEqual({
      message: "field 'remarks_unknown' not found in type: 'author'",
      extensions: { path: '$.selectionSet.author.selectionSet.remarks_unknown', code: 'validation-failed' },
    });
  });

  it('paths run through fragment spreads the way Hasura reports them', async () => {
    const error = await firstError('{ author { ...A } } fragment A on author { id articles { nope } }');
    expect(error).toEqual({
      message: "field 'nope' not found in type: 'article'",
      extensions: { path: '$.selectionSet.author.selectionSet.A.selectionSet.articles.selectionSet.nope', code: 'validation-failed' },
    });
  });

  it('an unknown root field names query_root', async () => {
    const error = await firstError('{ nothing_here { id } }');
    expect(error).toEqual({
      message: "field 'nothing_here' not found in type: 'query_root'",
      extensions: { path: '$.selectionSet.nothing_here', code: 'validation-failed' },
    });
  });

  it('a query that does not parse is "not a valid graphql query" at $.query', async () => {
    const error = await firstError('{ author { id }');
    expect(error).toEqual({ message: 'not a valid graphql query', extensions: { path: '$.query', code: 'validation-failed' } });
  });

  it('a missing required variable is validation-failed', async () => {
    const error = await firstError('query ($id: Int!) { author_by_pk(id: $id) { id } }');
    expect(error?.extensions.code).toBe('validation-failed');
    expect(error?.message).toBe('expecting a value for non-nullable variable: "id"');
  });

  it('mutations answer not-supported instead of a wrong result; subscriptions over HTTP point to WebSocket', async () => {
    const mutation = await firstError('mutation { delete_author(where: {}) { affected_rows } }');
    expect(mutation?.extensions.code).toBe('not-supported');
    expect(mutation?.message).toContain('mutations');
    const subscription = await firstError('subscription { author { id } }');
    expect(subscription?.message).toBe('subscriptions are not supported over HTTP, use websockets instead');
  });

  it('a negative limit is refused with the Hasura message at the argument path', async () => {
    const error = await firstError('{ article(limit: -1) { id } }');
    expect(error).toEqual({
      message: 'expected a non-negative 32-bit integer for type "Int", but found an integer',
      extensions: { path: '$.selectionSet.article.args.limit', code: 'validation-failed' },
    });
  });

  it('a string where limit needs an Int is "expecting Integer value"', async () => {
    const error = await firstError('{ article(limit: "3") { id } }');
    expect(error).toEqual({ message: 'expecting Integer value for "limit"', extensions: { path: '$.selectionSet.article.args.limit', code: 'validation-failed' } });
  });

  it('an unknown directive is refused at the enclosing selection set', async () => {
    const error = await firstError('{ author { id @exclude(if: true) name } }');
    expect(error).toEqual({ message: 'directive "exclude" is not defined in the schema', extensions: { path: '$.selectionSet.author.selectionSet', code: 'validation-failed' } });
  });

  it('automatic persisted queries answer not-supported', async () => {
    const res = await fetch(`${server.url}/v1/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: '{ author { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    });
    expect(await res.json()).toEqual({ errors: [{ message: 'Automatic Persisted Queries is not enabled', extensions: { path: '$', code: 'not-supported' } }] });
  });

  it('a body that is not JSON gets an invalid-json error with HTTP 200', async () => {
    const res = await fetch(`${server.url}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: '{nope' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('invalid-json');
  });
});
