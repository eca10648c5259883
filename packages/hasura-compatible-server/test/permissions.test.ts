/**
 * Sessions and permissions as Hasura v2 defines them (Auth.hs, jwt.mdx, permissions fixtures):
 * each user sees only their rows through every root field, relationship, aggregate and function;
 * forged headers and bad tokens are refused with Hasura's codes.
 */
import http from 'node:http';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevPostgres } from '@issuing/dev-postgres';
import type { HasuraServer } from '../src/index.js';
import { ADMIN_SECRET, JWT_KEY, JWT_SECRET, type TestDatabase, fixtureDatabase, gql, startPostgres, startServer } from './support/test-stack.js';

let postgres: DevPostgres;
let db: TestDatabase;
let server: HasuraServer;
let anonymousServer: HasuraServer;
let namespacedServer: HasuraServer;

const CLAIMS = 'https://hasura.io/jwt/claims';

async function token(claims: Record<string, unknown>, opts: { key?: string; expiresIn?: string | number; namespace?: string | null } = {}): Promise<string> {
  const payload = opts.namespace === null ? claims : { [opts.namespace ?? CLAIMS]: claims };
  const jwt = new SignJWT({ sub: 'subject', ...payload }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(Math.floor(Date.now() / 1000) - 7200);
  jwt.setExpirationTime(opts.expiresIn ?? '1h');
  return jwt.sign(new TextEncoder().encode(opts.key ?? JWT_KEY));
}

function userClaims(userId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { 'x-hasura-allowed-roles': ['user'], 'x-hasura-default-role': 'user', 'x-hasura-user-id': userId, ...extra };
}

async function asUser(userId: string, query: string, headers: Record<string, string> = {}) {
  return gql(server.url, query, { headers: { authorization: `Bearer ${await token(userClaims(userId))}`, ...headers } });
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = await fixtureDatabase(postgres.url, 'permissions');
  server = await startServer(db.url, { adminSecret: ADMIN_SECRET, jwtSecret: JWT_SECRET });
  anonymousServer = await startServer(db.url, { adminSecret: ADMIN_SECRET, jwtSecret: JWT_SECRET, unauthorizedRole: 'anonymous' });
  namespacedServer = await startServer(db.url, {
    adminSecret: ADMIN_SECRET,
    jwtSecret: JSON.stringify({ type: 'HS256', key: JWT_KEY, claims_namespace_path: '$.app.hasura', claims_format: 'stringified_json', audience: 'dashboard', issuer: 'https://issuer.test' }),
  });
});

afterAll(async () => {
  await server?.close();
  await anonymousServer?.close();
  await namespacedServer?.close();
  await db?.pool.end();
  await postgres?.stop();
});

const EVERY_ROOT = `{
  author { id name }
  author_by_pk_1: author_by_pk(id: 1) { id }
  author_by_pk_2: author_by_pk(id: 2) { id }
  article(order_by: {id: asc}) { id author { id } }
  article_aggregate { aggregate { count sum { views } } nodes { id } }
  article_by_pk_3: article_by_pk(id: 3) { id }
  search_articles(args: {search: "Article"}, order_by: {id: asc}) { id }
  search_articles_aggregate(args: {search: "Article"}) { aggregate { count } }
  my_articles(order_by: {id: asc}) { id }
  author_stats { author_id article_count author { id } }
}`;

