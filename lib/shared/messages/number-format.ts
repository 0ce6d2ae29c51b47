import type { Language } from '../draft/draft-schema';

/** What `format` needs of Intl.NumberFormat (which is one). */
export interface NumberFormatter {
  format(value: number): string;
}

/**
 * How each language groups the digits of a whole number (CLDR, as Intl writes them): the separator,
 * and from how many digits on it groups (Spanish writes 2000 but 12.000).
 */
const DIGIT_GROUPS: Record<Language, { separator: string; fromDigits: number }> = {
  en: { separator: ',', fromDigits: 4 },
  de: { separator: '.', fromDigits: 4 },
  fr: { separator: '\u202f', fromDigits: 4 },
  es: { separator: '.', fromDigits: 5 },
  nl: { separator: '.', fromDigits: 4 },
};

/**
 * Numbers in `locale`. Whole numbers from 0 on are written here, by the table above; Intl.NumberFormat
 * is made only for any other number: making the first one loads the locale's number data, hundreds of ms
 * on a throttled phone CPU in the task that hydrates the builder (whose first step shows "at most 2,000
 * characters"); the checks' findings, worded per request, skip it the same way. The test checks the table
 * against Intl.
 */
export function numberFormat(locale: Language): NumberFormatter {
  let made: Intl.NumberFormat | undefined;
  const { separator, fromDigits } = DIGIT_GROUPS[locale];
  return {
    format: (value) => {
      if (!Number.isSafeInteger(value) || value < 0) return (made ??= new Intl.NumberFormat(locale)).format(value);
      const digits = String(value);
      return digits.length < fromDigits ? digits : digits.replace(/\B(?=(\d{3})+$)/g, separator);
    },
  };
}
