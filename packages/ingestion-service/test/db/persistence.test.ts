import {
  buildAuthorization,
  buildCard,
  buildCardholder,
  buildEvent,
  buildPendingRequest,
  buildTransaction,
} from '@issuing/stripe-fixtures';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  applyStripeEvent,
  persistAuthorizations,
  persistCardholdersCards,
  recordEvent,
  rebuildProjections,
} from '../../src/persistence/index.js';
import { lambdaPool, snapshotTables, startTestDatabases, type TestDatabases } from '../support/postgres.js';

let databases: TestDatabases;
let pool: pg.Pool;
let other: pg.Pool;
let counter = 0;

beforeAll(async () => {
  databases = await startTestDatabases();
});

afterAll(async () => {
  await databases?.stop();
});

beforeEach(async () => {
  await pool?.end();
  await other?.end();
  counter += 1;
  const url = await databases.fresh(`persistence_${counter}`);
  pool = lambdaPool(url);
  other = lambdaPool(url);
});

const holder = buildCardholder({ id: 'ich_1Persist', email: 'Ada.Lovelace@Example.com', name: 'Ada Lovelace', created: 1780272000 });
const activeCard = buildCard({ id: 'ic_1Persist', cardholder: holder, status: 'active', created: 1780272060 });

function authorizationEvent(
  type: 'issuing_authorization.request' | 'issuing_authorization.created' | 'issuing_authorization.updated',
  id: string,
  created: number,
  overrides: Parameters<typeof buildAuthorization>[0],
) {
  return buildEvent(type, buildAuthorization({ id: 'iauth_1Persist', card: activeCard, created: 1780280000, ...overrides }), { id, created });
}

async function one<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  const result = await pool.query<T>(sql, params);
  return result.rows[0];
}

