import { z } from 'zod';
import rules from '../../../content/rules/readability.json';
import { parseContent } from '../parse-content';
import type { Language } from '../draft/draft-schema';
import type { CheckContext } from './check-context';
import { clip } from './excerpt';
import type { CheckFinding, Occurrence } from './finding';
import { easeBand, lixBand, LIX_SOURCE, READING_FORMULAS, type ReadingFormula } from './readability-formulas';
import type { CheckMessages } from './messages/check-messages';
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

function hardSentenceFinding(
  sentence: SentenceScore,
  fieldText: string | undefined,
  formula: ReadingFormula,
  messages: CheckMessages,
  language: Language,
): CheckFinding {
  // About one syllable in four above the language's usual word length (English 1.4, German 1.7, Spanish 2).
  const longWords = sentence.syllables / sentence.words >= 1.7;
  const place = sentence.field && fieldText !== undefined ? locateSentence(fieldText, sentence.text) : undefined;
  const occurrence: Occurrence | undefined = place && sentence.field ? { field: sentence.field, ...place } : undefined;
  return {
    id: `${CHECK}:sentence:${hash(sentence.text.toLowerCase())}`,
    check: CHECK,
    severity: 'warning',
    message: messages.t('readability.sentence', {
      formula: messages.t(`formula.${language}.name`),
      ease: round(sentence.readingEase),
      words: sentence.words,
    }),
    suggestion:
      [
        sentence.words > 20 ? messages.t('readability.sentence.split') : '',
        longWords ? messages.t('readability.sentence.shorterWords') : '',
      ]
        .filter(Boolean)
        .join(' ') || messages.t('readability.sentence.simpler'),
    details: {
      why: messages.t('readability.sentence.why'),
      sources: [formula.source],
    },
    ...(sentence.field ? { field: sentence.field } : {}),
    excerpt: clip(sentence.text),
    ...(occurrence ? { occurrences: [occurrence] } : {}),
  };
}

/** The writer's prose scored as one text, field by field so each sentence knows where it was written. */
export function scoreOwnText(context: Pick<CheckContext, 'text'>): ReadabilityScore | undefined {
  return scoreReadability(context.text.prose, context.text.language);
}

/** "Reading ease 64 (Flesch reading ease for German (Amstad), standard), LIX 41 (medium)". */
export function describeScore(score: ReadabilityScore, messages: CheckMessages): string {
  const formula = READING_FORMULAS[score.language];
  return messages.t('readability.describe', {
    ease: round(score.readingEase),
    formula: messages.t(`formula.${score.language}.name`),
    band: messages.t(`band.${easeBand(formula, score.readingEase)}`),
    lix: round(score.lix),
    lixBand: messages.t(`lix.${lixBand(score.lix)}`),
  });
}

/**
 * The reading ease of the writer's own prose by the formula of its language (Flesch–Kincaid grade too in
 * English), LIX beside it, with the sentences that pull it down most when it is under the target.
 */
export function checkReadability(context: CheckContext, score = scoreOwnText(context)): CheckFinding[] {
  if (!score) return [];
  const { messages } = context;
  const { language } = score;
  const formula = READING_FORMULAS[language];
  const target = formula.target;
  const why = messages.t('readability.why', {
    rulesWhy: messages.t('readability.rulesWhy'),
    scope: messages.t('readability.scope'),
    words: score.words,
    sentences: score.sentences,
    perWord: messages.fixed(score.syllables / score.words, 2),
    longWords: score.longWords,
    formula: messages.t(`formula.${language}.name`),
    written: messages.t(`formula.${language}.written`),
    bandSource: messages.t(`formula.${language}.bandSource`),
  });
  const sources = [formula.source, ...(score.grade === undefined ? [] : [readabilityRules.gradeSource]), LIX_SOURCE];
  const plain = describeScore(score, messages);
  const described =
    score.grade === undefined
      ? plain
      : messages.t('readability.grade', { described: plain, grade: Math.max(0, round(score.grade)) });
  if (score.readingEase >= target) {
    return [
      {
        id: `${CHECK}:score`,
        check: CHECK,
        severity: 'info',
        message: messages.t('readability.plain', { described, target }),
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
    .map((s) => hardSentenceFinding(s, s.field ? texts.get(s.field) : undefined, formula, messages, language))
    .filter((f) => !seen.has(f.id) && seen.add(f.id));
  return [
    {
      id: `${CHECK}:score`,
      check: CHECK,
      severity: 'warning',
      message: messages.t('readability.hard', { described, target }),
      suggestion: messages.t('readability.hardAdvice', { advice: messages.t(`formula.${language}.advice`) }),
      details: { why, sources },
    },
    ...hard,
  ];
}
