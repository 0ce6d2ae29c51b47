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

export interface Band {
  /** The lowest score in the band. */
  from: number;
  label: string;
}

export interface ReadingFormula {
  /** The formula's usual name, said in every readability message. */
  name: string;
  /** The formula as written, for the "why" disclosure. */
  written: string;
  ease: (counts: ReadingCounts) => number;
  /** Reading ease at which a posting counts as plain (the bottom of the "standard" band). */
  target: number;
  /** From the hardest band up; the label of the band a score falls in. */
  bands: readonly Band[];
  source: { title: string; url?: string };
  /** Where the bands come from. */
  bandSource: string;
  /** What raises the score most in this language, for the advice under a low score. */
  advice: string;
}

const asl = (c: ReadingCounts) => c.words / c.sentences;
const asw = (c: ReadingCounts) => c.syllables / c.words;

// Flesch's seven bands. Amstad, Kandel and Moles, Fernández Huerta and Douma each fitted their constants so
// that scores keep Flesch's meaning, and each published the same scale with it (Amstad's German labels,
// Fernández Huerta's with school years); the band edges are the same, what differs is the formula that
// puts a text in them.
const FLESCH_BANDS: readonly Band[] = [
  { from: -Infinity, label: 'very difficult' },
  { from: 30, label: 'difficult' },
  { from: 50, label: 'fairly difficult' },
  { from: 60, label: 'standard' },
  { from: 70, label: 'fairly easy' },
  { from: 80, label: 'easy' },
  { from: 90, label: 'very easy' },
];

export const READING_FORMULAS: Record<Language, ReadingFormula> = {
  en: {
    name: 'Flesch reading ease',
    written: '206.835 − 1.015 × words per sentence − 84.6 × syllables per word',
    ease: (c) => 206.835 - 1.015 * asl(c) - 84.6 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title: 'Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology, 32(3), 221–233',
      url: 'https://doi.org/10.1037/h0057532',
    },
    bandSource: 'Flesch (1949), The Art of Readable Writing: 60–70 "standard", 50–60 "fairly difficult"',
    advice: 'Shorter sentences and everyday words raise it most.',
  },
  de: {
    name: 'Flesch reading ease for German (Amstad)',
    written: '180 − words per sentence − 58.5 × syllables per word',
    ease: (c) => 180 - asl(c) - 58.5 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Dissertation, Universität Zürich (Flesch’s formula fitted to German)',
    },
    bandSource: 'Amstad (1978) kept Flesch’s scale: 60–70 "mittel", 50–60 "mittelschwer", 30–50 "schwer"',
    advice:
      'Long compounds weigh most in German: split them or say them in two words ("Prozess der Softwareentwicklung" rather than "Softwareentwicklungsprozess"), and keep sentences short.',
  },
  fr: {
    name: 'Flesch reading ease for French (Kandel and Moles)',
    written: '207 − 1.015 × words per sentence − 73.6 × syllables per word',
    ease: (c) => 207 - 1.015 * asl(c) - 73.6 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Kandel, L., & Moles, A. (1958). Application de l’indice de Flesch à la langue française. Cahiers Études de Radio-Télévision, 19, 253–274',
    },
    bandSource: 'Kandel and Moles (1958) kept Flesch’s scale and its seven bands',
    advice:
      'Shorter sentences raise it most in French; prefer the everyday word to the long abstract noun ("gérer" rather than "assurer la gestion de").',
  },
  es: {
    name: 'Flesch reading ease for Spanish (Fernández Huerta, corrected)',
    // Fernández Huerta printed L = 206.84 − 0.60·P − 1.02·F with P syllables and F sentences per 100 words;
    // read that way, shorter sentences would lower the score. Law (2011) showed the sentence term is Flesch's
    // words per sentence (1.02 ≈ Flesch's 1.015), as the formula's own derivation from Flesch implies.
    written: '206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence',
    ease: (c) => 206.84 - 0.6 * (100 * asw(c)) - 1.02 * asl(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna, 214, 29–32; sentence term as corrected by Law, G. (2011), Error in the Fernández Huerta readability formula, LINGUIST List 22.2332',
      url: 'https://linguistlist.org/issues/22/22-2332/',
    },
    bandSource: 'Fernández Huerta (1959) kept Flesch’s seven bands (60–70 "normal", 50–60 "algo difícil")',
    advice:
      'Shorter sentences raise it most in Spanish; prefer the verb to the long noun ("gestionar" rather than "llevar a cabo la gestión de").',
  },
  nl: {
    name: 'Flesch reading ease for Dutch (Douma)',
    written: '206.835 − 0.93 × words per sentence − 77 × syllables per word',
    ease: (c) => 206.835 - 0.93 * asl(c) - 77 * asw(c),
    target: 60,
    bands: FLESCH_BANDS,
    source: {
      title:
        'Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Bulletin 17, Afdeling Sociologie en Sociografie, Landbouwhogeschool Wageningen',
    },
    bandSource: 'Douma (1960) kept Flesch’s scale and its seven bands',
    advice: 'Long compounds and long sentences weigh most in Dutch: split both where you can.',
  },
};

/** LIX: words per sentence + the percentage of words longer than six letters; lower is easier. */
export const lix = (c: ReadingCounts) => c.words / c.sentences + (100 * c.longWords) / c.words;

export const LIX_SOURCE = { title: 'Björnsson, C.-H. (1968). Läsbarhet. Stockholm: Liber' };

/** Björnsson's reading of LIX scores, from the easiest band up. */
export const LIX_BANDS: readonly { below: number; label: string }[] = [
  { below: 30, label: 'very easy' },
  { below: 40, label: 'easy' },
  { below: 50, label: 'medium' },
  { below: 60, label: 'difficult' },
  { below: Infinity, label: 'very difficult' },
];

export const easeBand = (formula: ReadingFormula, ease: number) =>
  [...formula.bands].reverse().find((band) => ease >= band.from)!.label;

export const lixBand = (score: number) => LIX_BANDS.find((band) => score < band.below)!.label;
