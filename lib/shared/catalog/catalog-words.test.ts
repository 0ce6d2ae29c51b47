import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../draft/draft-schema';
import { CATALOG_PAGE_LANGUAGES } from '../../server/script-free-page/static-pages';
import { CATALOG_WORDS } from './catalog-words';
import { formatShareIn } from './catalog-words-en';

/** Every entry of a language's table as text, functions called with sample values. */
function texts(language: keyof typeof CATALOG_WORDS): string[] {
  return Object.values(CATALOG_WORDS[language]).flatMap((entry) =>
    typeof entry === 'function' ? [entry(3, 4, 'x'), entry(1, 1, '')] : [entry],
  );
}

describe('the catalog page words', () => {
  it('has a table for every posting language, prerendered for each but English', () => {
    expect(Object.keys(CATALOG_WORDS).sort()).toEqual([...LANGUAGES].sort());
    expect([...CATALOG_PAGE_LANGUAGES].sort()).toEqual(LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every entry, in its own words', (language) => {
    const english = texts('en');
    const own = texts(language);
    expect(Object.keys(CATALOG_WORDS[language])).toEqual(Object.keys(CATALOG_WORDS.en));
    for (const text of own) expect(String(text).trim()).not.toBe('');
    // Shared only where the languages truly agree (Skills, "Name (A–Z)", the placeholder's product names).
    const same = own.filter((text, i) => text === english[i]);
    expect(same.length).toBeLessThanOrEqual(4);
  });

  it('writes years and shares the way each language does', () => {
    expect(CATALOG_WORDS.de.years(4, 5)).toBe('4–5 Jahre');
    expect(CATALOG_WORDS.fr.years(1, 1)).toBe('1 an');
    expect(CATALOG_WORDS.en.years(1, 1)).toBe('1 year');
    expect(formatShareIn(46.8)).toBe('46.8%');
    expect(formatShareIn(46.8, CATALOG_WORDS.de)).toBe('46,8\u00a0%');
    expect(formatShareIn(14, CATALOG_WORDS.nl)).toBe('14%');
  });
});
