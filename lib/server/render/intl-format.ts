import type { Compensation, Draft, Language } from '../../shared/draft/draft-schema';
import { fillMessage, renderMessages } from '../../shared/render/render-messages';

// Intl objects are costly to build and renders are hot, so each one is made once per language and reused.
interface LanguageFormats {
  regionNames: Intl.DisplayNames;
  orList: Intl.ListFormat;
  longDate: Intl.DateTimeFormat;
  plural: Intl.PluralRules;
}

const formatsByLanguage = new Map<Language, LanguageFormats>();
const currencyFormats = new Map<string, CurrencyFormat>();

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

/** A piece of a pay range as the locale lays it out: words and signs, or the slot of one of the two amounts. */
type RangePiece = string | { slot: 'start' | 'end' };

interface CurrencyFormat {
  format: Intl.NumberFormat;
  range: RangePiece[] | null;
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

/**
 * How the locale writes a range ("$1 – $2", "1–2 €", "€ 1-2"), learnt once per format: formatRange itself
 * costs about 0.1 ms a call, a render's whole budget.
 */
function rangeShape(format: Intl.NumberFormat): RangePiece[] | null {
  // The parts' `source` is unreliable (V8 marks digits of both ends "shared"), so the first run of digits is
  // the start and the second the end; any other layout falls back to formatRange.
  const pieces: RangePiece[] = [];
  let runs = 0;
  let inRun = false;
  for (const part of format.formatRangeToParts(1111, 2222)) {
    const isNumber = NUMBER_PARTS.has(part.type);
    if (isNumber && !inRun) pieces.push({ slot: ++runs === 1 ? 'start' : 'end' });
    if (!isNumber) pieces.push(part.value);
    inRun = isNumber;
  }
  return runs === 2 ? pieces : null;
}

function numberText(format: Intl.NumberFormat, value: number): string {
  return format
    .formatToParts(value)
    .filter((part) => NUMBER_PARTS.has(part.type))
    .map((part) => part.value)
    .join('');
}

/** Money in `locale`, always with exactly `digits` decimals. */
export function currencyNumberFormat(locale: string, currency: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function currencyFormat(locale: string, currency: string, wholeNumbers: boolean): CurrencyFormat {
  const key = `${locale}|${currency}|${wholeNumbers}`;
  let found = currencyFormats.get(key);
  if (!found) {
    // Locale and currency come from the draft: bound the cache so odd codes cannot grow it without limit.
    if (currencyFormats.size >= 200) currencyFormats.clear();
    const format = currencyNumberFormat(locale, currency, wholeNumbers ? 0 : 2);
    found = { format, range: rangeShape(format) };
    currencyFormats.set(key, found);
  }
  return found;
}

/** Two amounts as Intl's formatRange writes them, at the cost of two plain formats. */
export function formatAmountRange(locale: string, currency: string, min: number, max: number): string {
  const { format, range } = currencyFormat(locale, currency, Number.isInteger(min) && Number.isInteger(max));
  if (min === max) return format.format(min);
  if (!range) return format.formatRange(min, max);
  const start = numberText(format, min);
  const end = numberText(format, max);
  return range.map((piece) => (typeof piece === 'string' ? piece : piece.slot === 'start' ? start : end)).join('');
}

/**
 * "$140,000 – $170,000 per year", "70.000–90.000 € pro Jahr": the range as the locale writes it, or one
 * amount when min equals max.
 */
export function formatPay(pay: Compensation, locale: string, language: Language = 'en'): string {
  const amount = formatAmountRange(locale, pay.currency, pay.min, pay.max);
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
