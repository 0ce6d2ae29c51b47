import type { Language } from '../draft/draft-schema';

// Each language's Flesch reading ease, as its author fitted Flesch's formula to the language, and LIX,
// which needs no syllables and so reads every language the same way. Counts in, score out.

export interface ReadingCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Words of more than six letters (LIX). */
  longWords: number;
}

/** Flesch's bands, by the key of their words in the check messages (`band.<id>`). */
export type BandId =
  'very-difficult' | 'difficult' | 'fairly-difficult' | 'standard' | 'fairly-easy' | 'easy' | 'very-easy';

export interface Band {
  /** The lowest score in the band. */
  from: number;
  id: BandId;
}

/** A language's formula; its name, its written form, its bands' source and its advice are check messages (`formula.<language>.*`). */
export interface ReadingFormula {
  ease: (counts: ReadingCounts) => number;
  /** Reading ease at which a posting counts as plain (the bottom of the "standard" band). */
  target: number;
  /** From the hardest band up; a score falls in the last band it reaches. */
  bands: readonly Band[];
  source: { title: string; url?: string };
}

const asl = (c: ReadingCounts) => c.words / c.sentences;
const asw = (c: ReadingCounts) => c.syllables / c.words;

// Flesch's seven bands. Amstad, Kandel and Moles, Fernández Huerta and Douma each fitted their constants so
// that scores keep Flesch's meaning, and each published the same scale with it (Amstad's German labels,
// Fernández Huerta's with school years); the band edges are the same, what differs is the formula that
// puts a text in them.
const FLESCH_BANDS: readonly Band[] = [
  { from: -Infinity, id: 'very-difficult' },
  { from: 30, id: 'difficult' },
  { from: 50, id: 'fairly-difficult' },
  { from: 60, id: 'standard' },
  { from: 70, id: 'fairly-easy' },
  { from: 80, id: 'easy' },
  { from: 90, id: 'very-easy' },
];

export const READING_FORMULAS: Record<Language, ReadingFormula> = {
  en: {
    ease: (c) => 206.835 - 1.015 * asl(c) - 84.6 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title: 'Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology, 32(3), 221–233',
      url: 'https://doi.org/10.1037/h0057532',
    },
  },
  de: {
    ease: (c) => 180 - asl(c) - 58.5 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Dissertation, Universität Zürich (Flesch’s formula fitted to German)',
    },
  },
  fr: {
    ease: (c) => 207 - 1.015 * asl(c) - 73.6 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Kandel, L., & Moles, A. (1958). Application de l’indice de Flesch à la langue française. Cahiers Études de Radio-Télévision, 19, 253–274',
    },
  },
  es: {
    // Fernández Huerta printed L = 206.84 − 0.60·P − 1.02·F with P syllables and F sentences per 100 words;
    // read that way, shorter sentences would lower the score. Law (2011) showed the sentence term is Flesch's
    // words per sentence (1.02 ≈ Flesch's 1.015), as the formula's own derivation from Flesch implies.
    ease: (c) => 206.84 - 0.6 * (100 * asw(c)) - 1.02 * asl(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna, 214, 29–32; sentence term as corrected by Law, G. (2011), Error in the Fernández Huerta readability formula, LINGUIST List 22.2332',
      url: 'https://linguistlist.org/issues/22/22-2332/',
    },
  },
  nl: {
    ease: (c) => 206.835 - 0.93 * asl(c) - 77 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Bulletin 17, Afdeling Sociologie en Sociografie, Landbouwhogeschool Wageningen',
    },
  },
};

/** LIX: words per sentence + the percentage of words longer than six letters; lower is easier. */
export const lix = (c: ReadingCounts) => c.words / c.sentences + (100 * c.longWords) / c.words;

export const LIX_SOURCE = { title: 'Björnsson, C.-H. (1968). Läsbarhet. Stockholm: Liber' };

export type LixBandId = 'very-easy' | 'easy' | 'medium' | 'difficult' | 'very-difficult';

/** Björnsson's reading of LIX scores, from the easiest band up, by the key of their words (`lix.<id>`). */
export const LIX_BANDS: readonly { below: number; id: LixBandId }[] = [
  { below: 30, id: 'very-easy' },
  { below: 40, id: 'easy' },
  { below: 50, id: 'medium' },
  { below: 60, id: 'difficult' },
  { below: Infinity, id: 'very-difficult' },
];

export const easeBand = (formula: ReadingFormula, ease: number) =>
  [...formula.bands].reverse().find((band) => ease >= band.from)!.id;

export const lixBand = (score: number) => LIX_BANDS.find((band) => score < band.below)!.id;
