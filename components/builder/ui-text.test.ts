import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '@/lib/ui-locale/ui-locale';
import { numberFormat } from './ui-text';

describe('numberFormat', () => {
  it.each(UI_LOCALES)('writes every number as Intl.NumberFormat does in %s', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const ours = numberFormat(locale);
    const numbers = [...Array.from({ length: 1000 }, (_, i) => i), 1000, 1234, 12345.5, 0.5, -1, -1234, 1e6];
    for (const n of numbers) expect(ours.format(n)).toBe(intl.format(n));
  });
});
