import { HEADING_LEXICON, SECTIONS, type Section } from './heading-lexicon';

// A heading → the section it opens, by the longest lexicon phrase it contains (whole words only), so that
// "As a member of our team you will receive" is benefits ("you will receive"), not responsibilities ("you will").

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s/-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Phrase {
  section: Section;
  /** The phrase padded with spaces: a heading, padded too, contains it only as whole words. */
  padded: string;
  length: number;
  order: number;
}

// Plain substring tests, not one regular expression per phrase: ~400 Unicode-aware patterns took half a
// second to compile on the first import.
const PHRASES: Phrase[] = SECTIONS.flatMap((section, order) =>
  HEADING_LEXICON[section].map((phrase) => {
    const words = normaliseHeading(phrase);
    return {
      section,
      padded: ` ${words} `.replace(/[/-]/g, (c) => ` ${c} `).replace(/\s+/g, ' '),
      length: words.length,
      order,
    };
  }),
);

/** The section a heading opens, or null when its words name none (a title, a company name, a slogan). */
export function classifyHeading(text: string): Section | null {
  const heading = normaliseHeading(text);
  if (heading === '' || heading.split(' ').length > 14) return null;
  const padded = ` ${heading.replace(/[/-]/g, (c) => ` ${c} `)} `.replace(/\s+/g, ' ');
  let best: Phrase | null = null;
  for (const phrase of PHRASES) {
    if (!padded.includes(phrase.padded)) continue;
    if (!best || phrase.length > best.length || (phrase.length === best.length && phrase.order < best.order)) {
      best = phrase;
    }
  }
  return best?.section ?? null;
}
