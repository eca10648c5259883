/**
 * The project's GraphQL API as the cardholder role sees it: the Hasura-compatible server serving
 * hasura/metadata over a database filled through the pipeline's applyStripeEvent.
 */
import { METADATA_DIR } from '@issuing/db-migrate';
import { startTestPostgres, type DevPostgres } from '@issuing/dev-postgres';
import { createHasuraServer, type HasuraServer } from '@issuing/hasura-compatible-server';
import { buildEvent, planDeliveries } from '@issuing/stripe-fixtures';
import { buildClientSchema, getIntrospectionQuery, validate, type IntrospectionQuery } from 'graphql';
import { isRecord } from '@issuing/kernel';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyInOrder,
  bearer,
  cardholderToken,
  dataOf,
  DEV_ADMIN_SECRET,
  DEV_JWT_SECRET,
  expectedSpendByCategory,
  expectedSpendByMonth,
  expectedTotals,
  finalObjects,
  graphql,
  insertKnownUsers,
  loadDashboardOperations,
  migratedDatabase,
  twoCardholders,
  USER_A,
  USER_B,
  type GraphqlResponse,
} from '@issuing/graphql-test-kit';

const story = twoCardholders();
const operations = loadDashboardOperations();
const ADMIN = { 'x-hasura-admin-secret': DEV_ADMIN_SECRET };
const OWNED = ['cards', 'authorizations', 'transactions', 'activity_feed', 'spending_totals', 'spend_by_category', 'spend_over_time', 'card_spend_by_category', 'card_spend_over_time'];

let postgres: DevPostgres;
let pool: pg.Pool;
let server: HasuraServer;
let tokenA: string;
let tokenB: string;
const cleanups: Array<() => Promise<void>> = [];

async function serve(name: string, events: Parameters<typeof applyInOrder>[1]): Promise<{ pool: pg.Pool; server: HasuraServer }> {
  const databaseUrl = await migratedDatabase(postgres.url, name);
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  db.on('error', () => undefined); // idle clients cut off at shutdown
  await insertKnownUsers(db);
  await applyInOrder(db, events);
  const started = await createHasuraServer({ metadataDir: METADATA_DIR, databaseUrl, adminSecret: DEV_ADMIN_SECRET, jwtSecret: DEV_JWT_SECRET, port: 0 });
  cleanups.push(() => started.close(), () => db.end());
  return { pool: db, server: started };
}

function op(name: string): string {
  const found = operations.get(name);
  if (!found) throw new Error(`ui/src/operations has no operation ${name}`);
  return found.text;
}

function rows(response: GraphqlResponse, field: string): Array<Record<string, unknown>> {
  const value = dataOf(response)[field];
  if (!isRecordList(value)) throw new Error(`${field} is not a list: ${JSON.stringify(value)}`);
  return value;
}

function errorCode(response: GraphqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

function isIntrospection(value: unknown): value is IntrospectionQuery {
  return value !== null && typeof value === 'object' && '__schema' in value;
}

/** Vitest's matcher for "any array" (typed `any` by Vitest; held as unknown here). */
const anyArray: unknown = expect.any(Array);

function isRecordList(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.every(isRecord);
}

function list(value: unknown): Array<Record<string, unknown>> {
  if (!isRecordList(value)) throw new Error(`expected a list, got ${JSON.stringify(value)}`);
  return value;
}

/** Every value found under `key` anywhere in a JSON tree. */
function valuesUnder(tree: unknown, key: string): unknown[] {
  if (Array.isArray(tree)) return tree.flatMap((item) => valuesUnder(item, key));
  if (!isRecord(tree)) return [];
  return Object.entries(tree).flatMap(([k, v]) => (k === key ? [v, ...valuesUnder(v, key)] : valuesUnder(v, key)));
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  ({ pool, server } = await serve('graphql_api', story.events));
  tokenA = await cardholderToken({ userId: USER_A });
  tokenB = await cardholderToken({ userId: USER_B });
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await postgres?.stop();
});

const users = () => [
  { user: USER_A, cardholder: story.cardholderA, token: tokenA, other: story.cardholderB },
  { user: USER_B, cardholder: story.cardholderB, token: tokenB, other: story.cardholderA },
];

