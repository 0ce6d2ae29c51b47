import { z } from 'zod';
import type { Language } from '../draft/draft-schema';
import type { CheckMessages } from './messages/check-messages';
import type { MessageKey } from './messages/english';

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

/** The checks that run only in some languages, and those languages; messages say why not in the others. */
const LIMITED: Partial<Record<CheckId, readonly Language[]>> = {
  exclusionary: ['en'],
  'gender-coded': ['en'],
  'job-title': ['de', 'fr'],
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

export const runsIn = (check: CheckId, language: Language) => LIMITED[check]?.includes(language) ?? true;

/** Each check's state for a draft in `language`, said in the messages' language. */
export function checkStates(language: Language, messages: CheckMessages): CheckState[] {
  return CHECK_IDS.map((check) => {
    const label = messages.t(`check.${check}`);
    if (runsIn(check, language)) return { check, label, status: 'checked' as const };
    const reason = messages.t(`notChecked.${check}` as MessageKey, {
      language: messages.languageName(language),
    });
    return { check, label, status: 'not_checked' as const, reason };
  });
}
