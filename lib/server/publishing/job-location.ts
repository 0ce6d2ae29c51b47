import type { Draft, Language } from '../../shared/draft/draft-schema';
import { countryNameIn } from '../render/intl-format';
import { fillMessage, renderMessages } from '../../shared/render/render-messages';
import { xmlSafeText } from './xml-text';

// Where a job is, in the parts job boards ask for. A remote job with no office names the first country
// its applicants may live in, so the boards can still place it.

export interface JobLocationParts {
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2, or '' when the draft names no country at all. */
  country: string;
}

// Cleaned for XML first, so a forbidden character between two spaces cannot leave a double space behind.
const trimmed = (value: string | undefined) =>
  xmlSafeText(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();

export function jobLocationParts(draft: Draft): JobLocationParts {
  const location = draft.job.location;
  return {
    city: trimmed(location?.city),
    region: trimmed(location?.region),
    country: location?.country ?? draft.job.remoteCountries?.[0] ?? '',
  };
}

/**
 * "Austin, TX, United States"; "Remote (United States, Canada)" for a remote job. In English unless a language
 * is given (the feeds' fields stay English; the public pages speak the posting's language).
 */
export function jobLocationLine(draft: Draft, language: Language = 'en'): string {
  const { city, region, country } = jobLocationParts(draft);
  const name = (code: string) => countryNameIn(code, language);
  if (draft.job.workplace === 'remote') {
    const countries = draft.job.remoteCountries?.length ? draft.job.remoteCountries : country ? [country] : [];
    const words = renderMessages(language);
    return countries.length
      ? fillMessage(words.where.remoteIn, { countries: countries.map(name).join(', ') })
      : words.workplace.remote;
  }
  return [city, region, country ? name(country) : ''].filter(Boolean).join(', ');
}