describe('idempotent, order-independent persistence', () => {
  it('applying the same event twice stores it once and leaves the same rows', async () => {
    // Prepare
    const event = buildEvent('issuing_card.created', activeCard, { id: 'evt_1Twice', created: 1780272060 });
    await applyStripeEvent(pool, event);
    const before = await snapshotTables(pool);

    // Act
    await applyStripeEvent(pool, event);

    // Assert
    expect(await snapshotTables(pool)).toEqual(before);
    expect(before.stripe_events).toHaveLength(1);
  });

  it('a redelivery with a different pending_webhooks keeps the first stored copy (dedupe on the event id)', async () => {
    const first = buildEvent('issuing_cardholder.created', holder, { id: 'evt_1Dup', created: 1780272000, pending_webhooks: 1 });
    const again = { ...first, pending_webhooks: 3 };

    expect(await recordEvent(pool, first)).toBe(true);
    expect(await recordEvent(pool, again)).toBe(false);

    const stored = await one<{ count: string; pending: number }>(
      "SELECT count(*)::text AS count, min((payload->>'pending_webhooks')::int) AS pending FROM stripe_events WHERE id = 'evt_1Dup'",
    );
    expect(stored).toEqual({ count: '1', pending: 1 });
  });

  it('a closed authorization is not moved back to pending by an older snapshot delivered later', async () => {
    // Prepare: the capture's update arrives first, the creation afterwards.
    const closed = authorizationEvent('issuing_authorization.updated', 'evt_1Closed', 1780290000, { status: 'closed', amount: 1000 });
    const created = authorizationEvent('issuing_authorization.created', 'evt_1Created', 1780280001, { status: 'pending', amount: 1000 });

    // Act
    await persistAuthorizations(pool, closed);
    await persistAuthorizations(pool, created);

    // Assert
    expect(await one('SELECT status, snapshot_event_id FROM authorizations')).toEqual({ status: 'closed', snapshot_event_id: 'evt_1Closed' });
  });

  it('a terminal status wins over a pending snapshot even when the pending one is newer', async () => {
    const expired = authorizationEvent('issuing_authorization.updated', 'evt_1Expired', 1780290000, { status: 'expired' });
    const laterPending = authorizationEvent('issuing_authorization.updated', 'evt_1LaterPending', 1780299999, { status: 'pending' });
    await persistAuthorizations(pool, laterPending);
    await persistAuthorizations(pool, expired);
    expect(await one('SELECT status FROM authorizations')).toEqual({ status: 'expired' });
  });

  it('a request snapshot never overwrites a created snapshot, even when it is newer (an incremental request)', async () => {
    const created = authorizationEvent('issuing_authorization.created', 'evt_1Made', 1780280001, { amount: 4200, approved: true });
    const increment = authorizationEvent('issuing_authorization.request', 'evt_1Increment', 1780285000, {
      amount: 0, merchant_amount: 0, approved: false, pending_request: buildPendingRequest({ amount: 800 }),
    });
    await persistAuthorizations(pool, created);
    await persistAuthorizations(pool, increment);
    expect(await one('SELECT amount::int AS amount, approved FROM authorizations')).toEqual({ amount: 4200, approved: true });
  });

  it('a first request snapshot shows a pending authorization until created arrives', async () => {
    const request = authorizationEvent('issuing_authorization.request', 'evt_1Ask', 1780280000, {
      amount: 0, merchant_amount: 0, approved: false, pending_request: buildPendingRequest({ amount: 800 }),
    });
    await persistAuthorizations(pool, request);
    expect(await one('SELECT status, snapshot_rank FROM authorizations')).toEqual({ status: 'pending', snapshot_rank: 0 });
  });

  it('a card that arrives before its cardholder stores both, the cardholder from the embedded snapshot', async () => {
    await persistCardholdersCards(pool, buildEvent('issuing_card.updated', activeCard, { id: 'evt_1CardFirst', created: 1780272100 }));
    expect(await one('SELECT cardholder_id FROM cards')).toEqual({ cardholder_id: 'ich_1Persist' });
    expect(await one('SELECT id, name, snapshot_rank FROM cardholders')).toEqual({ id: 'ich_1Persist', name: 'Ada Lovelace', snapshot_rank: 1 });
  });

  it('a transaction that arrives before its authorization is stored with the link', async () => {
    const capture = buildTransaction({ id: 'ipi_1Early', authorization: 'iauth_1NotYet', card: 'ic_1Persist', cardholder: 'ich_1Persist', amount: 1000 });
    await applyStripeEvent(pool, buildEvent('issuing_transaction.created', capture, { id: 'evt_1Early', created: 1780290000 }));
    expect(await one('SELECT authorization_id, amount::int AS amount FROM transactions')).toEqual({ authorization_id: 'iauth_1NotYet', amount: -1000 });
  });

  it('rebuilding from stripe_events restores every projection row', async () => {
    // Prepare
    await applyStripeEvent(pool, buildEvent('issuing_card.created', activeCard, { id: 'evt_1R1', created: 1780272060 }));
    await applyStripeEvent(pool, authorizationEvent('issuing_authorization.created', 'evt_1R2', 1780280001, {}));
    await applyStripeEvent(pool, authorizationEvent('issuing_authorization.updated', 'evt_1R3', 1780290000, { status: 'closed' }));
    const expected = await snapshotTables(pool);
    await pool.query("UPDATE authorizations SET status = 'pending', amount = 1");

    // Act
    const outcome = await rebuildProjections(pool);

    // Assert
    expect(outcome.events).toBe(3);
    expect(await snapshotTables(pool)).toEqual(expected);
  });
});

