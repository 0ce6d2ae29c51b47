import { z } from 'zod';
import rules from '../../content/rules/readability.json';
import type { Draft } from '../draft/draft-schema';
import type { Finding } from './finding';
import { scoreReadability, type SentenceScore } from './readability-score';
import { collectTextFields, draftPlainText, type TextField } from './text-fields';

const CHECK = 'readability';

const readabilityRulesSchema = z.object({
  targetReadingEase: z.number(),
  hardestSentences: z.number().int().min(0),
  minWordsForHardSentence: z.number().int().min(1),
  why: z.string(),
  source: z.object({ title: z.string(), url: z.string().optional() }),
  gradeSource: z.object({ title: z.string(), url: z.string().optional() }),
});

export const readabilityRules = readabilityRulesSchema.parse(rules);

const round = (n: number) => Math.round(n);

/** The draft field a sentence of the rendered text came from, so the UI can point at it. */
function fieldOf(sentence: string, fields: TextField[]): string | undefined {
  const probe = sentence.slice(0, 60);
  return fields.find((f) => f.text.includes(probe))?.field;
}

function hardSentenceFinding(sentence: SentenceScore, index: number, fields: TextField[]): Finding {
  const field = fieldOf(sentence.text, fields);
  const longWords = sentence.syllables / sentence.words >= 1.7;
  return {
    id: `${CHECK}:sentence:${index}`,
    check: CHECK,
    severity: 'warning',
    message:
      `One of the hardest sentences to read (reading ease ${round(sentence.readingEase)}, ${sentence.words} words): ` +
      'it pulls the whole posting down.',
    source: readabilityRules.source,
    ...(field ? { field } : {}),
    excerpt: sentence.text,
    suggestion:
      [
        sentence.words > 20 ? 'Split it into two or three shorter sentences.' : '',
        longWords ? 'Use shorter, everyday words where you can.' : '',
      ]
        .filter(Boolean)
        .join(' ') || 'Shorten it or use simpler words.',
  };
}

/**
 * Flesch reading ease and Flesch–Kincaid grade of the posting (the rendered text when given, otherwise
 * the draft's own prose), with the sentences that pull it down when it is under the target.
 */
export function checkReadability(draft: Draft, input: { renderedText?: string } = {}): Finding[] {
  const score = scoreReadability(input.renderedText ?? draftPlainText(draft));
  if (!score) return [];
  const target = readabilityRules.targetReadingEase;
  const ease = round(score.readingEase);
  const grade = Math.max(0, round(score.grade));
  if (score.readingEase >= target) {
    return [
      {
        id: `${CHECK}:score`,
        check: CHECK,
        severity: 'info',
        message: `Reading ease ${ease} (Flesch), about US grade ${grade}: at or above the target of ${target}. ${readabilityRules.why}`,
        source: readabilityRules.source,
      },
    ];
  }
  const fields = collectTextFields(draft);
  const hardest = score.perSentence
    .filter((s) => s.words >= readabilityRules.minWordsForHardSentence && s.readingEase < target)
    .sort((a, b) => a.readingEase - b.readingEase)
    .slice(0, readabilityRules.hardestSentences);
  return [
    {
      id: `${CHECK}:score`,
      check: CHECK,
      severity: 'warning',
      message:
        `Reading ease ${ease} (Flesch), about US grade ${grade}: below the target of ${target}. ${readabilityRules.why} ` +
        `(${score.words} words in ${score.sentences} sentences, ${(score.syllables / score.words).toFixed(2)} syllables a word.)`,
      source: readabilityRules.source,
      suggestion: 'Shorter sentences and everyday words raise the score most; the hardest sentences are listed.',
    },
    ...hardest.map((sentence, index) => hardSentenceFinding(sentence, index, fields)),
  ];
}
