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
  pattern: RegExp;
  length: number;
  order: number;
}

const PHRASES: Phrase[] = SECTIONS.flatMap((section, order) =>
  HEADING_LEXICON[section].map((phrase) => {
    const words = normaliseHeading(phrase);
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return {
      section,
      pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u'),
      length: words.length,
      order,
    };
  }),
);

/** The section a heading opens, or null when its words name none (a title, a company name, a slogan). */
export function classifyHeading(text: string): Section | null {
  const heading = normaliseHeading(text);
  if (heading === '' || heading.split(' ').length > 14) return null;
  let best: Phrase | null = null;
  for (const phrase of PHRASES) {
    if (!phrase.pattern.test(heading)) continue;
    if (!best || phrase.length > best.length || (phrase.length === best.length && phrase.order < best.order)) {
      best = phrase;
    }
  }
  return best?.section ?? null;
}
