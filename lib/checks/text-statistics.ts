import { syllable } from 'syllable';

// Sentences, words, syllables and the Flesch formulas: the one place the checks measure English text.

// Links and emails are not read as words; punctuation right after one still ends the sentence.
const URL_OR_EMAIL = /(?:https?:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const LIST_MARKER = /^\s*(?:[-*•·–—]|\d+[.)]|#{1,6})\s+/u;
const MARKDOWN_EMPHASIS = /[*_`]+/g;
// A candidate end: . ! ? (and closing quotes or brackets) before whitespace and a capital, digit or quote.
const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
// Abbreviations whose full stop does not end the sentence, also right after an opening bracket ("(e.g.").
const CASE_SENSITIVE_ABBREVIATION = /(?:^|[\s([])(?:No|St|Co|[A-Z])\.$/u;
const CASE_FREE_ABBREVIATION =
  /(?:^|[\s([])(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|mr|mrs|ms|dr|prof|inc|ltd|jr|sr|u\.s)\.$/iu;

const HAS_WORD = /[\p{L}\p{N}]/u;
// A number with separators ("140,000") is one word; so are "well-tested", "Node.js", ".NET", "C#" and "C++".
const WORD = /\p{N}+(?:[.,]\p{N}+)+|(?:(?<![^\s(])\.(?=\p{L}))?[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;

function isAbbreviation(head: string): boolean {
  return CASE_FREE_ABBREVIATION.test(head) || CASE_SENSITIVE_ABBREVIATION.test(head);
}

function splitLine(line: string, out: string[]) {
  let from = 0;
  for (const match of line.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const punctuation = match[0].replace(/["'”’)\]]+$/u, '');
    if (punctuation === '.' && isAbbreviation(line.slice(from, match.index + 1))) continue;
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
  return sentence.match(WORD) ?? [];
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

/** Flesch reading ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); higher is easier. */
export const fleschReadingEase = (words: number, sentences: number, syllables: number) =>
  206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);

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

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  readingEase: number;
  grade: number;
  perSentence: SentenceScore[];
}

/** Scores texts (each with the field it came from) as one, and each sentence; undefined when no words. */
export function scoreReadability(
  texts: string | readonly { field?: string; text: string }[],
): ReadabilityScore | undefined {
  const parts = typeof texts === 'string' ? [{ text: texts }] : texts;
  const perSentence: SentenceScore[] = [];
  let words = 0;
  let syllables = 0;
  for (const { field, text } of parts) {
    for (const sentence of splitSentences(text)) {
      const sentenceWords = wordsOf(sentence);
      if (sentenceWords.length === 0) continue;
      const sentenceSyllables = sentenceWords.reduce((sum, word) => sum + countSyllables(word), 0);
      words += sentenceWords.length;
      syllables += sentenceSyllables;
      perSentence.push({
        text: sentence,
        ...(field ? { field } : {}),
        words: sentenceWords.length,
        syllables: sentenceSyllables,
        readingEase: fleschReadingEase(sentenceWords.length, 1, sentenceSyllables),
      });
    }
  }
  if (words === 0) return undefined;
  const sentences = perSentence.length;
  return {
    sentences,
    words,
    syllables,
    readingEase: fleschReadingEase(words, sentences, syllables),
    grade: fleschKincaidGrade(words, sentences, syllables),
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
  let words = 0;
  for (WORD.lastIndex = 0; WORD.exec(collapsed);) words += 1;
  // Characters as a reader sees them: a surrogate pair (an emoji) is one.
  const pairs = collapsed.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  return { words, characters: collapsed.length - pairs };
}
