import { z } from 'zod';
import { LANGUAGES, type Language } from '../draft/draft-schema';
import { checkStateSchema, type CheckState } from './check-states';
import type { Finding, Severity } from './finding';
import { easeBand, lixBand, READING_FORMULAS } from './readability-formulas';
import type { CheckMessages } from './messages/check-messages';
import type { ReadabilityScore } from './text-statistics';

// One number from 0 to 100 for the posting, from four parts; every point lost is traced to a finding, so
// the explanation can say what moves it. Dismissed findings never cost points.

export const SCORE_PARTS = [
  { id: 'inclusive', weight: 30, checks: ['exclusionary', 'gender-coded', 'job-title', 'requirements'] },
  { id: 'readability', weight: 20, checks: ['readability'] },
  { id: 'completeness', weight: 30, checks: ['completeness', 'length'] },
  { id: 'compliance', weight: 20, checks: ['pay-transparency'] },
] as const;

export type ScorePartId = (typeof SCORE_PARTS)[number]['id'];

/** Points a standing finding takes off its part. */
export const PENALTY: Record<Severity, number> = { error: 60, warning: 15, info: 5 };
/** Reading ease this far under the target scores 0 for readability. */
const READABILITY_RANGE = 30;
/** The target reading ease; every language's formula keeps Flesch's scale, so it is the same number. */
const TARGET = READING_FORMULAS.en.target;

export const scorePartSchema = z.object({
  id: z.enum(SCORE_PARTS.map((p) => p.id) as [ScorePartId, ...ScorePartId[]]),
  label: z.string(),
  score: z.number().int().min(0).max(100),
  weight: z.number().describe('Share of the total, in percent'),
  lost: z
    .array(z.object({ finding: z.string(), points: z.number().int() }))
    .describe('The findings that cost this part points, most first'),
  note: z.string().describe('What this part measures and what raises it'),
  notChecked: z
    .array(z.string())
    .optional()
    .describe('Checks of this part that did not run for the language: they neither cost nor earn points'),
});

export const readabilityMeasureSchema = z
  .object({
    language: z.enum(LANGUAGES),
    formula: z
      .string()
      .describe('The reading-ease formula of the language, e.g. "Flesch reading ease for German (Amstad)"'),
    readingEase: z.number(),
    band: z.string().describe('The formula’s band the score falls in, e.g. "fairly difficult"'),
    lix: z.number().describe('LIX: words per sentence + percentage of words longer than six letters'),
    lixBand: z.string(),
    words: z.number().int(),
    sentences: z.number().int(),
    syllables: z.number().int(),
    longWords: z.number().int(),
  })
  .describe('The measures behind the readability part, rounded to one decimal');

export const postingScoreSchema = z.object({
  total: z.number().int().min(0).max(100),
  parts: z.array(scorePartSchema),
  explanation: z.string().describe('How the score is made, in plain words'),
  language: z.enum(LANGUAGES).describe('The language the draft is written in, which the checks followed'),
  checks: z
    .array(checkStateSchema)
    .describe('Every check and whether it ran for the draft’s language (`not_checked` with the reason)'),
  readability: readabilityMeasureSchema.optional().describe('Absent until there is prose to measure'),
});

export type ScorePart = z.infer<typeof scorePartSchema>;
export type PostingScore = z.infer<typeof postingScoreSchema>;

function note(part: ScorePartId, messages: CheckMessages): string {
  switch (part) {
    case 'inclusive':
      return messages.t('score.note.inclusive', { warning: PENALTY.warning, info: PENALTY.info });
    case 'readability':
      return messages.t('score.note.readability', {
        target: TARGET,
        floor: TARGET - READABILITY_RANGE,
        scope: messages.t('readability.scope'),
      });
    case 'completeness':
      return messages.t('score.note.completeness', { warning: PENALTY.warning, info: PENALTY.info });
    case 'compliance':
      return messages.t('score.note.compliance', { error: PENALTY.error, warning: PENALTY.warning });
  }
}

