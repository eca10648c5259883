import { buildAuthorization, buildCard, buildCardholder, cardSpendingControls, emptyCardholderSpendingControls } from '@issuing/stripe-fixtures';
import { describe, expect, it } from 'vitest';
import { decideAuthorizationRequest } from '../../src/domain/index.js';

function requestAt(category: string, card: ReturnType<typeof buildCard>) {
  const base = buildAuthorization({ card, amount: 0, merchant_amount: 0, approved: false });
  return { ...base, merchant_data: { ...base.merchant_data, category } };
}

describe('real-time authorization decision', () => {
  it('approves a purchase on an active card without blocking controls', () => {
    const decision = decideAuthorizationRequest(requestAt('grocery_stores_supermarkets', buildCard({ status: 'active' })));
    expect(decision).toEqual({ approved: true, reason: 'approved' });
  });

  it.each(['inactive', 'canceled'] as const)('declines on a %s card', (status) => {
    const decision = decideAuthorizationRequest(requestAt('grocery_stores_supermarkets', buildCard({ status })));
    expect(decision).toEqual({ approved: false, reason: 'card_not_active' });
  });

  it("declines a category in the card's blocked_categories", () => {
    const card = buildCard({ status: 'active', spending_controls: cardSpendingControls({ blockedCategories: ['betting_casino_gambling'] }) });
    expect(decideAuthorizationRequest(requestAt('betting_casino_gambling', card))).toEqual({ approved: false, reason: 'card_spending_controls' });
    expect(decideAuthorizationRequest(requestAt('book_stores', card)).approved).toBe(true);
  });

  it("declines a category missing from a non-empty allowed_categories list, and approves one on it", () => {
    const card = buildCard({
      status: 'active',
      spending_controls: { ...cardSpendingControls(), allowed_categories: ['taxicabs_limousines'], blocked_categories: null },
    });
    expect(decideAuthorizationRequest(requestAt('airlines_air_carriers', card))).toEqual({ approved: false, reason: 'card_spending_controls' });
    expect(decideAuthorizationRequest(requestAt('taxicabs_limousines', card)).approved).toBe(true);
  });

  it('treats an empty allowed_categories list as no allow-list', () => {
    const card = buildCard({ status: 'active', spending_controls: { ...cardSpendingControls(), allowed_categories: [], blocked_categories: [] } });
    expect(decideAuthorizationRequest(requestAt('airlines_air_carriers', card)).approved).toBe(true);
  });

  it("declines a category the cardholder's spending controls block", () => {
    const cardholder = buildCardholder({
      spending_controls: { ...emptyCardholderSpendingControls(), blocked_categories: ['betting_casino_gambling'] },
    });
    const card = buildCard({ status: 'active', cardholder });
    expect(decideAuthorizationRequest(requestAt('betting_casino_gambling', card))).toEqual({ approved: false, reason: 'cardholder_spending_controls' });
  });

  it('declines (fails closed) a request whose card or merchant data cannot be read', () => {
    const base = buildAuthorization({ card: buildCard({ status: 'active' }) });
    const withoutCard = structuredClone(base);
    Reflect.set(withoutCard, 'card', null);
    const withoutMerchant = structuredClone(base);
    Reflect.set(withoutMerchant, 'merchant_data', {});
    expect(decideAuthorizationRequest(withoutCard)).toEqual({ approved: false, reason: 'unreadable_request' });
    expect(decideAuthorizationRequest(withoutMerchant)).toEqual({ approved: false, reason: 'unreadable_request' });
  });
});