describe('per-user isolation', () => {
  it('each root field lists exactly the rows of the signed-in user, and its aggregate counts them', async () => {
    for (const { cardholder, token } of users()) {
      for (const table of OWNED) {
        // Prepare
        const truth = dataOf(await graphql(server.url, `{ ${table}_aggregate(where: {cardholder_id: {_eq: "${cardholder}"}}) { aggregate { count } } }`, { headers: ADMIN }));
        const expectedCount = Number(valuesUnder(truth, 'count')[0]);

        // Act
        const seen = await graphql(server.url, `{ ${table} { cardholder_id } ${table}_aggregate { aggregate { count } } }`, { headers: bearer(token) });

        // Assert
        const listed = rows(seen, table);
        expect(expectedCount, table).toBeGreaterThan(0);
        expect(listed, table).toHaveLength(expectedCount);
        expect(new Set(listed.map((row) => row.cardholder_id)), table).toEqual(new Set([cardholder]));
        expect(valuesUnder(dataOf(seen), 'count'), table).toEqual([expectedCount]);
      }
    }
  });

  it('users and cardholders show only the signed-in user and their cardholder', async () => {
    for (const { user, cardholder, token } of users()) {
      // Act
      const data = dataOf(await graphql(server.url, '{ users { id } cardholders { id } }', { headers: bearer(token) }));

      // Assert
      expect(data).toEqual({ users: [{ id: user }], cardholders: [{ id: cardholder }] });
    }
  });

  it('by primary key, another user\'s rows do not exist and one\'s own do', async () => {
    // Prepare
    const other = (await pool.query<{ card: string; authorization: string; transaction: string }>(
      `SELECT (SELECT id FROM cards WHERE cardholder_id = $1 LIMIT 1) AS card,
              (SELECT id FROM authorizations WHERE cardholder_id = $1 LIMIT 1) AS authorization,
              (SELECT id FROM transactions WHERE cardholder_id = $1 LIMIT 1) AS transaction`, [story.cardholderB])).rows[0];
    const query = `query ($user: uuid!, $cardholder: String!, $card: String!, $authorization: String!, $transaction: String!) {
      users_by_pk(id: $user) { id } cardholders_by_pk(id: $cardholder) { id } cards_by_pk(id: $card) { id }
      authorizations_by_pk(id: $authorization) { id } transactions_by_pk(id: $transaction) { id } }`;
    const variables = { user: USER_B, cardholder: story.cardholderB, ...other };

    // Act
    const asA = dataOf(await graphql(server.url, query, { variables, headers: bearer(tokenA) }));
    const asB = dataOf(await graphql(server.url, query, { variables, headers: bearer(tokenB) }));

    // Assert
    expect(Object.values(asA)).toEqual([null, null, null, null, null]);
    expect(Object.values(asB).every((value) => value !== null)).toBe(true);
  });

  it('every relationship leads only to the signed-in user\'s rows', async () => {
    // Prepare
    const query = `{
      users { cardholder { id } }
      cardholders { id user { id }
        cards { cardholder_id authorizations { cardholder_id transactions { cardholder_id } } transactions { cardholder_id }
                authorizations_aggregate { aggregate { count } } }
        authorizations { cardholder_id card { cardholder_id } cardholder { id } }
        transactions { cardholder_id authorization { cardholder_id } card { cardholder_id } }
        activity_feed { cardholder_id } spending_totals { cardholder_id } spend_by_category { cardholder_id } spend_over_time { cardholder_id } }
      activity_feed(limit: 50) { cardholder_id user { id } cardholder { id } card { cardholder_id }
        authorization { cardholder_id } transaction { cardholder_id } transactions { cardholder_id } }
      spending_totals { cardholder { id } } spend_by_category { cardholder { id } } spend_over_time { cardholder { id } }
      card_spend_by_category { cardholder { id } card { cardholder_id } } card_spend_over_time { cardholder { id } card { cardholder_id } }
    }`;
    for (const { user, cardholder, token } of users()) {
      // Act
      const data = dataOf(await graphql(server.url, query, { headers: bearer(token) }));

      // Assert
      const holders = valuesUnder(data, 'cardholder_id');
      expect(holders.length).toBeGreaterThan(100);
      expect(new Set(holders)).toEqual(new Set([cardholder]));
      const cardholderObjects = valuesUnder(data, 'cardholder').filter((value) => value !== null);
      expect(new Set(cardholderObjects.map((value) => JSON.stringify(value)))).toEqual(new Set([JSON.stringify({ id: cardholder })]));
      expect(new Set(valuesUnder(data, 'user').map((value) => JSON.stringify(value)))).toEqual(new Set([JSON.stringify({ id: user })]));
    }
  });

  it('a transaction of B linked to an authorization of A reaches neither A\'s relationships nor A\'s feed amounts', async () => {
    // Prepare: Stripe's refund links are best-effort; make one point at the other cardholder.
    const { authorizations, transactions } = finalObjects(story.events);
    const authOfA = authorizations.find((a) => a.cardholder === story.cardholderA && a.approved);
    const txOfB = transactions.find((t) => t.cardholder === story.cardholderB);
    const source = story.events.find((e) => e.type === 'issuing_transaction.created' && e.data.object.id === txOfB?.id);
    if (!authOfA || !source || source.data.object.object !== 'issuing.transaction') throw new Error('story lacks the needed objects');
    const before = dataOf(await graphql(server.url, `{ activity_feed(where: {id: {_eq: "${authOfA.id}"}}) { captured_amount refunded_amount transaction_count } }`, { headers: bearer(tokenA) }));
    const crossLinked = buildEvent('issuing_transaction.created', { ...source.data.object, id: 'ipi_test_cross_link', authorization: authOfA.id }, { id: 'evt_test_cross_link', created: source.created });
    await applyInOrder(pool, [crossLinked]);
    try {
      // Act
      const asA = dataOf(await graphql(server.url, `{ authorizations_by_pk(id: "${authOfA.id}") { transactions { id } transactions_aggregate { aggregate { count } } }
        activity_feed(where: {id: {_eq: "${authOfA.id}"}}) { captured_amount refunded_amount transaction_count transactions { id } } }`, { headers: bearer(tokenA) }));
      const asB = dataOf(await graphql(server.url, '{ transactions(where: {id: {_eq: "ipi_test_cross_link"}}) { id authorization { id } } activity_feed(where: {id: {_eq: "ipi_test_cross_link"}}) { kind } }', { headers: bearer(tokenB) }));

      // Assert
      expect(JSON.stringify(asA)).not.toContain('ipi_test_cross_link');
      expect(valuesUnder(asA, 'activity_feed')[0]).toEqual(
        list(valuesUnder(before, 'activity_feed')[0]).map((entry) => ({ ...entry, transactions: anyArray })),
      );
      expect(asB).toEqual({ transactions: [{ id: 'ipi_test_cross_link', authorization: null }], activity_feed: [{ kind: 'transaction' }] });
    } finally {
      await pool.query("DELETE FROM transactions WHERE id = 'ipi_test_cross_link'");
      await pool.query("DELETE FROM stripe_events WHERE id = 'evt_test_cross_link'");
    }
  });
});