function readabilityPart(
  findings: readonly Finding[],
  measured: ReadabilityScore | undefined,
  messages: CheckMessages,
) {
  const scoreFinding = findings.find((f) => f.id === 'readability:score');
  if (!measured) return { score: 0, lost: [], note: messages.t('score.nothingWritten') };
  if (scoreFinding?.dismissed) return { score: 100, lost: [], note: undefined };
  const target = READING_FORMULAS[measured.language].target;
  const gap = Math.max(0, target - measured.readingEase);
  const score = Math.round(100 * Math.max(0, 1 - gap / READABILITY_RANGE));
  return { score, lost: score < 100 ? [{ finding: 'readability:score', points: 100 - score }] : [], note: undefined };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function readabilityMeasure(
  measured: ReadabilityScore,
  messages: CheckMessages,
): z.infer<typeof readabilityMeasureSchema> {
  const formula = READING_FORMULAS[measured.language];
  return {
    language: measured.language,
    formula: messages.t(`formula.${measured.language}.name`),
    readingEase: oneDecimal(measured.readingEase),
    band: messages.t(`band.${easeBand(formula, measured.readingEase)}`),
    lix: oneDecimal(measured.lix),
    lixBand: messages.t(`lix.${lixBand(measured.lix)}`),
    words: measured.words,
    sentences: measured.sentences,
    syllables: measured.syllables,
    longWords: measured.longWords,
  };
}

/**
 * The posting's score from its findings (dismissed ones excluded), the measured reading ease and which
 * checks ran: a part is judged on its checks that ran, and says which did not.
 */
export function scorePosting(
  findings: readonly Finding[],
  measured: ReadabilityScore | undefined,
  checks: readonly CheckState[],
  language: Language,
  messages: CheckMessages,
): PostingScore {
  const notRun = new Set(checks.filter((c) => c.status === 'not_checked').map((c) => c.check));
  const parts: ScorePart[] = SCORE_PARTS.map((part): ScorePart => {
    const notChecked = part.checks.filter((check) => notRun.has(check));
    const withNotChecked = (p: ScorePart): ScorePart =>
      notChecked.length
        ? {
            ...p,
            notChecked,
            note: messages.t('score.note.notChecked', { note: p.note, checks: notChecked.join(', ') }),
          }
        : p;
    return withNotChecked(scorePart(part, findings, measured, messages));
  });
  const total = Math.round(parts.reduce((sum, p) => sum + p.score * p.weight, 0) / 100);
  return {
    total,
    parts,
    explanation: messages.t('score.explanation'),
    language,
    checks: [...checks],
    ...(measured ? { readability: readabilityMeasure(measured, messages) } : {}),
  };
}

function scorePart(
  part: (typeof SCORE_PARTS)[number],
  findings: readonly Finding[],
  measured: ReadabilityScore | undefined,
  messages: CheckMessages,
): ScorePart {
  const label = messages.t(`score.part.${part.id}`);
  // Wording is judged on what was written: with no prose yet there is nothing to earn the part.
  if (part.id === 'inclusive' && !measured) {
    return { id: part.id, label, score: 0, weight: part.weight, lost: [], note: messages.t('score.nothingWritten') };
  }
  if (part.id === 'readability') {
    const { score, lost, note: own } = readabilityPart(findings, measured, messages);
    return { id: part.id, label, score, weight: part.weight, lost, note: own ?? note(part.id, messages) };
  }
  const checks: readonly string[] = part.checks;
  const lost = findings
    .filter((f) => !f.dismissed && checks.includes(f.check))
    // A verdict that is only informative (neutral, a mild lean) and "length is fine" cost nothing.
    .filter((f) => !(f.severity === 'info' && (f.id === 'gender-coded:verdict' || f.id === 'length:ok')))
    .map((f) => ({ finding: f.id, points: PENALTY[f.severity] }))
    .sort((a, b) => b.points - a.points);
  const score = Math.max(0, 100 - lost.reduce((sum, l) => sum + l.points, 0));
  return { id: part.id, label, score, weight: part.weight, lost, note: note(part.id, messages) };
}
