import { z } from 'zod';
import rules from '../../content/rules/readability.json';
import { parseContent } from '../content/parse-content';
import type { CheckContext } from './check-context';
import { clip } from './excerpt';
import type { CheckFinding, Occurrence } from './finding';
import { READABILITY_SCOPE } from './readability-scope';
import { scoreReadability, wordsOf, type ReadabilityScore, type SentenceScore } from './text-statistics';

const CHECK = 'readability';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const readabilityRulesSchema = z.object({
  targetReadingEase: z.number(),
  hardestSentences: z.number().int().min(0),
  minWordsForHardSentence: z.number().int().min(1),
  why: z.string(),
  source: sourceSchema,
  gradeSource: sourceSchema,
});

export const readabilityRules = parseContent(readabilityRulesSchema, rules, 'content/rules/readability.json');

const round = (n: number) => Math.round(n);

/** A short, stable hash (FNV-1a) so a sentence keeps its id wherever it moves. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a (normalised) sentence stands in the field text, found by its first and last words. */
export function locateSentence(fieldText: string, sentence: string): { start: number; end: number } | undefined {
  const words = wordsOf(sentence);
  if (words.length === 0) return undefined;
  const gap = '[^\\p{L}\\p{N}]+?';
  const head = new RegExp(words.slice(0, 4).map(escape).join(gap), 'u').exec(fieldText);
  if (!head) return undefined;
  const tailWords = words.slice(-3).map(escape).join(gap);
  const tail = new RegExp(tailWords, 'gu');
  tail.lastIndex = head.index;
  const last = tail.exec(fieldText);
  const end = last ? last.index + last[0].length : head.index + head[0].length;
  const after = /^[.!?…]*/.exec(fieldText.slice(end))![0].length;
  return { start: head.index, end: end + after };
}

function hardSentenceFinding(sentence: SentenceScore, fieldText: string | undefined): CheckFinding {
  const longWords = sentence.syllables / sentence.words >= 1.7;
  const place = sentence.field && fieldText !== undefined ? locateSentence(fieldText, sentence.text) : undefined;
  const occurrence: Occurrence | undefined = place && sentence.field ? { field: sentence.field, ...place } : undefined;
  return {
    id: `${CHECK}:sentence:${hash(sentence.text.toLowerCase())}`,
    check: CHECK,
    severity: 'warning',
    message: `A hard sentence (reading ease ${round(sentence.readingEase)}, ${sentence.words} words).`,
    suggestion:
      [
        sentence.words > 20 ? 'Split it into two or three shorter sentences.' : '',
        longWords ? 'Use shorter, everyday words where you can.' : '',
      ]
        .filter(Boolean)
        .join(' ') || 'Shorten it or use simpler words.',
    details: {
      why: 'It is among the sentences that pull the reading ease down most.',
      sources: [readabilityRules.source],
    },
    ...(sentence.field ? { field: sentence.field } : {}),
    excerpt: clip(sentence.text),
    ...(occurrence ? { occurrences: [occurrence] } : {}),
  };
}

/** The writer's prose scored as one text, field by field so each sentence knows where it was written. */
export function scoreOwnText(context: Pick<CheckContext, 'text'>): ReadabilityScore | undefined {
  return scoreReadability(context.text.prose);
}

/**
 * Flesch reading ease and Flesch–Kincaid grade of the writer's own prose, with the sentences that pull it
 * down most when it is under the target.
 */
export function checkReadability(context: CheckContext, score = scoreOwnText(context)): CheckFinding[] {
  if (!score) return [];
  const target = readabilityRules.targetReadingEase;
  const ease = round(score.readingEase);
  const grade = Math.max(0, round(score.grade));
  const why =
    `${readabilityRules.why} ${READABILITY_SCOPE} ` +
    `${score.words} words in ${score.sentences} sentences, ${(score.syllables / score.words).toFixed(2)} syllables a word.`;
  const sources = [readabilityRules.source, readabilityRules.gradeSource];
  if (score.readingEase >= target) {
    return [
      {
        id: `${CHECK}:score`,
        check: CHECK,
        severity: 'info',
        message: `Reading ease ${ease}, about US grade ${grade}: plain enough (target ${target}).`,
        details: { why, sources },
      },
    ];
  }
  const texts = new Map(context.text.prose.map((f) => [f.field, f.text]));
  const hardest = score.perSentence
    .filter((s) => s.words >= readabilityRules.minWordsForHardSentence && s.readingEase < target)
    .sort((a, b) => a.readingEase - b.readingEase)
    .slice(0, readabilityRules.hardestSentences);
  const seen = new Set<string>();
  const hard = hardest
    .map((s) => hardSentenceFinding(s, s.field ? texts.get(s.field) : undefined))
    .filter((f) => !seen.has(f.id) && seen.add(f.id));
  return [
    {
      id: `${CHECK}:score`,
      check: CHECK,
      severity: 'warning',
      message: `Reading ease ${ease}, about US grade ${grade}: harder than the target of ${target}.`,
      suggestion: 'Shorter sentences and everyday words raise it most; the hardest sentences are marked.',
      details: { why, sources },
    },
    ...hard,
  ];
}