describe('refused requests', () => {
  const query = '{ users { id } }';

  it('no token: invalid-headers, no data', async () => {
    const response = await graphql(server.url, query);
    expect(response.data).toBeUndefined();
    expect(errorCode(response)).toBe('invalid-headers');
  });

  it('a token signed with another key: invalid-jwt', async () => {
    const forged = await cardholderToken({ userId: USER_A, key: 'another-signing-key-that-is-32-chars-long!!' });
    const response = await graphql(server.url, query, { headers: bearer(forged) });
    expect(response.data).toBeUndefined();
    expect(errorCode(response)).toBe('invalid-jwt');
  });

  it('an expired token: invalid-jwt', async () => {
    const expired = await cardholderToken({ userId: USER_A, expiresIn: -120 });
    const response = await graphql(server.url, query, { headers: bearer(expired) });
    expect(response.data).toBeUndefined();
    expect(errorCode(response)).toBe('invalid-jwt');
  });

  it('asking for a role outside the allowed roles: access-denied', async () => {
    const response = await graphql(server.url, query, { headers: { ...bearer(tokenA), 'x-hasura-role': 'admin' } });
    expect(response.data).toBeUndefined();
    expect(errorCode(response)).toBe('access-denied');
  });

  it('x-hasura-user-id as a header without the admin secret is refused, and cannot override the token', async () => {
    const alone = await graphql(server.url, query, { headers: { 'x-hasura-role': 'cardholder', 'x-hasura-user-id': USER_A } });
    expect(alone.data).toBeUndefined();
    expect(errorCode(alone)).toBe('invalid-headers');

    const withToken = await graphql(server.url, query, { headers: { ...bearer(tokenA), 'x-hasura-user-id': USER_B } });
    expect(dataOf(withToken)).toEqual({ users: [{ id: USER_A }] });
  });

  it('the cardholder role has no mutations and no stripe_events', async () => {
    const mutation = await graphql(server.url, `mutation { delete_users(where: {}) { affected_rows } }`, { headers: bearer(tokenA) });
    const events = await graphql(server.url, '{ stripe_events { id } }', { headers: bearer(tokenA) });
    // Hasura answers validation-failed ("no mutations exist"); any refusal without data is safe.
    expect(mutation.data ?? undefined).toBeUndefined();
    expect(mutation.errors?.length).toBeGreaterThan(0);
    expect(errorCode(events)).toBe('validation-failed');
    expect(events.errors?.[0]?.message).toMatch(/stripe_events/);
  });
});

