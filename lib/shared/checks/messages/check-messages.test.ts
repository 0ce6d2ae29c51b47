import { describe, expect, it } from 'vitest';
import exclusionary from '../../../../content/wordlists/exclusionary.json';
import { LANGUAGES } from '../../draft/draft-schema';
import { CHECK_MESSAGE_SOURCES, checkMessages } from './check-messages';
// placeholders() compiles the message (it throws on a broken one) before it names the placeholders.
import { placeholders } from '@/lib/server/ui-locale/ui-messages';

// Every finding text in every language: the same keys as English, the same placeholders, and each compiles.

const english = CHECK_MESSAGE_SOURCES.en;

describe('the check messages', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key and no other', (language) => {
    const keys = Object.keys(CHECK_MESSAGE_SOURCES[language]);
    expect(Object.keys(english).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });

  it.each(LANGUAGES)('%s compiles, with the placeholders of the English message', (language) => {
    for (const [key, source] of Object.entries(CHECK_MESSAGE_SOURCES[language])) {
      expect(placeholders(source), `${language} ${key}`).toEqual(placeholders(english[key]!));
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is written in its language, not left in English', (language) => {
    const same = Object.entries(CHECK_MESSAGE_SOURCES[language]).filter(([key, source]) => source === english[key]);
    // Only proper names (places such as "Colorado"), pure patterns ("{name} ({span})") and words the language
    // shares with English may read the same.
    const shared = new Set(['band.standard']);
    for (const [key, source] of same) {
      const words = source.replace(/\{[^}]*\}/g, '');
      expect(key.startsWith('pay.place.') || shared.has(key) || !/[a-z]{4,}/.test(words), key).toBe(true);
    }
  });

  it('has a message for every category and a reason for every term of the exclusionary list', () => {
    for (const category of Object.keys(exclusionary.categories)) {
      expect(english[`exclusionary.message.${category}`], category).toBeDefined();
    }
    // Said exactly as written in the list: its apostrophes and any braces are not ICU syntax.
    const { t } = checkMessages('en');
    for (const term of exclusionary.terms) expect(t(`exclusionary.why.${term.id}`)).toBe(term.why);
  });

  it('fills in numbers the way each language writes them, and picks the plural by its rules', () => {
    const counted = (language: (typeof LANGUAGES)[number], words: number) =>
      checkMessages(language).t('length.counted', { words, characters: 12345 });
    expect(counted('en', 1)).toBe('1 word and 12,345 characters');
    expect(counted('de', 1)).toBe('1 Wort und 12.345 Zeichen');
    expect(counted('de', 2)).toBe('2 Wörter und 12.345 Zeichen');
    expect(counted('fr', 1)).toBe('1 mot et 12\u202f345 caractères');
    expect(counted('es', 3)).toBe('3 palabras y 12.345 caracteres');
    expect(counted('nl', 1)).toBe('1 woord en 12.345 tekens');
  });

  it.each(LANGUAGES)('writes counts under 1,000 in %s exactly as Intl does (the fast path)', (language) => {
    const intl = new Intl.NumberFormat(language);
    const { number } = checkMessages(language);
    for (let n = 0; n < 1000; n++) expect(number(n)).toBe(intl.format(n));
    expect(number(1000)).toBe(intl.format(1000));
    expect(number(-3)).toBe(intl.format(-3));
    expect(number(2.5)).toBe(intl.format(2.5));
  });

  it('keeps a value given as text exactly as it is, syntax and markup included', () => {
    const word = "{count} <b>Rockstar</b> '#'";
    expect(checkMessages('de').t('gender.word', { word, count: 1 })).toBe(`${word} ist männlich konnotiert.`);
  });

  it('compiles each language once and hands back the same messages after', () => {
    expect(checkMessages('fr')).toBe(checkMessages('fr'));
  });
});
