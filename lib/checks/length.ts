import { z } from 'zod';
import rules from '../../content/rules/length.json';
import { parseContent } from '../content/parse-content';
import type { CheckContext } from './check-context';
import type { CheckFinding } from './finding';
import { measureLength } from './text-statistics';

const CHECK = 'length';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const rangeSchema = z.object({
  min: z.number().int().min(0),
  max: z.number().int().min(1),
  source: sourceSchema,
  note: z.string(),
});
const lengthRulesSchema = z.object({ words: rangeSchema, characters: rangeSchema, why: z.string() });

export const lengthRules = parseContent(lengthRulesSchema, rules, 'content/rules/length.json');

const format = (n: number) => n.toLocaleString('en-US');

/** Word and character counts of the whole posting against the ranges in content/rules/length.json. */
export function checkLength({ text }: CheckContext): CheckFinding[] {
  const measured = measureLength(text.posting);
  const { words, characters } = lengthRules;
  const counted = `${format(measured.words)} words and ${format(measured.characters)} characters`;
  const what = text.rendered ? 'The posting has' : "The draft's text fields have";
  const ranges = `${format(words.min)}–${format(words.max)} words (Textio) and ${format(characters.min)}–${format(characters.max)} characters (Appcast)`;
  const tooShort = measured.words < words.min || measured.characters < characters.min;
  const tooLong = measured.words > words.max || measured.characters > characters.max;
  const sources = [words.source, characters.source];

  if (!tooShort && !tooLong) {
    return [
      {
        id: `${CHECK}:ok`,
        check: CHECK,
        severity: 'info',
        message: `Length is in range: ${what.toLowerCase()} ${counted}.`,
        details: { why: `Postings do best at ${ranges}.`, sources },
      },
    ];
  }
  // Cite the measure that is out of range first (words first: Textio's range is the narrower one).
  const wordsOut = tooShort ? measured.words < words.min : measured.words > words.max;
  return [
    {
      id: `${CHECK}:${tooShort ? 'too-short' : 'too-long'}`,
      check: CHECK,
      severity: 'warning',
      message: `Too ${tooShort ? 'short' : 'long'}: ${what.toLowerCase()} ${counted}.`,
      ...(tooShort ? { missing: true } : {}),
      suggestion: tooShort
        ? 'Say more about the work, the team, how you work and what you offer.'
        : 'Cut repetition, boilerplate and nice-to-haves; keep what helps someone decide to apply.',
      details: {
        why: `Postings do best at ${ranges}. ${lengthRules.why}`,
        sources: wordsOut ? sources : [...sources].reverse(),
      },
    },
  ];
}
