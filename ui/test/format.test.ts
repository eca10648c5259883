import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitExponent } from '../src/format/money';
import { formatDateTime, formatDay } from '../src/format/dates';

describe('money', () => {
  it('shows a two-decimal currency from its cents', () => {
    expect(formatMoney(1250, 'usd', 'en-US')).toBe('$12.50');
  });

  it('shows a zero-decimal currency (JPY) as whole yen, not divided by 100', () => {
    // Stripe: "¥500 is amount=500" (zero-decimal currencies).
    expect(minorUnitExponent('jpy')).toBe(0);
    expect(formatMoney(1500, 'jpy', 'en-US')).toBe('¥1,500');
  });

  it('shows a three-decimal currency (BHD) from its fils', () => {
    expect(formatMoney(12345, 'bhd', 'en-US')).toMatch(/^BHD\s12\.345$/);
  });

  it('shows a refund (negative spend) with a minus sign', () => {
    expect(formatMoney(-500, 'usd', 'en-US')).toBe('-$5.00');
    expect(formatMoney(-500, 'jpy', 'en-US')).toBe('-¥500');
  });

  it('uses the locale for separators and symbol placement', () => {
    expect(formatMoney(123456, 'eur', 'de-DE')).toMatch(/^1\.234,56\s€$/);
  });
});

describe('dates', () => {
  it('shows a moment in the given time zone and locale', () => {
    // 23:30 UTC on 1 March is 18:30 in New York (EST, UTC-5) and 00:30 on 2 March in Berlin (CET, UTC+1).
    expect(formatDateTime('2026-03-01T23:30:00Z', { locale: 'en-US', timeZone: 'America/New_York' })).toMatch(/^Mar 1, 2026, 6:30\sPM$/);
    expect(formatDateTime('2026-03-01T23:30:00Z', { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('02.03.2026, 00:30');
  });

  it('shows a UTC day of the read model as that day in any time zone', () => {
    expect(formatDay('2026-03-01', { locale: 'en-US' })).toBe('Mar 1, 2026');
  });
});