describe('the dashboard operations', () => {
  it('validate against the schema served to the cardholder role', async () => {
    // Prepare
    const introspection = dataOf(await graphql(server.url, getIntrospectionQuery(), { headers: bearer(tokenA) }));
    if (!isIntrospection(introspection)) throw new Error('the server answered no __schema');
    const schema = buildClientSchema(introspection);

    // Act / Assert
    expect([...operations.keys()].sort()).toEqual(['ActivityFeed', 'ActivityFeedPage', 'ActivityFeedWhere', 'CardSpendByCategory', 'CardSpendOverTime', 'CardTotals', 'CardsAndCardholder', 'PeriodTransactions', 'PeriodTransactionsTotal', 'PurchaseTimeline', 'SpendByCategory', 'SpendOverTime', 'SpendingTotals']);
    for (const operation of operations.values()) {
      expect(validate(schema, operation.document).map((error) => error.message), operation.name).toEqual([]);
    }
    expect(schema.getMutationType()).toBeFalsy();
  });

  it('SpendingTotals gives, per currency, settled spend = -sum(transaction amounts), pending holds, declines and refunds', async () => {
    for (const { cardholder, token } of users()) {
      // Prepare
      const expected = expectedTotals(story.events, cardholder);

      // Act
      const totals = rows(await graphql(server.url, op('SpendingTotals'), { headers: bearer(token) }), 'spending_totals');

      // Assert
      expect(totals.map((row) => ({
        currency: row.currency,
        settledSpend: Number(row.settled_spend),
        refunded: Number(row.refunded_amount),
        transactionCount: row.transaction_count,
        pendingAmount: Number(row.pending_amount),
        pendingCount: row.pending_count,
        declinedAmount: Number(row.declined_amount),
        declinedCount: row.declined_count,
        authorizationCount: row.authorization_count,
      }))).toEqual(expected);
    }
  });

  it('SpendByCategory and SpendOverTime match the transactions, largest category first', async () => {
    for (const { cardholder, token } of users()) {
      // Prepare
      const categories = expectedSpendByCategory(story.events, cardholder);
      const months = expectedSpendByMonth(story.events, cardholder);
      const currency = [...categories.keys()][0]?.split('/')[0] ?? 'usd';

      // Act
      const byCategory = rows(await graphql(server.url, op('SpendByCategory'), { variables: { currency, limit: 1000 }, headers: bearer(token) }), 'spend_by_category');
      const overTime = rows(await graphql(server.url, op('SpendOverTime'), { variables: { currency, granularity: 'month', from: '2026-01-01' }, headers: bearer(token) }), 'spend_over_time');

      // Assert
      const expectedCategories = [...categories].filter(([key]) => key.startsWith(`${currency}/`))
        .map(([key, spend]) => ({ merchant_category: key.split('/')[1], settled_spend: spend }))
        .sort((x, y) => y.settled_spend - x.settled_spend || String(x.merchant_category).localeCompare(String(y.merchant_category)));
      expect(byCategory.map((row) => ({ merchant_category: row.merchant_category, settled_spend: Number(row.settled_spend) }))).toEqual(expectedCategories);
      const expectedMonths = [...months].filter(([key]) => key.startsWith(`${currency}/`))
        .map(([key, spend]) => ({ period_start: key.split('/')[1], settled_spend: spend }))
        .sort((x, y) => String(x.period_start).localeCompare(String(y.period_start)));
      expect(overTime.map((row) => ({ period_start: row.period_start, settled_spend: Number(row.settled_spend) }))).toEqual(expectedMonths);
    }
  });

  it('CardSpendByCategory and CardSpendOverTime give one card\'s settled spend, from that card\'s transactions only', async () => {
    for (const { cardholder, token } of users()) {
      // Prepare: settled spend = -sum(amounts) of the card's transactions, per category and per UTC month.
      const mine = finalObjects(story.events).transactions.filter((tx) => tx.cardholder === cardholder);
      const cardIds = [...new Set(mine.map((tx) => tx.card))].sort();
      expect(cardIds.length).toBeGreaterThan(0);
      for (const cardId of cardIds) {
        const ofCard = mine.filter((tx) => tx.card === cardId);
        const currency = ofCard[0]?.currency ?? 'usd';
        const byCategory = new Map<string, number>();
        const byMonth = new Map<string, number>();
        for (const tx of ofCard) {
          byCategory.set(tx.merchantCategory, (byCategory.get(tx.merchantCategory) ?? 0) - tx.amount);
          const month = `${new Date(tx.created * 1000).toISOString().slice(0, 7)}-01`;
          byMonth.set(month, (byMonth.get(month) ?? 0) - tx.amount);
        }

        // Act
        const categories = rows(await graphql(server.url, op('CardSpendByCategory'), { variables: { cardId, currency, limit: 1000 }, headers: bearer(token) }), 'card_spend_by_category');
        const months = rows(await graphql(server.url, op('CardSpendOverTime'), { variables: { cardId, currency, granularity: 'month', from: '2026-01-01' }, headers: bearer(token) }), 'card_spend_over_time');

        // Assert
        expect(new Map(categories.map((row) => [String(row.merchant_category), Number(row.settled_spend)]))).toEqual(byCategory);
        expect(categories.map((row) => Number(row.settled_spend))).toEqual([...byCategory.values()].sort((x, y) => y - x));
        expect(new Map(months.map((row) => [String(row.period_start), Number(row.settled_spend)]))).toEqual(byMonth);
        expect(new Set([...categories, ...months].map((row) => row.card_id))).toEqual(new Set([cardId]));
      }
    }
  });

  it('a cardholder sees per-card spend of their own cards only; another user\'s card id gives no rows', async () => {
    for (const { cardholder, token, other } of users()) {
      // Prepare
      const ownCards = (await pool.query<{ id: string }>('SELECT DISTINCT card_id AS id FROM transactions WHERE cardholder_id = $1 ORDER BY 1', [cardholder])).rows.map((row) => row.id);
      const otherCard = (await pool.query<{ id: string; currency: string }>('SELECT id, currency FROM cards WHERE cardholder_id = $1 ORDER BY id LIMIT 1', [other])).rows[0];
      if (!otherCard) throw new Error('the other cardholder has no card');
      const variables = { cardId: otherCard.id, currency: otherCard.currency, limit: 1000 };
      const asAdmin = rows(await graphql(server.url, op('CardSpendByCategory'), { variables, headers: ADMIN }), 'card_spend_by_category');

      // Act
      const seen = dataOf(await graphql(server.url, '{ card_spend_by_category { card_id card { cardholder_id } } card_spend_over_time { card_id } }', { headers: bearer(token) }));
      const othersCard = rows(await graphql(server.url, op('CardSpendByCategory'), { variables, headers: bearer(token) }), 'card_spend_by_category');
      const othersPeriods = rows(await graphql(server.url, op('CardSpendOverTime'), { variables: { cardId: otherCard.id, currency: otherCard.currency, granularity: 'day', from: '2000-01-01' }, headers: bearer(token) }), 'card_spend_over_time');

      // Assert
      expect(asAdmin.length).toBeGreaterThan(0);
      expect(othersCard).toEqual([]);
      expect(othersPeriods).toEqual([]);
      expect([...new Set(list(seen.card_spend_by_category).map((row) => row.card_id))].sort()).toEqual(ownCards);
      expect([...new Set(list(seen.card_spend_over_time).map((row) => row.card_id))].sort()).toEqual(ownCards);
      expect(new Set(valuesUnder(seen, 'cardholder_id'))).toEqual(new Set([cardholder]));
    }
  });

  it('CardsAndCardholder shows the user, their cardholder and their cards', async () => {
    // Act
    const data = dataOf(await graphql(server.url, op('CardsAndCardholder'), { headers: bearer(tokenA) }));

    // Assert
    const cards = (await pool.query<{ id: string }>('SELECT id FROM cards WHERE cardholder_id = $1 ORDER BY created_at DESC, id DESC', [story.cardholderA])).rows.map((row) => row.id);
    expect(data).toMatchObject({ users: [{ id: USER_A, email: 'ada.test@example.com', cardholder: { id: story.cardholderA } }] });
    expect(valuesUnder(data, 'cards')[0]).toHaveLength(2);
    expect(list(valuesUnder(data, 'cards')[0]).map((card) => card.id)).toEqual(cards);
  });

  it('ActivityFeed then ActivityFeedPage walk the whole feed newest first, each entry once', async () => {
    // Prepare: the entries the feed must hold for A, from the events
    const { authorizations, transactions } = finalObjects(story.events);
    const holderOf = new Map(authorizations.map((a) => [a.id, a.cardholder]));
    const expectedIds = new Set([
      ...authorizations.filter((a) => a.cardholder === story.cardholderA).map((a) => a.id),
      ...transactions.filter((t) => t.cardholder === story.cardholderA && (t.authorization === null || holderOf.get(t.authorization) !== t.cardholder)).map((t) => t.id),
    ]);

    // Act
    const seen: Array<{ id: string; occurred_at: string }> = [];
    let page = rows(await graphql(server.url, op('ActivityFeed'), { variables: { limit: 7 }, headers: bearer(tokenA) }), 'activity_feed');
    while (page.length > 0) {
      seen.push(...page.map((entry) => ({ id: String(entry.id), occurred_at: String(entry.occurred_at) })));
      const last = seen[seen.length - 1];
      page = rows(await graphql(server.url, op('ActivityFeedPage'), {
        variables: { limit: 7, beforeOccurredAt: last?.occurred_at, beforeId: last?.id }, headers: bearer(tokenA),
      }), 'activity_feed');
    }

    // Assert
    expect(seen.length).toBe(expectedIds.size);
    expect(new Set(seen.map((entry) => entry.id))).toEqual(expectedIds);
    for (let index = 1; index < seen.length; index += 1) {
      const [previous, current] = [seen[index - 1], seen[index]];
      const previousTime = Date.parse(previous?.occurred_at ?? '');
      const currentTime = Date.parse(current?.occurred_at ?? '');
      expect(previousTime > currentTime || (previousTime === currentTime && String(previous?.id) > String(current?.id))).toBe(true);
    }
  });
});

