import { splitSentences, wordsOf } from './sentences';
import { countSyllables } from './syllables';

export interface SentenceScore {
  text: string;
  words: number;
  syllables: number;
  readingEase: number;
}

export interface ReadabilityScore {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch reading ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); higher is easier. */
  readingEase: number;
  /** Flesch–Kincaid grade: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
  grade: number;
  perSentence: SentenceScore[];
}

export const fleschReadingEase = (words: number, sentences: number, syllables: number) =>
  206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);

export const fleschKincaidGrade = (words: number, sentences: number, syllables: number) =>
  0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;

/** Scores the whole text and each sentence; undefined when there are no words to score. */
export function scoreReadability(text: string): ReadabilityScore | undefined {
  const perSentence: SentenceScore[] = [];
  let words = 0;
  let syllables = 0;
  for (const sentence of splitSentences(text)) {
    const sentenceWords = wordsOf(sentence);
    if (sentenceWords.length === 0) continue;
    const sentenceSyllables = sentenceWords.reduce((sum, word) => sum + countSyllables(word), 0);
    words += sentenceWords.length;
    syllables += sentenceSyllables;
    perSentence.push({
      text: sentence,
      words: sentenceWords.length,
      syllables: sentenceSyllables,
      readingEase: fleschReadingEase(sentenceWords.length, 1, sentenceSyllables),
    });
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
