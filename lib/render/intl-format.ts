import type { Compensation, Draft } from '../draft/draft-schema';
import { PAY_PERIOD_LABELS } from './labels';

// Intl objects are costly to build and renders are hot, so each one is made once and reused.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
const orList = new Intl.ListFormat('en', { type: 'disjunction' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const currencyFormats = new Map<string, Intl.NumberFormat>();

/** "US" → "United States"; a well-formed but unassigned code stays as typed rather than "Unknown Region". */
export function countryName(code: string): string {
  const name = regionNames.of(code);
  return !name || name === 'Unknown Region' ? code : name;
}

export function formatOrList(items: string[]): string {
  return orList.format(items);
}

/** "2026-12-31" → "31 December 2026": day first and the month in words, so no reader misreads it. */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Pay reads in the job's country conventions (en-<country>), or en-US when the draft names no country. */
export function payLocale(draft: Draft): string {
  const country = draft.job.location?.country ?? draft.job.remoteCountries?.[0];
  if (!country) return 'en-US';
  try {
    return Intl.getCanonicalLocales(`en-${country}`)[0] ?? 'en-US';
  } catch {
    return 'en-US';
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

/** "$140,000 – $170,000 per year", or one amount when min equals max. */
export function formatPay(pay: Compensation, locale: string): string {
  const format = currencyFormat(locale, pay.currency, Number.isInteger(pay.min) && Number.isInteger(pay.max));
  const amount = pay.min === pay.max ? format.format(pay.min) : `${format.format(pay.min)} – ${format.format(pay.max)}`;
  return `${amount} ${PAY_PERIOD_LABELS[pay.period]}`;
}

/** "4+ years" from the draft, or the catalog's typical range: "typically 4–5 years". */
export function formatYears(years: number | undefined, typical?: { min: number; max: number }): string | null {
  if (years !== undefined) return years > 0 ? `${years}+ ${years === 1 ? 'year' : 'years'}` : null;
  if (!typical || typical.max <= 0) return null;
  if (typical.min === typical.max) return `typically ${typical.min} ${typical.min === 1 ? 'year' : 'years'}`;
  return `typically ${typical.min}–${typical.max} years`;
}
