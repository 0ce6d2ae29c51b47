import de from 'hyphen/patterns/de-1996.js';
import es from 'hyphen/patterns/es.js';
import fr from 'hyphen/patterns/fr.js';
import nl from 'hyphen/patterns/nl.js';
import { breakPoints, type HyphenPatterns } from './liang';
import { vowelNuclei, type NucleusLanguage } from './vowel-nuclei';

// Syllables of a German, French, Spanish or Dutch word, from its hyphenation and its vowels:
//   syllables = vowel nuclei + hyphenation points that fall inside a nucleus, at least 1 a word.
// Hyphenation points alone ("points + 1") undercount: the patterns never break within the first or last two
// letters ("Abend", "équipe" and "poema" come back whole) and French typesetting keeps a final mute syllable
// on its line. The nuclei count every vowel sound; the patterns split the vowel pairs that are two
// syllables in that word and one in another ("Ide-en" but "Fee", "bau-en" but "Bau"). Known misses, all
// measured in syllables/count-syllables.test.ts: German "-ie" read as two ("Fa-mi-li-e"), English loanwords
// read by German rules ("Software"), French i-glides ("cli-ent" counts one where speech has two). French
// counts written syllables (a final e after a consonant is one: "é-qui-pe", "ta-ble"), the way French
// schools syllabify on paper; a final e after a vowel is silent ("joie").

const PATTERNS: Record<NucleusLanguage, HyphenPatterns> = { de, fr, es, nl };

const CACHE_LIMIT = 20_000;
const caches: Record<NucleusLanguage, Map<string, number>> = {
  de: new Map(),
  fr: new Map(),
  es: new Map(),
  nl: new Map(),
};
// Longer "words" are not words a reader meets; they are counted like long words are, a syllable in three,
// which also bounds the patterns' quadratic walk.
const MAX_WORD = 30;

function syllablesOfLetters(language: NucleusLanguage, letters: string): number {
  const nuclei = vowelNuclei(language, letters);
  // An elided article or pronoun ("l'", "d'", "qu'") is part of the next word's first syllable.
  if (nuclei.length === 0) return letters.length <= 2 ? 0 : 1;
  let count = nuclei.length;
  const points = letters.length >= 4 ? breakPoints(letters, PATTERNS[language]) : [];
  for (const point of points) {
    if (nuclei.some((n) => n.start < point && point < n.end)) count += 1;
  }
  return count;
}

/** Syllables of one word as it stands in the text ("Entwickler:in", "l'équipe", "2026"). */
export function countSyllablesIn(language: NucleusLanguage, word: string): number {
  const lower = word.toLowerCase();
  const alnum = lower.replace(/[^\p{L}\p{N}]/gu, '');
  if (!alnum) return 0;
  if (/^\p{N}+$/u.test(alnum)) return Math.min(alnum.length, 4);
  if (alnum.length > MAX_WORD) return Math.ceil(alnum.length / 3);
  const cache = caches[language];
  let count = cache.get(lower);
  if (count === undefined) {
    // Parts joined by an apostrophe, hyphen or gender mark are counted apart: "l'équipe", "Entwickler:in".
    count = 0;
    for (const part of lower.split(/[^\p{L}]+/u)) if (part) count += syllablesOfLetters(language, part);
    count = Math.max(1, count);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(lower, count);
  }
  return count;
}