describe('per-user isolation', () => {
  it('user 1 sees exactly their author row and articles through every root field', async () => {
    const { body } = await asUser('user-1', EVERY_ROOT);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      author: [{ id: 1, name: 'Author 1' }],
      author_by_pk_1: { id: 1 },
      author_by_pk_2: null,
      article: [
        { id: 1, author: { id: 1 } },
        { id: 2, author: { id: 1 } },
      ],
      article_aggregate: { aggregate: { count: 2, sum: { views: 30 } }, nodes: [{ id: 1 }, { id: 2 }] },
      article_by_pk_3: null,
      search_articles: [{ id: 1 }, { id: 2 }],
      search_articles_aggregate: { aggregate: { count: 2 } },
      my_articles: [{ id: 1 }, { id: 2 }],
      author_stats: [{ author_id: 1, article_count: 2, author: { id: 1 } }],
    });
  });

  it('user 2 sees exactly their rows, and the aggregate count equals the visible row count', async () => {
    const { body, text } = await asUser('user-2', EVERY_ROOT);
    expect(body.errors).toBeUndefined();
    // 9007199254740993 + 40, exact (beyond 2^53)
    expect(text).toContain('"sum":{"views":9007199254741033}');
    expect(body.data).toEqual({
      author: [{ id: 2, name: 'Author 2' }],
      author_by_pk_1: null,
      author_by_pk_2: { id: 2 },
      article: [
        { id: 3, author: { id: 2 } },
        { id: 4, author: { id: 2 } },
      ],
      article_aggregate: { aggregate: { count: 2, sum: { views: 9007199254741033 } }, nodes: [{ id: 3 }, { id: 4 }] },
      article_by_pk_3: { id: 3 },
      search_articles: [{ id: 3 }, { id: 4 }],
      search_articles_aggregate: { aggregate: { count: 2 } },
      my_articles: [{ id: 3 }, { id: 4 }],
      author_stats: [{ author_id: 2, article_count: 2, author: { id: 2 } }],
    });
  });

  it('relationships apply the target table permission (array relationship and its aggregate)', async () => {
    const { body } = await asUser('user-1', '{ author { articles(order_by: {id: asc}) { id } articles_aggregate { aggregate { count } } } }');
    expect(body.data).toEqual({ author: [{ articles: [{ id: 1 }, { id: 2 }], articles_aggregate: { aggregate: { count: 2 } } }] });
  });

  it('a permission filter that traverses two relationships isolates the rows', async () => {
    const one = await asUser('user-1', '{ article_note { body article { id } } article { id notes { id } } }');
    expect(one.body.data).toEqual({
      article_note: [{ body: 'note on article 1', article: { id: 1 } }],
      article: [{ id: 1, notes: [{ id: 1 }] }, { id: 2, notes: [] }],
    });
    const two = await asUser('user-2', '{ article_note { body } }');
    expect(two.body.data).toEqual({ article_note: [{ body: 'note on article 3' }] });
  });

  it('a where through a relationship cannot reach rows outside the permission', async () => {
    const { body } = await asUser('user-1', '{ article(where: {author: {name: {_eq: "Author 2"}}}) { id } }');
    expect(body.data).toEqual({ article: [] });
  });

  it('a spoofed X-Hasura-User-Id header next to a valid JWT is ignored', async () => {
    const { body } = await asUser('user-1', '{ author { id } article { id } }', { 'x-hasura-user-id': 'user-2' });
    expect(body.data).toEqual({ author: [{ id: 1 }], article: [{ id: 1 }, { id: 2 }] });
  });

  it('columns outside the permission do not exist for the role', async () => {
    const { body } = await asUser('user-1', '{ author { id remarks_internal } }');
    expect(body.errors?.[0]).toEqual({
      message: "field 'remarks_internal' not found in type: 'author'",
      extensions: { path: '$.selectionSet.author.selectionSet.remarks_internal', code: 'validation-failed' },
    });
  });

  it('a table without allow_aggregations has no _aggregate root field for the role', async () => {
    const { body } = await asUser('user-1', '{ author_aggregate { aggregate { count } } }');
    expect(body.errors?.[0]).toEqual({
      message: "field 'author_aggregate' not found in type: 'query_root'",
      extensions: { path: '$.selectionSet.author_aggregate', code: 'validation-failed' },
    });
  });

  it('the admin secret with x-hasura-role impersonates a role with its session variables', async () => {
    const { body } = await gql(server.url, '{ article { id } }', {
      headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user', 'x-hasura-user-id': 'user-2' },
    });
    expect(body.data).toEqual({ article: [{ id: 3 }, { id: 4 }] });
  });

  it('a filter needing a session variable the session lacks fails with not-found', async () => {
    const { body } = await gql(server.url, '{ article { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user' } });
    expect(body.errors?.[0]).toEqual({ message: 'missing session variables: "x-hasura-user-id"', extensions: { path: '$', code: 'not-found' } });
  });

  it('a role with no permissions sees no tables', async () => {
    const { body } = await gql(server.url, '{ article { id } }', { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'nobody' } });
    expect(body.errors?.[0]?.extensions.code).toBe('validation-failed');
  });
});

