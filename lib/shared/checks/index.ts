import { z } from 'zod';
import type { RoleCatalog } from '../catalog/schema';
import type { Draft, Language } from '../draft/draft-schema';
import { stepForField } from '../draft/step-schemas';
import type { Check, CheckContext } from './check-context';
import { fitFindings } from './answer-size';
import { checkStates, runsIn, type CheckId } from './check-states';
import { checkCompleteness } from './completeness';
import { checkExclusionary } from './exclusionary';
import { findingSchema, sortFindings, type CheckFinding, type Finding } from './finding';
import { checkGenderCoded } from './gender-coded';
import { checkJobTitle } from './job-title';
import { checkLength } from './length';
import { checkPayTransparency } from './pay-transparency';
import { checkReadability, scoreOwnText } from './readability';
import { checkRequirements } from './requirements';
import { postingScoreSchema, scorePosting } from './score';
import { checkMessages } from './messages/check-messages';
import { buildTextModel } from './text-model';

// The face of lib/shared/checks: builds the draft's text once, runs every check on it, applies the author's
// dismissals and sums the posting up in a score.

export interface CheckInput {
  catalog: RoleCatalog;
  /** The posting as plain text from the render pipeline (for length); without it, the fields are joined. */
  renderedText?: string;
  /** The day laws and closing dates are judged against; now, unless a test pins it. */
  today?: Date;
  /** The language the findings and the score are said in (the builder's); English when absent. */
  lang?: Language;
}

/** The answer of POST /api/checks: findings (errors first; dismissed ones included, slim and marked) and the score. */
export const checkResultSchema = z.object({ findings: z.array(findingSchema), score: postingScoreSchema });

export type CheckResult = z.infer<typeof checkResultSchema>;

const CHECKS: [CheckId, Check][] = [
  ['pay-transparency', checkPayTransparency],
  ['completeness', checkCompleteness],
  ['requirements', checkRequirements],
  ['job-title', checkJobTitle],
  ['exclusionary', checkExclusionary],
  ['gender-coded', checkGenderCoded],
  ['length', checkLength],
];

export function runChecks(draft: Draft, input: CheckInput): CheckResult {
  const dismissals = new Map((draft.dismissed ?? []).map((d) => [d.finding, d.reason]));
  const context: CheckContext = {
    draft,
    text: buildTextModel(draft, input.renderedText),
    catalog: input.catalog,
    today: input.today ?? new Date(),
    dismissed: new Set(dismissals.keys()),
    messages: checkMessages(input.lang ?? 'en'),
  };
  const { language } = context.text;
  const readability = scoreOwnText(context);
  const raw: CheckFinding[] = [
    ...CHECKS.flatMap(([id, check]) => (runsIn(id, language) ? check(context) : [])),
    ...checkReadability(context, readability),
  ];
  const findings = fitFindings(
    sortFindings(
      raw.map((finding): Finding => {
        const step = finding.step ?? (finding.field ? stepForField(finding.field) : 'review');
        const reason = dismissals.get(finding.id);
        if (reason === undefined) return { ...finding, step };
        const { id, check, severity, message } = finding;
        return { id, check, severity, step, message, dismissed: true, reason };
      }),
    ),
  );
  return {
    findings,
    score: scorePosting(findings, readability, checkStates(language, context.messages), language, context.messages),
  };
}

export {
  dismissedFindingSchema,
  findingSchema,
  isStanding,
  standingFindingSchema,
  findingFixSchema,
  occurrenceSchema,
  sortFindings,
  summarizeFindings,
  SEVERITIES,
} from './finding';
export type {
  DismissedFinding,
  Finding,
  StandingFinding,
  FindingDetails,
  FindingFix,
  FindingSource,
  FindingSummary,
  Occurrence,
  Severity,
} from './finding';
export { postingScoreSchema, SCORE_PARTS, type PostingScore, type ScorePart } from './score';
export { checkStateSchema, type CheckState } from './check-states';
export { READABILITY_SCOPE } from './readability-scope';
export { findApplicablePayLaws, type ApplicablePayLaw, type PayJurisdiction } from './pay-laws';
export { applyFix } from './text-fix';
