import { z } from 'zod';
import rules from '../../../content/rules/length.json';
import { parseContent } from '../parse-content';
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

/** Word and character counts of the whole posting against the ranges in content/rules/length.json. */
export function checkLength({ text, messages }: CheckContext): CheckFinding[] {
  const measured = measureLength(text.posting);
  const { words, characters } = lengthRules;
  const said = {
    source: text.rendered ? 'rendered' : 'fields',
    counted: messages.t('length.counted', { words: measured.words, characters: measured.characters }),
  };
  const ranges = messages.t('length.ranges', {
    wordsMin: words.min,
    wordsMax: words.max,
    charactersMin: characters.min,
    charactersMax: characters.max,
  });
  const tooShort = measured.words < words.min || measured.characters < characters.min;
  const tooLong = measured.words > words.max || measured.characters > characters.max;
  const sources = [words.source, characters.source];

  if (!tooShort && !tooLong) {
    return [
      {
        id: `${CHECK}:ok`,
        check: CHECK,
        severity: 'info',
        message: messages.t('length.ok', said),
        details: { why: messages.t('length.ok.why', { ranges }), sources },
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
      message: messages.t(tooShort ? 'length.tooShort' : 'length.tooLong', said),
      ...(tooShort ? { missing: true } : {}),
      suggestion: messages.t(tooShort ? 'length.tooShort.suggestion' : 'length.tooLong.suggestion'),
      details: {
        why: messages.t('length.out.why', { ranges, why: messages.t('length.why') }),
        sources: wordsOut ? sources : [...sources].reverse(),
      },
    },
  ];
}