describe('remembered documents', () => {
  it('the same query text is validated against each role\'s own schema, in any order', async () => {
    // Prepare: only admin may filter on remarks_internal (the user role's columns exclude it)
    const query = '{ author(where: {remarks_internal: {_eq: "secret 1"}}) { id } }';
    const as = (headers: Record<string, string>) => gql(server.url, query, { headers: { 'x-hasura-admin-secret': ADMIN_SECRET, ...headers } });
    // Act
    const admin = await as({});
    const user = await as({ 'x-hasura-role': 'user', 'x-hasura-user-id': 'user-1' });
    const adminAgain = await as({});
    // Assert
    expect(admin.body.data).toEqual({ author: [{ id: 1 }] });
    expect(user.body.errors?.[0]).toEqual({
      message: "field 'remarks_internal' not found in type: 'author_bool_exp'",
      extensions: { path: '$.selectionSet.author.args.where.remarks_internal', code: 'validation-failed' },
    });
    expect(adminAgain.body.data).toEqual({ author: [{ id: 1 }] });
  });

  it('the same query text with other variables or another session gives their own rows', async () => {
    // Prepare
    const query = 'query ($id: Int!) { article(where: {id: {_eq: $id}}) { id } }';
    const as = (userId: string, id: number) => gql(server.url, query, { variables: { id }, headers: { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': 'user', 'x-hasura-user-id': userId } });
    // Act
    const replies = [await as('user-1', 1), await as('user-1', 2), await as('user-2', 1), await as('user-2', 3)];
    // Assert: user-1 writes articles 1 and 2, user-2 articles 3 and 4
    expect(replies.map((r) => r.body.data)).toEqual([{ article: [{ id: 1 }] }, { article: [{ id: 2 }] }, { article: [] }, { article: [{ id: 3 }] }]);
  });
});

describe('refused requests', () => {
  const refusal = async (headers: Record<string, string>, srv: () => HasuraServer = () => server) => {
    const { status, body } = await gql(srv().url, '{ article { id } }', { headers });
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    return body.errors?.[0];
  };

  it('no token in JWT mode without an unauthorized role → invalid-headers', async () => {
    expect(await refusal({})).toEqual({ message: "Missing 'Authorization' or 'Cookie' header in JWT authentication mode", extensions: { path: '$', code: 'invalid-headers' } });
  });

  it('x-hasura-user-id and x-hasura-role: admin without the admin secret do not grant anything', async () => {
    expect((await refusal({ 'x-hasura-role': 'admin', 'x-hasura-user-id': 'user-1' }))?.extensions.code).toBe('invalid-headers');
  });

  it('a wrong admin secret → access-denied', async () => {
    expect(await refusal({ 'x-hasura-admin-secret': 'wrong' })).toEqual({ message: 'invalid x-hasura-admin-secret/x-hasura-access-key', extensions: { path: '$', code: 'access-denied' } });
  });

  it('a token signed with another key → invalid-jwt JWSInvalidSignature', async () => {
    const bad = await token(userClaims('user-1'), { key: 'another-key-that-is-long-enough-0123456789' });
    expect(await refusal({ authorization: `Bearer ${bad}` })).toEqual({ message: 'Could not verify JWT: JWSError JWSInvalidSignature', extensions: { path: '$', code: 'invalid-jwt' } });
  });

  it('an expired token → invalid-jwt JWTExpired', async () => {
    const expired = await token(userClaims('user-1'), { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    expect(await refusal({ authorization: `Bearer ${expired}` })).toEqual({ message: 'Could not verify JWT: JWTExpired', extensions: { path: '$', code: 'invalid-jwt' } });
  });

  it('x-hasura-role outside the allowed roles → access-denied', async () => {
    const jwt = await token(userClaims('user-1'));
    expect(await refusal({ authorization: `Bearer ${jwt}`, 'x-hasura-role': 'admin' })).toEqual({ message: 'Your current role is not in allowed roles', extensions: { path: '$', code: 'access-denied' } });
  });

  it('claims without allowed roles or default role → jwt-missing-role-claims; a non-list → jwt-invalid-claims', async () => {
    const noAllowed = await token({ 'x-hasura-default-role': 'user', 'x-hasura-user-id': 'user-1' });
    expect(await refusal({ authorization: `Bearer ${noAllowed}` })).toEqual({ message: 'JWT claim does not contain x-hasura-allowed-roles', extensions: { path: '$', code: 'jwt-missing-role-claims' } });
    const noDefault = await token({ 'x-hasura-allowed-roles': ['user'], 'x-hasura-user-id': 'user-1' });
    expect(await refusal({ authorization: `Bearer ${noDefault}` })).toEqual({ message: 'JWT claim does not contain x-hasura-default-role', extensions: { path: '$', code: 'jwt-missing-role-claims' } });
    const notList = await token({ 'x-hasura-allowed-roles': 'user', 'x-hasura-default-role': 'user' });
    expect(await refusal({ authorization: `Bearer ${notList}` })).toEqual({ message: 'invalid x-hasura-allowed-roles; should be a list of roles', extensions: { path: '$', code: 'jwt-invalid-claims' } });
  });

  it('a malformed Authorization header → invalid-headers', async () => {
    expect((await refusal({ authorization: 'Basic abc' }))?.extensions.code).toBe('invalid-headers');
  });
});

describe('unauthorized role', () => {
  it('requests without credentials get the unauthorized role, even when they send X-Hasura-Role: admin', async () => {
    const { body } = await gql(anonymousServer.url, '{ article(order_by: {id: asc}) { id title } }', { headers: { 'x-hasura-role': 'admin' } });
    // anonymous: is_published rows only, and the permission limit of 2 caps the result
    expect(body.data).toEqual({ article: [{ id: 2, title: 'Article 2' }, { id: 3, title: 'Article 3' }] });
  });

  it('query_root_fields limits the root fields of a table to those listed', async () => {
    const list = await gql(anonymousServer.url, '{ author(order_by: {id: asc}) { id } }');
    expect(list.body.data).toEqual({ author: [{ id: 1 }, { id: 2 }, { id: 3 }] });
    const byPk = await gql(anonymousServer.url, '{ author_by_pk(id: 1) { id } }');
    expect(byPk.body.errors?.[0]).toEqual({ message: "field 'author_by_pk' not found in type: 'query_root'", extensions: { path: '$.selectionSet.author_by_pk', code: 'validation-failed' } });
  });

  it('introspection is refused for a role in disabled_for_roles while __typename still works', async () => {
    const refused = await gql(anonymousServer.url, '{ __schema { queryType { name } } }');
    expect(refused.body).toEqual({ errors: [{ message: 'introspection is disabled for role: "anonymous"', extensions: { path: '$', code: 'not-supported' } }] });
    const typename = await gql(anonymousServer.url, '{ __typename author(limit: 1, order_by: {id: asc}) { __typename name } }');
    expect(typename.body.data).toEqual({ __typename: 'query_root', author: [{ __typename: 'author', name: 'Author 1' }] });
  });

  it('the permission limit caps an explicit larger limit', async () => {
    const { body } = await gql(anonymousServer.url, '{ article(limit: 10, order_by: {id: desc}) { id } }');
    expect(body.data).toEqual({ article: [{ id: 5 }, { id: 3 }] });
  });
});

describe('JWT options', () => {
  it('reads claims from claims_namespace_path with stringified_json and checks audience and issuer', async () => {
    const claims = JSON.stringify(userClaims('user-2'));
    const good = await new SignJWT({ app: { hasura: claims } })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('dashboard')
      .setIssuer('https://issuer.test')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JWT_KEY));
    const ok = await gql(namespacedServer.url, '{ author { id } }', { headers: { authorization: `Bearer ${good}` } });
    expect(ok.body.data).toEqual({ author: [{ id: 2 }] });

    const wrongAudience = await new SignJWT({ app: { hasura: claims } })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('someone-else')
      .setIssuer('https://issuer.test')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JWT_KEY));
    const refused = await gql(namespacedServer.url, '{ author { id } }', { headers: { authorization: `Bearer ${wrongAudience}` } });
    expect(refused.body.errors?.[0]?.extensions.code).toBe('invalid-jwt');
  });
});

describe('asymmetric keys', () => {
  it('verifies RS256 tokens against a PEM public key and against a jwk_url key set', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    const jwks = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const address = jwks.address();
    const port = address && typeof address === 'object' ? address.port : 0;
    const pemServer = await startServer(db.url, { adminSecret: ADMIN_SECRET, jwtSecret: JSON.stringify({ type: 'RS256', key: await exportSPKI(publicKey) }) });
    const jwkServer = await startServer(db.url, { adminSecret: ADMIN_SECRET, jwtSecret: JSON.stringify({ jwk_url: `http://127.0.0.1:${port}/jwks.json` }) });
    try {
      const signed = await new SignJWT({ [CLAIMS]: userClaims('user-1') })
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setExpirationTime('1h')
        .sign(privateKey);
      for (const srv of [pemServer, jwkServer]) {
        const { body } = await gql(srv.url, '{ author { id } }', { headers: { authorization: `Bearer ${signed}` } });
        expect(body.data).toEqual({ author: [{ id: 1 }] });
      }
      const hsToken = await token(userClaims('user-1'));
      const refused = await gql(pemServer.url, '{ author { id } }', { headers: { authorization: `Bearer ${hsToken}` } });
      expect(refused.body.errors?.[0]?.extensions.code).toBe('invalid-jwt');
    } finally {
      await pemServer.close();
      await jwkServer.close();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    }
  });
});
