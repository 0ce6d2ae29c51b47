import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyNumberFormat, formatAmountRange } from './intl-format';

const LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'nl-NL',
  'nl-BE',
  'ja-JP',
];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'INR', 'MXN'];

describe('formatAmountRange', () => {
  it('writes exactly what Intl’s formatRange writes, for any locale, currency and amounts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.boolean(),
        (locale, currency, min, span, cents) => {
          const low = cents ? min + 0.25 : min;
          const high = low + span;
          const digits = cents ? 2 : 0;
          const intl = currencyNumberFormat(locale, currency, digits);
          expect(formatAmountRange(locale, currency, low, high)).toBe(intl.formatRange(low, high));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes one amount when both ends are equal', () => {
    expect(formatAmountRange('de-DE', 'EUR', 70000, 70000)).toBe('70.000\u00a0€');
  });
});
