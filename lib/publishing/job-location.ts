import type { Draft } from '../draft/draft-schema';
import { countryName } from '../render/intl-format';
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

/** "Austin, TX, United States"; "Remote (United States, Canada)" for a remote job. */
export function jobLocationLine(draft: Draft): string {
  const { city, region, country } = jobLocationParts(draft);
  if (draft.job.workplace === 'remote') {
    const countries = draft.job.remoteCountries?.length ? draft.job.remoteCountries : country ? [country] : [];
    return countries.length ? `Remote (${countries.map(countryName).join(', ')})` : 'Remote';
  }
  return [city, region, country ? countryName(country) : ''].filter(Boolean).join(', ');
}
