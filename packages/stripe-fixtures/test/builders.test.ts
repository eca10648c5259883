import { describe, expect, it } from 'vitest';
import { buildAuthorization, buildCard, buildCardholder, buildEvent, buildTransaction } from '../src/index.js';

describe('builders', () => {
  it('signs a transaction by its type whatever sign the amount is given with', () => {
    expect(buildTransaction({ type: 'capture', amount: 1200 }).amount).toBe(-1200);
    expect(buildTransaction({ type: 'capture', amount: -1200 }).amount).toBe(-1200);
    expect(buildTransaction({ type: 'refund', amount: -300 }).amount).toBe(300);
    expect(buildTransaction({ type: 'refund', amount: 300, merchant_amount: -280 }).merchant_amount).toBe(280);
  });

  it('embeds the given card and its cardholder in an authorization and derives the cardholder id', () => {
    const cardholder = buildCardholder({ id: 'ich_1Custom', name: 'Ada Lovelace' });
    const card = buildCard({ id: 'ic_1Custom', cardholder, status: 'active' });

    const auth = buildAuthorization({ id: 'iauth_1Custom', card, amount: 2500 });

    expect(auth.card.cardholder).toBe(cardholder);
    expect(auth.cardholder).toBe('ich_1Custom');
    expect(auth.merchant_amount).toBe(2500);
    expect(auth.pending_request).toBeNull();
    expect(cardholder.individual?.last_name).toBe('Lovelace');
  });

  it('creates new cards inactive, as Stripe does', () => {
    expect(buildCard().status).toBe('inactive');
  });

  it('puts previous_attributes only on events given them', () => {
    const auth = buildAuthorization({ status: 'closed' });

    const updated = buildEvent('issuing_authorization.updated', auth, { id: 'evt_1', created: 10, previous_attributes: { status: 'pending' } });
    const created = buildEvent('issuing_authorization.created', auth, { id: 'evt_2', created: 9 });

    expect(updated.data.previous_attributes).toEqual({ status: 'pending' });
    expect('previous_attributes' in created.data).toBe(false);
    expect(created.request).toEqual({ id: null, idempotency_key: null });
  });
});
