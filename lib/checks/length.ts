import { z } from 'zod';
import rules from '../../content/rules/length.json';
import type { Draft } from '../draft/draft-schema';
import type { Finding } from './finding';
import { wordsOf } from './sentences';
import { draftPlainText } from './text-fields';

const CHECK = 'length';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const rangeSchema = z.object({
  min: z.number().int().min(0),
  max: z.number().int().min(1),
  source: sourceSchema,
  note: z.string(),
});
const lengthRulesSchema = z.object({ words: rangeSchema, characters: rangeSchema, why: z.string() });

export const lengthRules = lengthRulesSchema.parse(rules);

export interface PostingLength {
  words: number;
  characters: number;
}

/** Words as a reader counts them; characters with runs of spaces and line breaks counted once. */
export function measureLength(text: string): PostingLength {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return { words: wordsOf(collapsed).length, characters: [...collapsed].length };
}

const format = (n: number) => n.toLocaleString('en-US');

/** Word and character counts against the ranges in content/rules/length.json; too short and too long both warn. */
export function checkLength(draft: Draft, input: { renderedText?: string } = {}): Finding[] {
  const measured = measureLength(input.renderedText ?? draftPlainText(draft));
  const { words, characters } = lengthRules;
  const counted = `${format(measured.words)} words and ${format(measured.characters)} characters`;
  const what = input.renderedText === undefined ? "the draft's text fields have" : 'the posting has';
  const ranges = `${format(words.min)}–${format(words.max)} words (Textio) and ${format(characters.min)}–${format(characters.max)} characters (Appcast)`;
  const tooShort = measured.words < words.min || measured.characters < characters.min;
  const tooLong = measured.words > words.max || measured.characters > characters.max;

  if (!tooShort && !tooLong) {
    return [
      {
        id: `${CHECK}:ok`,
        check: CHECK,
        severity: 'info',
        message: `Length is in range: ${what} ${counted}, within ${ranges}.`,
        source: words.source,
      },
    ];
  }
  // Cite the measure that is out of range (words first: Textio's range is the narrower one).
  const wordsOut = tooShort ? measured.words < words.min : measured.words > words.max;
  return [
    {
      id: `${CHECK}:${tooShort ? 'too-short' : 'too-long'}`,
      check: CHECK,
      severity: 'warning',
      message: `Too ${tooShort ? 'short' : 'long'}: ${what} ${counted}; postings do best at ${ranges}. ${lengthRules.why}`,
      source: wordsOut ? words.source : characters.source,
      suggestion: tooShort
        ? 'Say more about the work, the team, how you work and what you offer.'
        : 'Cut repetition, boilerplate and nice-to-haves; keep what helps someone decide to apply.',
    },
  ];
}
