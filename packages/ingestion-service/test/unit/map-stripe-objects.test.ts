import {
  buildAuthorization,
  buildCard,
  buildCardholder,
  buildPendingRequest,
  buildRequestHistoryEntry,
  buildTransaction,
} from '@issuing/stripe-fixtures';
import { describe, expect, it } from 'vitest';
import {
  toAuthorizationRow,
  toCardholderRow,
  toCardRow,
  toTransactionRow,
  type SnapshotKey,
} from '../../src/domain/index.js';

const key: SnapshotKey = { rank: 1, created: 1780300000, eventId: 'evt_1Mapping' };

describe('mapping Stripe Issuing objects to rows', () => {
  it('a cardholder keeps its identity, status, type and spending controls, with unix seconds as timestamps', () => {
    // Prepare
    const cardholder = buildCardholder({ id: 'ich_1Map', name: 'Ada Lovelace', email: 'ada@example.com', created: 1780272000 });

    // Act
    const row = toCardholderRow(cardholder, key);

    // Assert
    expect(row).toMatchObject({
      id: 'ich_1Map',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone_number: '+14155550100',
      status: 'active',
      type: 'individual',
      livemode: false,
      snapshot_rank: 1,
      snapshot_event_id: 'evt_1Mapping',
    });
    expect(row.created_at.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(row.snapshot_created.getTime()).toBe(1780300000 * 1000);
    expect(row.spending_controls).toEqual(cardholder.spending_controls);
  });

  it('a cardholder without email or phone maps them to null', () => {
    const row = toCardholderRow(buildCardholder({ email: null, phone_number: null }), key);
    expect(row.email).toBeNull();
    expect(row.phone_number).toBeNull();
  });

  it('a card points at the id of its embedded cardholder', () => {
    // Prepare
    const card = buildCard({
      id: 'ic_1Map',
      cardholder: buildCardholder({ id: 'ich_1Owner' }),
      status: 'canceled',
      cancellation_reason: 'lost',
      type: 'physical',
    });

    // Act
    const row = toCardRow(card, key);

    // Assert
    expect(row).toMatchObject({
      id: 'ic_1Map',
      cardholder_id: 'ich_1Owner',
      brand: 'Visa',
      last4: '4242',
      exp_month: 8,
      exp_year: 2029,
      type: 'physical',
      status: 'canceled',
      currency: 'usd',
      cancellation_reason: 'lost',
    });
  });

  it('an approved authorization keeps amounts in both currencies and the merchant, and has no decline reason', () => {
    // Prepare
    const card = buildCard({ id: 'ic_1Card', cardholder: buildCardholder({ id: 'ich_1Holder' }), status: 'active' });
    const authorization = buildAuthorization({
      id: 'iauth_1Map',
      card,
      amount: 1085,
      currency: 'usd',
      merchant_amount: 1000,
      merchant_currency: 'eur',
      merchant_data: { ...buildAuthorization().merchant_data, name: 'Café Central', city: 'Wien', country: 'AT', category: 'eating_places_restaurants', category_code: '5812' },
    });

    // Act
    const row = toAuthorizationRow(authorization, key);

    // Assert
    expect(row).toMatchObject({
      id: 'iauth_1Map',
      card_id: 'ic_1Card',
      cardholder_id: 'ich_1Holder',
      amount: 1085,
      currency: 'usd',
      merchant_amount: 1000,
      merchant_currency: 'eur',
      approved: true,
      status: 'pending',
      decline_reason: null,
      merchant_name: 'Café Central',
      merchant_city: 'Wien',
      merchant_country: 'AT',
      merchant_category: 'eating_places_restaurants',
      merchant_category_code: '5812',
    });
  });

  it('a declined authorization takes its reason from the latest declined request', () => {
    // Prepare: approved first request, declined incremental request, overall declined.
    const authorization = buildAuthorization({
      approved: false,
      status: 'closed',
      request_history: [
        buildRequestHistoryEntry({ amount: 1000, approved: true, created: 1780272000 }),
        buildRequestHistoryEntry({ amount: 500, approved: false, reason: 'spending_controls', created: 1780272100 }),
      ],
    });

    // Act / Assert
    expect(toAuthorizationRow(authorization, key).decline_reason).toBe('spending_controls');
  });

  it('a request snapshot maps with amount 0 and pending status, as Stripe sends it', () => {
    const request = buildAuthorization({
      amount: 0,
      merchant_amount: 0,
      approved: false,
      pending_request: buildPendingRequest({ amount: 2500 }),
      request_history: [],
    });
    const row = toAuthorizationRow(request, key);
    expect(row).toMatchObject({ amount: 0, status: 'pending', approved: false, decline_reason: null });
  });

  it('a merchant without a name maps to a null merchant_name', () => {
    const authorization = buildAuthorization({ merchant_data: { ...buildAuthorization().merchant_data, name: null, city: null } });
    const row = toAuthorizationRow(authorization, key);
    expect(row.merchant_name).toBeNull();
    expect(row.merchant_city).toBeNull();
  });

  it('a capture keeps its negative amount and links its authorization, card and cardholder', () => {
    // Prepare
    const capture = buildTransaction({ id: 'ipi_1Capture', type: 'capture', amount: 1200, authorization: 'iauth_1X', card: 'ic_1X', cardholder: 'ich_1X' });

    // Act
    const row = toTransactionRow(capture, key);

    // Assert
    expect(row).toMatchObject({
      id: 'ipi_1Capture',
      type: 'capture',
      amount: -1200,
      merchant_amount: -1200,
      authorization_id: 'iauth_1X',
      card_id: 'ic_1X',
      cardholder_id: 'ich_1X',
    });
  });

  it('a refund keeps its positive amount', () => {
    const row = toTransactionRow(buildTransaction({ type: 'refund', amount: 700 }), key);
    expect(row.amount).toBe(700);
    expect(row.type).toBe('refund');
  });

  it('a force capture has no authorization', () => {
    const row = toTransactionRow(buildTransaction({ authorization: null }), key);
    expect(row.authorization_id).toBeNull();
  });
});