describe('rollups through the API', () => {
  it('are the same when the events arrive in another order, with duplicates', async () => {
    // Prepare
    const shuffled = planDeliveries(story.events, { seed: 'graphql-api-shuffle', reorder: 'shuffle', duplicateRate: 0.25 }).map((d) => d.event);
    const other = await serve('graphql_api_shuffled', shuffled);
    const ask = async (url: string): Promise<unknown[]> => Promise.all([
      graphql(url, op('SpendingTotals'), { headers: bearer(tokenA) }),
      graphql(url, op('SpendByCategory'), { variables: { currency: 'usd', limit: 1000 }, headers: bearer(tokenA) }),
      graphql(url, op('SpendOverTime'), { variables: { currency: 'usd', granularity: 'day', from: '2026-01-01' }, headers: bearer(tokenA) }),
      graphql(url, op('ActivityFeed'), { variables: { limit: 50 }, headers: bearer(tokenA) }),
    ].map(async (response) => dataOf(await response)));

    // Act
    const [canonicalAnswers, shuffledAnswers] = [await ask(server.url), await ask(other.server.url)];

    // Assert
    expect(valuesUnder(canonicalAnswers, 'settled_spend').length).toBeGreaterThan(10);
    expect(shuffledAnswers).toEqual(canonicalAnswers);
  });
});
