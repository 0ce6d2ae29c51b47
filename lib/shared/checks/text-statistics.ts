import { syllable } from 'syllable';
import type { Language } from '../draft/draft-schema';
import { lix, READING_FORMULAS, type ReadingCounts } from './readability-formulas';
import { countSyllablesIn } from './syllables/count-syllables';
import { wordPatternFor } from './ascii-words';

// Sentences, words, syllables and the reading-ease formulas: the one place the checks measure text.

// Links and emails are not read as words; punctuation right after one still ends the sentence.
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const LIST_MARKER = /^\s*(?:[-*•·–—]|\d+[.)]|#{1,6})\s+/u;
const MARKDOWN_EMPHASIS = /[*_`]+/g;
// A candidate end: . ! ? (and closing quotes or brackets) before whitespace and a capital, digit or quote
// (or the ¿ ¡ « „ a Spanish, French or German sentence may open with).
const CANDIDATE_END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘„«¿¡([]?\s?[\p{Lu}\p{N}])/gu;
// Abbreviations whose full stop does not end the sentence, also right after an opening bracket ("(e.g.").
// A single letter is an initial or part of one ("z. B.", "p. ex."); the others are English, German, French,
// Spanish and Dutch abbreviations a posting uses.
const CASE_SENSITIVE_ABBREVIATION = /(?:^|[\s([])(?:No|St|Co|Nr|Sr|Sra|\p{L})\.$/u;
const CASE_FREE_ABBREVIATION =
  /(?:^|[\s([])(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|mr|mrs|ms|dr|prof|inc|ltd|jr|sr|u\.s|bzw|ca|inkl|ggf|usw|evtl|vgl|sog|ex|env|resp|ej|aprox|bijv|enz|o\.a|d\.w\.z|m\.b\.t)\.$/iu;

const HAS_WORD = /[\p{L}\p{N}]/u;
// A number with separators ("140,000") is one word; so are "well-tested", "Node.js", ".NET", "C#" and "C++".
const WORD = /\p{N}+(?:[.,]\p{N}+)+|(?:(?<![^\s(])\.(?=\p{L}))?[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;
/** WORD for texts whose letters and digits are all ASCII (see ascii-words.ts). */
export const ASCII_WORD = /\d+(?:[.,]\d+)+|(?:(?<![^\s(])\.(?=[A-Za-z]))?[A-Za-z\d]+(?:['.-][A-Za-z\d]+)*(?:\+\+|#)?/g;
export { WORD as UNICODE_WORD };

// An abbreviation is judged on the end of the text before the full stop only: the patterns are anchored at
// the end, and run on a whole line they would be tried from every position of it, for every full stop.
const ABBREVIATION_WINDOW = 24;

function isAbbreviation(head: string): boolean {
  return CASE_FREE_ABBREVIATION.test(head) || CASE_SENSITIVE_ABBREVIATION.test(head);
}

function splitLine(line: string, out: string[]) {
  let from = 0;
  for (const match of line.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const punctuation = match[0].replace(/["'”’)\]]+$/u, '');
    const headStart = Math.max(from, match.index + 1 - ABBREVIATION_WINDOW);
    if (punctuation === '.' && isAbbreviation(line.slice(headStart, match.index + 1))) continue;
    out.push(line.slice(from, end));
    from = end;
  }
  out.push(line.slice(from));
}

/**
 * Splits text into sentences the way a reader meets them: every line (a list item, a heading) is one
 * sentence even without a full stop, and prose lines split at . ! ? before the next sentence starts.
 */
export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  for (const rawLine of text.replace(URL_OR_EMAIL, ' ').split(/\r?\n/)) {
    const line = rawLine.replace(LIST_MARKER, '').replace(MARKDOWN_EMPHASIS, '').trim();
    if (line) splitLine(line, pieces);
  }
  return pieces
    .map((sentence) =>
      sentence
        .replace(/\s+/g, ' ')
        // Only punctuation that ends a clause is pulled to the word before: " .NET" stays a word.
        .replace(/\s+([.,;:!?])(?=\s|$)/g, '$1')
        .trim(),
    )
    .filter((sentence) => HAS_WORD.test(sentence));
}

export function wordsOf(sentence: string): string[] {
  return sentence.match(wordPatternFor(sentence, WORD, ASCII_WORD)) ?? [];
}

// Measured on the 25 real postings against the CMU Pronouncing Dictionary (see README): the `syllable`
// package is closer than the old spelling heuristic; acronyms without a vowel and numbers are ours.
const ACRONYM_NO_VOWEL = /^[B-DF-HJ-NP-TV-Z]{2,6}$/;
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;
const MAX_DICTIONARY_WORD = 30;

export function countSyllables(word: string): number {
  const alnum = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (!alnum) return 0;
  // "25" reads "twenty-five": about a syllable a digit, capped, since long numbers are read in groups.
  if (/^\p{N}+$/u.test(alnum)) return Math.min(alnum.length, 4);
  // Acronyms without a vowel are read letter by letter: SQL, CSS, HTTP.
  if (ACRONYM_NO_VOWEL.test(alnum)) return alnum.length;
  // No English word is this long; a run of letters pasted in is counted like long words are, a syllable in three.
  if (alnum.length > MAX_DICTIONARY_WORD) return Math.ceil(alnum.length / 3);
  const key = alnum.toLowerCase();
  let count = cache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, count);
  }
  return count;
}

// Words as they stand in the text, per language: a posting repeats its words, and this skips the cleaning
// and the lookups the counters do before their own caches.
const byWord = new Map<string, number>();

/** Syllables of a word in the posting's language: English by the `syllable` package, others by hyphenation. */
export function syllablesIn(language: Language, word: string): number {
  const key = `${language}${word}`;
  let count = byWord.get(key);
  if (count === undefined) {
    count = language === 'en' ? countSyllables(word) : countSyllablesIn(language, word);
    if (byWord.size >= CACHE_LIMIT) byWord.clear();
    byWord.set(key, count);
  }
  return count;
}

/** Flesch reading ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); higher is easier. */
export const fleschReadingEase = (words: number, sentences: number, syllables: number) =>
  READING_FORMULAS.en.ease({ words, sentences, syllables, longWords: 0 });

/** Flesch–Kincaid grade: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
export const fleschKincaidGrade = (words: number, sentences: number, syllables: number) =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

export interface SentenceScore {
  text: string;
  /** The draft field the sentence was written in, when scored field by field. */
  field?: string;
  words: number;
  syllables: number;
  readingEase: number;
}

export interface ReadabilityScore extends ReadingCounts {
  language: Language;
  /** The language's reading ease (Flesch, Amstad, Kandel and Moles, Fernández Huerta, Douma). */
  readingEase: number;
  /** Flesch–Kincaid US grade: English only, the formula has no counterpart in the other languages. */
  grade?: number;
  lix: number;
  perSentence: SentenceScore[];
}

/** Letters of a word, for LIX's "more than six letters" (digits and marks are not letters). */
const LONG_WORD = /\p{L}(?:[^\p{L}]*\p{L}){6}/u;

/**
 * Scores texts (each with the field it came from) as one, and each sentence, in `language`; undefined when
 * there are no words.
 */
export function scoreReadability(
  texts: string | readonly { field?: string; text: string }[],
  language: Language = 'en',
): ReadabilityScore | undefined {
  const parts = typeof texts === 'string' ? [{ text: texts }] : texts;
  const formula = READING_FORMULAS[language];
  const perSentence: SentenceScore[] = [];
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  for (const { field, text } of parts) {
    for (const sentence of splitSentences(text)) {
      const sentenceWords = wordsOf(sentence);
      if (sentenceWords.length === 0) continue;
      let sentenceSyllables = 0;
      for (const word of sentenceWords) {
        sentenceSyllables += syllablesIn(language, word);
        if (word.length > 6 && LONG_WORD.test(word)) longWords += 1;
      }
      words += sentenceWords.length;
      syllables += sentenceSyllables;
      const counts = { words: sentenceWords.length, sentences: 1, syllables: sentenceSyllables, longWords: 0 };
      perSentence.push({
        text: sentence,
        ...(field ? { field } : {}),
        words: sentenceWords.length,
        syllables: sentenceSyllables,
        readingEase: formula.ease(counts),
      });
    }
  }
  if (words === 0) return undefined;
  const counts: ReadingCounts = { words, sentences: perSentence.length, syllables, longWords };
  return {
    language,
    ...counts,
    readingEase: formula.ease(counts),
    ...(language === 'en' ? { grade: fleschKincaidGrade(words, counts.sentences, syllables) } : {}),
    lix: lix(counts),
    perSentence,
  };
}

export interface TextLength {
  words: number;
  characters: number;
}

/** Words as a reader counts them; characters with runs of spaces and line breaks counted once. */
export function measureLength(text: string): TextLength {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // Runs of whitespace do not change what WORD matches: the words are counted in the text as it is.
  let words = 0;
  const word = wordPatternFor(text, WORD, ASCII_WORD);
  for (word.lastIndex = 0; word.exec(text);) words += 1;
  // Characters as a reader sees them: a surrogate pair (an emoji) is one.
  const pairs = collapsed.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return { words, characters: collapsed.length - pairs };
}
