import type { Language } from '../../shared/draft/draft-schema';

// The posting's language by a vote of common words: enough for five languages that share few of them.

const STOP_WORDS: Record<Language, readonly string[]> = {
  en: ['the', 'and', 'you', 'with', 'our', 'we', 'for', 'to', 'of', 'your', 'will', 'are', 'is', 'in', 'experience'],
  de: ['und', 'der', 'die', 'das', 'du', 'wir', 'mit', 'für', 'ist', 'ein', 'eine', 'deine', 'unsere', 'sie', 'bei'],
  fr: ['le', 'la', 'les', 'et', 'des', 'vous', 'nous', 'pour', 'avec', 'une', 'est', 'dans', 'tu', 'ton', 'votre'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'con', 'para', 'una', 'en', 'tu', 'nuestro', 'experiencia', 'del'],
  nl: ['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'wij', 'we', 'met', 'voor', 'jouw', 'onze', 'is', 'bij'],
};

const LOOKUP = new Map<string, Language[]>();
for (const [language, words] of Object.entries(STOP_WORDS) as [Language, readonly string[]][]) {
  for (const word of words) LOOKUP.set(word, [...(LOOKUP.get(word) ?? []), language]);
}

export function detectLanguage(text: string): Language {
  const votes: Record<Language, number> = { en: 0, de: 0, fr: 0, es: 0, nl: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const languages = LOOKUP.get(word);
    // A word several languages share counts for each, but less.
    if (languages) for (const language of languages) votes[language] += 1 / languages.length;
  }
  return (Object.entries(votes) as [Language, number][]).reduce((best, entry) =>
    entry[1] > best[1] ? entry : best,
  )[0];
}
