import type { RoleCatalog } from '../catalog/schema';
import type { Draft } from '../draft/draft-schema';
import { checkCompleteness } from './completeness';
import { checkExclusionary } from './exclusionary';
import { sortFindings, type Finding } from './finding';
import { checkGenderCoded } from './gender-coded';
import { checkLength } from './length';
import { checkPayTransparency } from './pay-transparency';
import { checkReadability } from './readability';
import { checkRequirements } from './requirements';

// The face of lib/checks: runs every check, each a pure function of the draft (and its rendered text).

export interface CheckInput {
  catalog: RoleCatalog;
  /** The posting as plain text from the render pipeline; without it, the draft's own prose is scored. */
  renderedText?: string;
  /** The day laws and closing dates are judged against; now, unless a test pins it. */
  today?: Date;
}

/** Every finding for the draft, errors first, then warnings, then info (stable within each). */
export function runChecks(draft: Draft, input: CheckInput): Finding[] {
  const today = input.today ?? new Date();
  return sortFindings([
    ...checkPayTransparency(draft, { today }),
    ...checkCompleteness(draft, { today }),
    ...checkRequirements(draft, { catalog: input.catalog }),
    ...checkExclusionary(draft),
    ...checkGenderCoded(draft),
    ...checkReadability(draft, { renderedText: input.renderedText }),
    ...checkLength(draft, { renderedText: input.renderedText }),
  ]);
}

export { findingSchema, sortFindings, summarizeFindings, SEVERITIES } from './finding';
export type { Finding, FindingFix, FindingSource, FindingSummary, Severity } from './finding';
export { checkCompleteness } from './completeness';
export { checkExclusionary } from './exclusionary';
export { checkGenderCoded, genderCodedReport } from './gender-coded';
export type { GenderCodedReport, GenderCodedVerdict } from './gender-coded';
export type { CodedWord } from './gender-coded-words';
export { checkLength, measureLength } from './length';
export { checkPayTransparency } from './pay-transparency';
export { findApplicablePayRules } from './pay-rules';
export type { ApplicablePayRule, PayJurisdiction } from './pay-rules';
export { checkReadability } from './readability';
export { scoreReadability } from './readability-score';
export { checkRequirements } from './requirements';
export { applyFix } from './text-fix';
