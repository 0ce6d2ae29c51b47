import { expect, it } from 'vitest';
import { compileUiMessages, placeholders } from '@/lib/server/ui-locale/ui-messages';
import { UI_LOCALES, type UiLocale } from '@/lib/shared/ui-locale/ui-locale';

/**
 * What every UI message catalog is held to, inside the caller's describe: every language has every English
 * key, each message parses as ICU with the English placeholders and is not empty, and most are translated
 * (names and codes may stay as in English: a few, never a tenth).
 */
export function catalogTests(catalogs: Record<UiLocale, Record<string, string>>) {
  const english = catalogs.en;
  const others = UI_LOCALES.filter((locale) => locale !== 'en');

  it.each(others)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(others)('%s uses the same placeholders as English in every message', (locale) => {
    const differing = Object.keys(english).filter(
      (id) => placeholders(catalogs[locale][id] ?? '').join() !== placeholders(english[id]!).join(),
    );
    expect(differing).toEqual([]);
  });

  it.each(UI_LOCALES)('%s: every message compiles, and none is empty', (locale) => {
    const compiled = compileUiMessages(catalogs[locale]);
    expect(Object.entries(catalogs[locale]).filter(([, text]) => !text.trim())).toEqual([]);
    expect(Object.keys(compiled)).toHaveLength(Object.keys(english).length);
  });

  it.each(others)('%s is translated: most messages differ from English', (locale) => {
    const same = Object.keys(english).filter((id) => catalogs[locale][id] === english[id]);
    expect(same.length).toBeLessThan(Object.keys(english).length / 10);
  });
}
