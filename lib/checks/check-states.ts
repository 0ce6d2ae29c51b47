import { LANGUAGE_NAMES } from '../draft/language-names';
import { z } from 'zod';
import type { Language } from '../draft/draft-schema';

// Which checks run for a posting's language. A word list runs only in the language its published source
// studied; elsewhere the answer says "not checked for this language" instead of passing the text silently or
// reading German with an English list. The score counts only the checks that ran.

export const CHECK_STATUSES = ['checked', 'not_checked'] as const;

export const checkStateSchema = z
  .object({
    check: z.string().describe('The check, as findings name it in `check`'),
    label: z.string().describe('The check in words, e.g. "Gender-coded words"'),
    status: z.enum(CHECK_STATUSES),
    reason: z.string().optional().describe('Why the check did not run for this language'),
  })
  .describe('Whether one check ran on this draft');

export type CheckState = z.infer<typeof checkStateSchema>;

/** The checks that run only in some languages, the languages, and why not in the others. */
const LIMITED: Record<string, { languages: readonly Language[]; reason: (language: string) => string }> = {
  exclusionary: {
    languages: ['en'],
    reason: (language) =>
      `Not checked for this language: the exclusionary and cliché list is English, drawn from English-language ` +
      `guides, and no published ${language} list was found to cite.`,
  },
  'gender-coded': {
    languages: ['en'],
    reason: (language) =>
      `Not checked for this language: the gender-coded word list (Gaucher, Friesen and Kay, 2011, and Gender ` +
      `Decoder) was measured on English job ads; no published ${language} list was found to cite.`,
  },
  'job-title': {
    languages: ['de', 'fr'],
    reason: (language) =>
      `Not checked for this language: the gender marker in a job title is checked for German (AGG) and French ` +
      `(Code du travail) postings; ${language} has no such rule here yet.`,
  },
};

/** Every check in the order runChecks runs them. */
export const CHECK_IDS = [
  'pay-transparency',
  'completeness',
  'requirements',
  'job-title',
  'exclusionary',
  'gender-coded',
  'length',
  'readability',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

const LABELS: Record<CheckId, string> = {
  'pay-transparency': 'Pay-transparency laws',
  completeness: 'Completeness',
  requirements: 'Requirements',
  'job-title': 'Gender marker in the job title',
  exclusionary: 'Exclusionary wording and clichés',
  'gender-coded': 'Gender-coded words',
  length: 'Length',
  readability: 'Readability',
};

export const runsIn = (check: string, language: Language) => LIMITED[check]?.languages.includes(language) ?? true;

/** Each check's state for a draft in `language`. */
export function checkStates(language: Language): CheckState[] {
  return CHECK_IDS.map((check) => {
    const label = LABELS[check];
    return runsIn(check, language)
      ? { check, label, status: 'checked' as const }
      : { check, label, status: 'not_checked' as const, reason: LIMITED[check]!.reason(LANGUAGE_NAMES[language]) };
  });
}
