// Regions Intl knows that are not countries a person can live in.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

/** Every ISO 3166-1 alpha-2 country with its English name, sorted by name (from the runtime's ICU data). */
export function listCountries(locale = 'en'): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const countries: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code && !NOT_COUNTRIES.has(code)) countries.push({ code, name });
    }
  }
  return countries.sort((x, y) => x.name.localeCompare(y.name, locale));
}
