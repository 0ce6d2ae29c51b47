import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/lib/shared/ui-locale/ui-locale';
import { numberFormat } from './ui-text';

describe('numberFormat', () => {
  it.each(UI_LOCALES)('writes every number as Intl.NumberFormat does in %s', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const ours = numberFormat(locale);
    const whole = Array.from({ length: 20_000 }, (_, i) => i);
    const large = [99_999, 100_000, 123_456, 999_999, 1_000_000, 12_345_678, 2_000_000_000, Number.MAX_SAFE_INTEGER];
    const others = [0.5, 1234.5, -1, -1234, 1e21, Number.NaN];
    for (const n of [...whole, ...large, ...others]) expect(ours.format(n)).toBe(intl.format(n));
  });
});
