import { z } from 'zod';
import rules from '../../../content/rules/completeness.json';
import { parseContent } from '../parse-content';
import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource, Severity } from './finding';
import type { CheckMessages, MessageValues } from './messages/check-messages';
import { findApplicablePayLaws, isoDay } from './pay-laws';

const CHECK = 'completeness';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const completenessRulesSchema = z.object({ sources: z.object({ google: sourceSchema, schemaOrg: sourceSchema }) });
const { sources } = parseContent(completenessRulesSchema, rules, 'content/rules/completeness.json');

/** A gap's finding id and the key of its words (`completeness.<key>`, `.suggestion`, `.why`). */
type GapKey =
  | 'pay'
  | 'location'
  | 'apply'
  | 'closing-date'
  | 'closing-date-past'
  | 'remote-countries'
  | 'city'
  | 'summary'
  | 'responsibilities'
  | 'skills'
  | 'benefits'
  | 'company-about'
  | 'company-website';

interface Gap {
  key: GapKey;
  severity: Severity;
  field: string;
  /** Values the message fills in. */
  values?: MessageValues;
  source?: FindingSource;
  /** False when something is filled in but wrong (a past date), not simply missing. */
  missing?: boolean;
}

function finding(
  messages: CheckMessages,
  { key, severity, field, values, source = sources.google, missing = true }: Gap,
) {
  return {
    id: `${CHECK}:${key}`,
    check: CHECK,
    severity,
    message: messages.t(`${CHECK}.${key}`, values),
    suggestion: messages.t(`${CHECK}.${key}.suggestion`),
    ...(missing ? { missing: true } : {}),
    details: { why: messages.t(`${CHECK}.${key}.why`), sources: [source] },
    field,
  } satisfies CheckFinding;
}

/** Missing essentials (pay, where, how to apply, until when) and the schema.org fields Google recommends. */
export function checkCompleteness({ draft, today, messages }: CheckContext): CheckFinding[] {
  const gaps: Gap[] = [];
  // A missing range where a law applies is the pay-transparency check's error; saying it twice adds nothing.
  if (!draft.compensation && findApplicablePayLaws(draft, today).length === 0) {
    gaps.push({
      key: 'pay',
      severity: 'warning',
      field: 'compensation',
    });
  }
  if (draft.job.workplace !== 'remote' && !draft.job.location) {
    gaps.push({
      key: 'location',
      severity: 'warning',
      field: 'job.location',
    });
  }
  if (!draft.apply.url && !draft.apply.email) {
    gaps.push({
      key: 'apply',
      severity: 'error',
      field: 'apply.url',
    });
  }
  const closing = draft.apply.closingDate;
  if (!closing) {
    gaps.push({
      key: 'closing-date',
      severity: 'info',
      field: 'apply.closingDate',
    });
  } else if (closing < isoDay(today)) {
    gaps.push({
      key: 'closing-date-past',
      severity: 'warning',
      field: 'apply.closingDate',
      values: { date: closing },
      missing: false,
    });
  }
  if (draft.job.workplace === 'remote' && !draft.job.remoteCountries?.length) {
    gaps.push({
      key: 'remote-countries',
      severity: 'warning',
      field: 'job.remoteCountries',
    });
  }
  if (draft.job.location && !draft.job.location.city && draft.job.workplace !== 'remote') {
    gaps.push({
      key: 'city',
      severity: 'info',
      field: 'job.location.city',
    });
  }
  if (!draft.job.summary?.trim()) {
    gaps.push({
      key: 'summary',
      severity: 'warning',
      field: 'job.summary',
    });
  }
  if (draft.responsibilities.length === 0) {
    gaps.push({
      key: 'responsibilities',
      severity: 'warning',
      field: 'responsibilities',
      source: sources.schemaOrg,
    });
  }
  if (draft.skills.length === 0) {
    gaps.push({
      key: 'skills',
      severity: 'warning',
      field: 'skills',
      source: sources.schemaOrg,
    });
  }
  if (draft.benefits.length === 0) {
    gaps.push({
      key: 'benefits',
      severity: 'info',
      field: 'benefits',
      source: sources.schemaOrg,
    });
  }
  if (!draft.company.about?.trim()) {
    gaps.push({
      key: 'company-about',
      severity: 'info',
      field: 'company.about',
      source: sources.schemaOrg,
    });
  }
  if (!draft.company.website) {
    gaps.push({
      key: 'company-website',
      severity: 'info',
      field: 'company.website',
    });
  }
  return gaps.map((gap) => finding(messages, gap));
}
