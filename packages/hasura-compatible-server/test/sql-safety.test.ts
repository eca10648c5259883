/**
 * The compiler's promises: exactly one statement per root field, values only as parameters
 * (never in SQL text), the role's permission filter always present.
 */
import { parse, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import { HasuraEngine } from '../src/graphql/engine.js';
import { loadMetadataDir } from '../src/index.js';
import { QueryCompiler } from '../src/compile/compile-query.js';
import { ADMIN_SECRET, FIXTURE_METADATA_DIR, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';

let postgres: DevPostgres;
let db: TestDatabase;
let engine: HasuraEngine;

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'sql_safety');
  engine = await HasuraEngine.create(db.pool, await loadMetadataDir(FIXTURE_METADATA_DIR));
});

afterAll(async () => {
  await db?.pool.end();
  await postgres?.stop();
});

const HOSTILE = `x'); DROP TABLE article; --`;

function compile(role: string, query: string, session: Record<string, string>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const roots = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  return roots.map((root) =>
    new QueryCompiler({ roleSchema: engine.schemaFor(role), session, stringifyNumeric: false, nullCollapse: false, variables: {}, fragments: new Map() }).compileRoot([root]),
  );
}

describe('compiled SQL', () => {
  it('is one statement per root field with user values only in parameters', () => {
    const statements = compile(
      'user',
      `{ article(where: {_or: [{title: {_eq: "${HOSTILE.replace(/"/g, '\\"')}"}}, {author: {name: {_ilike: "%${'\\u0027'}%"}}}]}, order_by: {id: asc}, limit: 3) { id title author { name } }
         article_aggregate(where: {content: {_like: "${'%--'}"}}) { aggregate { count } } }`,
      { 'x-hasura-role': 'user', 'x-hasura-user-id': `user-1' OR '1'='1` },
    );
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(statement.sql.startsWith('SELECT (')).toBe(true);
      expect(statement.sql).not.toContain('DROP TABLE');
      expect(statement.sql).not.toContain("OR '1'='1");
      expect(statement.sql).not.toContain('%--');
      // the permission filter compares author.user_id with the session value, as a parameter
      expect(statement.sql).toMatch(/"user_id" = \$\d+::text/);
      expect(statement.params).toContain(`user-1' OR '1'='1`);
    }
    expect(statements[0]?.params).toContain(HOSTILE);
    // the limit, an integer validated as GraphQL's Int, is written into the SQL (Hasura does the same)
    expect(statements[0]?.sql).toMatch(/ LIMIT 3\b/);
  });

  it('runs hostile values as plain data', async () => {
    const server = await startServer(db.url, { adminSecret: ADMIN_SECRET });
    try {
      const { body } = await gql(server.url, 'query ($t: String!) { article(where: {title: {_eq: $t}}) { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET }, variables: { t: HOSTILE } });
      expect(body.data).toEqual({ article: [] });
      const spoofed = await gql(server.url, '{ article { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user', 'x-hasura-user-id': `user-1' OR '1'='1` } });
      expect(spoofed.body.data).toEqual({ article: [] });
      const count = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM article');
      expect(count.rows[0]?.n).toBe(5);
    } finally {
      await server.close();
    }
  });
});
