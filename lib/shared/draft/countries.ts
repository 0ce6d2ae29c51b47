import { ISO_3166_ALPHA2 } from './iso-3166-alpha2';

/** Every ISO 3166-1 alpha-2 country with its name in `locale` (from the runtime's ICU data), sorted by name. */
export function listCountries(locale = 'en'): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return ISO_3166_ALPHA2.map((code) => ({ code, name: names.of(code) ?? code })).sort((x, y) =>
    x.name.localeCompare(y.name, locale),
  );
}
