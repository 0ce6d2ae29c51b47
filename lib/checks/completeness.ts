import { z } from 'zod';
import rules from '../../content/rules/completeness.json';
import { parseContent } from '../content/parse-content';
import type { CheckContext } from './check-context';
import type { CheckFinding, FindingSource, Severity } from './finding';
import { findApplicablePayLaws, isoDay } from './pay-laws';

const CHECK = 'completeness';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const completenessRulesSchema = z.object({ sources: z.object({ google: sourceSchema, schemaOrg: sourceSchema }) });
const { sources } = parseContent(completenessRulesSchema, rules, 'content/rules/completeness.json');

interface Gap {
  key: string;
  severity: Severity;
  field: string;
  message: string;
  suggestion: string;
  why: string;
  source?: FindingSource;
  /** False when something is filled in but wrong (a past date), not simply missing. */
  missing?: boolean;
}

function finding({ key, severity, field, message, suggestion, why, source = sources.google, missing = true }: Gap) {
  return {
    id: `${CHECK}:${key}`,
    check: CHECK,
    severity,
    message,
    suggestion,
    ...(missing ? { missing: true } : {}),
    details: { why, sources: [source] },
    field,
  } satisfies CheckFinding;
}

/** Missing essentials (pay, where, how to apply, until when) and the schema.org fields Google recommends. */
export function checkCompleteness({ draft, today }: CheckContext): CheckFinding[] {
  const gaps: Gap[] = [];
  // A missing range where a law applies is the pay-transparency check's error; saying it twice adds nothing.
  if (!draft.compensation && findApplicablePayLaws(draft, today).length === 0) {
    gaps.push({
      key: 'pay',
      severity: 'warning',
      field: 'compensation',
      message: 'No pay range.',
      suggestion: 'Add the pay range you expect to pay.',
      why: 'Pay is what applicants look for first, and Google for Jobs shows it (baseSalary, recommended) when given.',
    });
  }
  if (draft.job.workplace !== 'remote' && !draft.job.location) {
    gaps.push({
      key: 'location',
      severity: 'warning',
      field: 'job.location',
      message: 'No location for an on-site or hybrid job.',
      suggestion: 'Add the city and country.',
      why: 'Applicants cannot tell where they would work, and Google requires jobLocation.',
    });
  }
  if (!draft.apply.url && !draft.apply.email) {
    gaps.push({
      key: 'apply',
      severity: 'error',
      field: 'apply.url',
      message: 'No way to apply.',
      suggestion: 'Add an application link or email.',
      why: 'Without a link or an address, nobody can apply.',
    });
  }
  const closing = draft.apply.closingDate;
  if (!closing) {
    gaps.push({
      key: 'closing-date',
      severity: 'info',
      field: 'apply.closingDate',
      message: 'No closing date.',
      suggestion: 'Add a closing date.',
      why: 'Applicants like to know how long they have, and Google recommends validThrough so the job drops out of search when it closes.',
    });
  } else if (closing < isoDay(today)) {
    gaps.push({
      key: 'closing-date-past',
      severity: 'warning',
      field: 'apply.closingDate',
      message: `The closing date ${closing} has passed.`,
      suggestion: 'Move the closing date forward or take the posting down.',
      why: 'The job reads as closed, and Google drops expired postings (validThrough).',
      missing: false,
    });
  }
  if (draft.job.workplace === 'remote' && !draft.job.remoteCountries?.length) {
    gaps.push({
      key: 'remote-countries',
      severity: 'warning',
      field: 'job.remoteCountries',
      message: 'A remote job with no countries.',
      suggestion: 'List the countries people can work from.',
      why: 'Applicants cannot tell whether they are eligible, and Google expects applicantLocationRequirements for remote jobs.',
    });
  }
  if (draft.job.location && !draft.job.location.city && draft.job.workplace !== 'remote') {
    gaps.push({
      key: 'city',
      severity: 'info',
      field: 'job.location.city',
      message: 'No city.',
      suggestion: 'Add the city.',
      why: 'Google recommends addressLocality so the job shows up in searches near it.',
    });
  }
  if (!draft.job.summary?.trim()) {
    gaps.push({
      key: 'summary',
      severity: 'warning',
      field: 'job.summary',
      message: 'No summary.',
      suggestion: 'Add two or three sentences on what the job is and why it matters.',
      why: 'The opening lines are what most people read before deciding to go on, and Google requires a description.',
    });
  }
  if (draft.responsibilities.length === 0) {
    gaps.push({
      key: 'responsibilities',
      severity: 'warning',
      field: 'responsibilities',
      message: 'No responsibilities.',
      suggestion: 'List four to six things the person will do.',
      why: 'Applicants cannot tell what they would do day to day (schema.org responsibilities).',
      source: sources.schemaOrg,
    });
  }
  if (draft.skills.length === 0) {
    gaps.push({
      key: 'skills',
      severity: 'warning',
      field: 'skills',
      message: 'No skills.',
      suggestion: 'Pick the skills the job needs from the catalog.',
      why: 'Applicants cannot tell whether they fit (schema.org skills).',
      source: sources.schemaOrg,
    });
  }
  if (draft.benefits.length === 0) {
    gaps.push({
      key: 'benefits',
      severity: 'info',
      field: 'benefits',
      message: 'No benefits listed.',
      suggestion: 'List the main benefits.',
      why: 'What you offer besides pay helps people decide (schema.org jobBenefits).',
      source: sources.schemaOrg,
    });
  }
  if (!draft.company.about?.trim()) {
    gaps.push({
      key: 'company-about',
      severity: 'info',
      field: 'company.about',
      message: 'Nothing about the company.',
      suggestion: 'Add a few sentences on what the company does.',
      why: 'Applicants want to know who they would work for (schema.org employerOverview).',
      source: sources.schemaOrg,
    });
  }
  if (!draft.company.website) {
    gaps.push({
      key: 'company-website',
      severity: 'info',
      field: 'company.website',
      message: 'No company website.',
      suggestion: 'Add the website.',
      why: 'Applicants check it before applying, and Google uses it to identify the hiring organization (hiringOrganization sameAs).',
    });
  }
  return gaps.map(finding);
}
