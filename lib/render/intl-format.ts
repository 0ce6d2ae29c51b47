import type { Compensation, Draft, Language } from '../draft/draft-schema';
import { fillMessage, renderMessages } from './render-messages';

// Intl objects are costly to build and renders are hot, so each one is made once per language and reused.
interface LanguageFormats {
  regionNames: Intl.DisplayNames;
  orList: Intl.ListFormat;
  longDate: Intl.DateTimeFormat;
  plural: Intl.PluralRules;
}

const formatsByLanguage = new Map<Language, LanguageFormats>();
const currencyFormats = new Map<string, Intl.NumberFormat>();

// English dates stay day-first ("31 December 2026"), as en-GB writes them, so no reader misreads the month.
const DATE_LOCALE: Record<Language, string> = { en: 'en-GB', de: 'de', fr: 'fr', es: 'es', nl: 'nl' };

function formats(language: Language): LanguageFormats {
  let found = formatsByLanguage.get(language);
  if (!found) {
    found = {
      regionNames: new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }),
      orList: new Intl.ListFormat(language, { type: 'disjunction' }),
      longDate: new Intl.DateTimeFormat(DATE_LOCALE[language], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      plural: new Intl.PluralRules(language),
    };
    formatsByLanguage.set(language, found);
  }
  return found;
}

/** "US" → "United States" ("Vereinigte Staaten" in de); a well-formed but unassigned code stays as typed. */
export function countryNameIn(code: string, language: Language): string {
  const name = formats(language).regionNames.of(code);
  return !name || name === 'Unknown Region' ? code : name;
}

/** One argument, so it can be handed to `map` as it is. */
export function countryName(code: string): string {
  return countryNameIn(code, 'en');
}

export function formatOrList(items: string[], language: Language = 'en'): string {
  return formats(language).orList.format(items);
}

/** "2026-12-31" → "31 December 2026", "31. Dezember 2026": the month in words, so no reader misreads it. */
export function formatLongDate(isoDate: string, language: Language = 'en'): string {
  return formats(language).longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * Pay reads in the job's country conventions in the posting's language (de-CH, fr-BE, en-US…), or the
 * language's own when the draft names no country.
 */
export function payLocale(draft: Draft, language: Language = 'en'): string {
  const country = draft.job.location?.country ?? draft.job.remoteCountries?.[0];
  const fallback = language === 'en' ? 'en-US' : language;
  if (!country) return fallback;
  try {
    return Intl.getCanonicalLocales(`${language}-${country}`)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

function currencyFormat(locale: string, currency: string, wholeNumbers: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${wholeNumbers}`;
  let format = currencyFormats.get(key);
  if (!format) {
    // Locale and currency come from the draft: bound the cache so odd codes cannot grow it without limit.
    if (currencyFormats.size >= 200) currencyFormats.clear();
    const digits = wholeNumbers ? 0 : 2;
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    currencyFormats.set(key, format);
  }
  return format;
}

/**
 * "$140,000 – $170,000 per year", "70.000–90.000 € pro Jahr": Intl writes the range as the locale does, or one
 * amount when min equals max.
 */
export function formatPay(pay: Compensation, locale: string, language: Language = 'en'): string {
  const format = currencyFormat(locale, pay.currency, Number.isInteger(pay.min) && Number.isInteger(pay.max));
  const amount = pay.min === pay.max ? format.format(pay.min) : format.formatRange(pay.min, pay.max);
  const messages = renderMessages(language);
  return fillMessage(messages.pay, { amount, period: messages.payPeriod[pay.period] });
}

/** "4+ years" from the draft, or the catalog's typical range: "typically 4–5 years" (in the posting's language). */
export function formatYears(
  years: number | undefined,
  typical?: { min: number; max: number },
  language: Language = 'en',
): string | null {
  const words = renderMessages(language).years;
  const one = (n: number) => formats(language).plural.select(n) === 'one';
  if (years !== undefined) {
    if (years <= 0) return null;
    return fillMessage(one(years) ? words.atLeastOne : words.atLeastOther, { n: years });
  }
  if (!typical || typical.max <= 0) return null;
  if (typical.min === typical.max) {
    return fillMessage(one(typical.min) ? words.typicalOne : words.typicalOther, { n: typical.min });
  }
  return fillMessage(words.typicalRange, { min: typical.min, max: typical.max });
}
