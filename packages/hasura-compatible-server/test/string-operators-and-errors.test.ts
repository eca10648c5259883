/**
 * Hasura v2's text operators on every string-like column type (query.mdx "Text search or pattern
 * matching operators"; Types.hs `stringTypes`: varchar, text, citext, bpchar; plus `name`), and
 * Hasura's errors for bad patterns (Postgres data exceptions through `dmlTxErrorHandler`:
 * an invalid escape is `bad-request`, any other data exception `data-exception`, path `$`) and
 * for fragment cycles (Execute/Inline.hs: `validation-failed` at the spread that closes the cycle).
 *
 * Fixture `label`: 1 = (ci 'Fraud Alert', vc 'blocked', bp 'AB12', nm 'merchant_x'),
 * 2 = (ci 'chargeback', vc 'active', bp 'ZZ', nm 'merchant_y'); columns citext, varchar(8), char(6), name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';

const admin = { 'x-hasura-admin-secret': ADMIN_SECRET };
let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'string_operators');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
});

afterAll(async () => {
  await server?.close();
  await db?.pool.end();
  await postgres?.stop();
});

async function labelIds(where: string, variables?: Record<string, unknown>): Promise<number[]> {
  const { body } = await gql(server.url, `query($p: String) { label(where: ${where}, order_by: {id: asc}) { id } }`, { headers: admin, ...(variables ? { variables } : {}) });
  expect(body.errors).toBeUndefined();
  return ((body.data?.label ?? []) as Array<{ id: number }>).map((row) => row.id);
}

async function firstError(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await gql(server.url, query, { headers: admin, ...(variables ? { variables } : {}) });
  expect(status).toBe(200);
  expect(body.data).toBeUndefined();
  return body.errors?.[0];
}

describe('string operators on string-like types', () => {
  it('offers the text operators on citext, varchar, bpchar and name comparison types', async () => {
    const textOps = ['_ilike', '_iregex', '_like', '_nilike', '_niregex', '_nlike', '_nregex', '_nsimilar', '_regex', '_similar'];
    for (const typeName of ['citext_comparison_exp', 'bpchar_comparison_exp', 'name_comparison_exp', 'String_comparison_exp']) {
      const { body } = await gql(server.url, `{ __type(name: "${typeName}") { inputFields { name } } }`, { headers: admin });
      const fields = ((body.data?.__type as { inputFields: Array<{ name: string }> } | null)?.inputFields ?? []).map((f) => f.name);
      expect(fields, typeName).toEqual(expect.arrayContaining(textOps));
    }
  });

  it('matches citext case-insensitively with _like and _eq, as citext compares', async () => {
    expect(await labelIds('{ci: {_like: "fraud%"}}')).toEqual([1]);
    expect(await labelIds('{ci: {_eq: "CHARGEBACK"}}')).toEqual([2]);
    expect(await labelIds('{ci: {_nilike: "%alert"}}')).toEqual([2]);
    expect(await labelIds('{ci: {_regex: "^Charge"}}')).toEqual([2]);
  });

  it('matches varchar(n) with patterns longer than n (the pattern is not cut to the column length)', async () => {
    expect(await labelIds('{vc: {_regex: "^(blocked|active)$"}}')).toEqual([1, 2]);
    expect(await labelIds('{vc: {_like: "b%l%o%c%k%e%d"}}')).toEqual([1]);
    expect(await labelIds('{vc: {_nlike: "%ocked"}}')).toEqual([2]);
  });

  it('matches bpchar and name columns with like, similar and regex operators', async () => {
    expect(await labelIds('{bp: {_eq: "AB12"}}')).toEqual([1]);
    expect(await labelIds('{bp: {_like: "AB%"}}')).toEqual([1]);
    expect(await labelIds('{bp: {_similar: "(AB|ZZ)%"}}')).toEqual([1, 2]);
    expect(await labelIds('{bp: {_iregex: "^ab"}}')).toEqual([1]);
    expect(await labelIds('{nm: {_ilike: "MERCHANT_%"}}')).toEqual([1, 2]);
    expect(await labelIds('{nm: {_nregex: "x$"}}')).toEqual([2]);
    expect(await labelIds('{nm: {_nsimilar: "%_y"}}')).toEqual([1]);
    // 64 characters: longer than a `name` holds, so only whole patterns tell the rows apart.
    expect(await labelIds(`{nm: {_like: "${'%'.repeat(63)}y"}}`)).toEqual([2]);
  });

  it('takes patterns from variables', async () => {
    expect(await labelIds('{vc: {_ilike: $p}}', { p: '%CTIVE' })).toEqual([2]);
  });
});

describe('pattern errors', () => {
  it('answers an invalid LIKE escape with bad-request and Postgres’s message', async () => {
    const error = await firstError('query($p: String) { article(where: {title: {_like: $p}}) { id } }', { p: 'Article\\' });
    expect(error).toEqual({ message: 'LIKE pattern must not end with escape character', extensions: { code: 'bad-request', path: '$' } });
  });

  it('answers an invalid regular expression with data-exception and Postgres’s message', async () => {
    const error = await firstError('{ article(where: {title: {_regex: "("}}) { id } }');
    expect(error?.extensions).toEqual({ code: 'data-exception', path: '$' });
    expect(error?.message).toMatch(/^invalid regular expression: /);
  });
});

describe('fragment cycles', () => {
  it('names the fragments of a two-fragment cycle, at the spread that closes it', async () => {
    const error = await firstError(`
      query { author { ...A } }
      fragment A on author { articles { ...B } }
      fragment B on article { author { ...A } }`);
    expect(error).toEqual({
      message: 'the fragment definition(s) A and B form a cycle',
      extensions: { code: 'validation-failed', path: '$.selectionSet.author.selectionSet.A.selectionSet.articles.selectionSet.B.selectionSet.author.selectionSet' },
    });
  });

  it('reports a fragment spread within itself and a three-fragment cycle in Hasura’s English list', async () => {
    const self = await firstError('query { author { ...A } } fragment A on author { id ...A }');
    expect(self).toEqual({ message: 'the fragment definition(s) A form a cycle', extensions: { code: 'validation-failed', path: '$.selectionSet.author.selectionSet.A.selectionSet' } });

    const three = await firstError(`
      query { author { ...A } }
      fragment A on author { ...B }
      fragment B on author { ...C }
      fragment C on author { id ...A }`);
    expect(three).toEqual({
      message: 'the fragment definition(s) A, B, and C form a cycle',
      extensions: { code: 'validation-failed', path: '$.selectionSet.author.selectionSet.A.selectionSet.B.selectionSet.C.selectionSet' },
    });
  });
});