describe('linking users to cardholders', () => {
  it('links an existing unlinked user whose email is verified and the same, ignoring case', async () => {
    // Prepare
    const inserted = await one<{ id: string }>(
      "INSERT INTO users (name, email, email_verified) VALUES ('Ada', 'ada.lovelace@example.com', true) RETURNING id",
    );

    // Act
    await applyStripeEvent(pool, buildEvent('issuing_cardholder.created', holder, { id: 'evt_1Link', created: 1780272000 }));

    // Assert
    expect(await one('SELECT id, cardholder_id FROM users')).toEqual({ id: inserted?.id, cardholder_id: 'ich_1Persist' });
  });

  it('does not link a user whose email with the same address is not verified: the cardholder gets a new user', async () => {
    // Prepare: someone signed up with this address but never proved they own it.
    const unverified = await one<{ id: string }>("INSERT INTO users (name, email) VALUES ('Mallory', 'ada.lovelace@example.com') RETURNING id");

    // Act
    await applyStripeEvent(pool, buildEvent('issuing_cardholder.created', holder, { id: 'evt_1NoLink', created: 1780272000 }));
    await applyStripeEvent(pool, buildEvent('issuing_card.created', activeCard, { id: 'evt_1NoLink2', created: 1780272060 }));

    // Assert
    const users = await pool.query<{ id: string; name: string; cardholder_id: string | null; email_verified: boolean }>(
      'SELECT id, name, cardholder_id, email_verified FROM users ORDER BY name',
    );
    expect(users.rows).toEqual([
      { id: expect.any(String), name: 'Ada Lovelace', cardholder_id: 'ich_1Persist', email_verified: false },
      { id: unverified?.id, name: 'Mallory', cardholder_id: null, email_verified: false },
    ]);
  });

  it('creates a user for a cardholder whose email no unlinked user has, and only once', async () => {
    await pool.query("INSERT INTO users (name, email, cardholder_id) VALUES ('Other', 'ada.lovelace@example.com', 'ich_1Someone')");
    const created = buildEvent('issuing_cardholder.created', holder, { id: 'evt_1New1', created: 1780272000 });
    const updated = buildEvent('issuing_cardholder.updated', holder, { id: 'evt_1New2', created: 1780272500 });
    await applyStripeEvent(pool, created);
    await applyStripeEvent(pool, updated);
    await applyStripeEvent(pool, buildEvent('issuing_card.created', activeCard, { id: 'evt_1New3', created: 1780272060 }));
    const linked = await pool.query("SELECT name, email FROM users WHERE cardholder_id = 'ich_1Persist'");
    expect(linked.rows).toEqual([{ name: 'Ada Lovelace', email: 'Ada.Lovelace@Example.com' }]);
  });
});

describe('concurrent deliveries', () => {
  it('the same event on two connections at once is stored once and applied once', async () => {
    // Prepare: several events, each delivered twice simultaneously.
    const events = Array.from({ length: 12 }, (_, index) =>
      authorizationEvent('issuing_authorization.updated', `evt_1Race${index}`, 1780280000 + index, { id: `iauth_1Race${index}`, status: 'closed' }),
    );

    // Act
    await Promise.all(events.flatMap((event) => [applyStripeEvent(pool, event), applyStripeEvent(other, event)]));

    // Assert
    expect(await one('SELECT count(*)::int AS n FROM stripe_events')).toEqual({ n: 12 });
    expect(await one('SELECT count(*)::int AS n FROM authorizations')).toEqual({ n: 12 });
  });

  it('two snapshots of one new cardholder processed at once link exactly one user', async () => {
    await pool.query("INSERT INTO users (name, email, email_verified) VALUES ('Ada', 'ADA.LOVELACE@EXAMPLE.COM', true)");
    const created = buildEvent('issuing_cardholder.created', holder, { id: 'evt_1Both1', created: 1780272000 });
    const card = buildEvent('issuing_card.created', activeCard, { id: 'evt_1Both2', created: 1780272060 });

    await Promise.all([applyStripeEvent(pool, created), applyStripeEvent(other, card)]);

    const users = await pool.query('SELECT cardholder_id FROM users');
    expect(users.rows).toEqual([{ cardholder_id: 'ich_1Persist' }]);
  });
});
