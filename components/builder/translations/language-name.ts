import type { Language } from '@/lib/shared/draft/draft-schema';

// A posting language named in the builder's language ("Deutsch", "allemand"), from the browser's own
// tables: no list of names to keep in five languages. French and Spanish write language names in lower
// case inside a sentence; a name standing alone (a list label) starts with a capital.

const names = new Map<string, Intl.DisplayNames>();

export function languageName(language: Language, uiLocale: string, standalone = false): string {
  let display = names.get(uiLocale);
  if (!display) {
    display = new Intl.DisplayNames([uiLocale], { type: 'language' });
    names.set(uiLocale, display);
  }
  const name = display.of(language) ?? language;
  return standalone ? name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1) : name;
}
