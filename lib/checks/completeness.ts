import { z } from 'zod';
import rules from '../../content/rules/completeness.json';
import type { Draft } from '../draft/draft-schema';
import type { Finding, FindingSource, Severity } from './finding';
import { findApplicablePayRules, isoDay } from './pay-rules';

const CHECK = 'completeness';

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const completenessRulesSchema = z.object({ sources: z.object({ google: sourceSchema, schemaOrg: sourceSchema }) });
const { sources } = completenessRulesSchema.parse(rules);

function finding(
  key: string,
  severity: Severity,
  field: string,
  message: string,
  suggestion: string,
  source: FindingSource = sources.google,
): Finding {
  return { id: `${CHECK}:${key}`, check: CHECK, severity, message, source, field, suggestion };
}

function essentials(draft: Draft, today: Date): Finding[] {
  const findings: Finding[] = [];
  // A missing range where a law applies is the pay-transparency check's error; saying it twice adds nothing.
  if (!draft.compensation && findApplicablePayRules(draft, today).length === 0) {
    findings.push(
      finding(
        'pay',
        'warning',
        'compensation',
        'No pay range. Pay is what applicants look for first, and Google for Jobs shows it (baseSalary, recommended) when given.',
        'Add the pay range you expect to pay.',
      ),
    );
  }
  if (draft.job.workplace !== 'remote' && !draft.job.location) {
    findings.push(
      finding(
        'location',
        'warning',
        'job.location',
        'No location for an on-site or hybrid job: applicants cannot tell where they would work, and Google requires jobLocation.',
        'Add the city and country.',
      ),
    );
  }
  if (!draft.apply.url && !draft.apply.email) {
    findings.push(
      finding(
        'apply',
        'error',
        'apply.url',
        'No way to apply: give a link or an email address.',
        'Add an application link or email.',
      ),
    );
  }
  const closing = draft.apply.closingDate;
  if (!closing) {
    findings.push(
      finding(
        'closing-date',
        'info',
        'apply.closingDate',
        'No closing date. Applicants like to know how long they have, and Google recommends validThrough so the job drops out of search when it closes.',
        'Add a closing date.',
      ),
    );
  } else if (closing < isoDay(today)) {
    findings.push(
      finding(
        'closing-date-past',
        'warning',
        'apply.closingDate',
        `The closing date ${closing} has passed: the job will read as closed, and Google drops expired postings (validThrough).`,
        'Move the closing date forward or take the posting down.',
      ),
    );
  }
  return findings;
}

function content(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  if (draft.job.workplace === 'remote' && !draft.job.remoteCountries?.length) {
    findings.push(
      finding(
        'remote-countries',
        'warning',
        'job.remoteCountries',
        'A remote job with no countries: applicants cannot tell whether they are eligible, and Google expects applicantLocationRequirements for remote jobs.',
        'List the countries people can work from.',
      ),
    );
  }
  if (draft.job.location && !draft.job.location.city && draft.job.workplace !== 'remote') {
    findings.push(
      finding(
        'city',
        'info',
        'job.location.city',
        'No city: Google recommends addressLocality so the job shows up in searches near it.',
        'Add the city.',
      ),
    );
  }
  if (!draft.job.summary?.trim()) {
    findings.push(
      finding(
        'summary',
        'warning',
        'job.summary',
        'No summary: the opening lines are what most people read before deciding to go on, and Google requires a description.',
        'Add two or three sentences on what the job is and why it matters.',
      ),
    );
  }
  if (draft.responsibilities.length === 0) {
    findings.push(
      finding(
        'responsibilities',
        'warning',
        'responsibilities',
        'No responsibilities: applicants cannot tell what they would do day to day (schema.org responsibilities).',
        'List four to six things the person will do.',
        sources.schemaOrg,
      ),
    );
  }
  if (draft.skills.length === 0) {
    findings.push(
      finding(
        'skills',
        'warning',
        'skills',
        'No skills: applicants cannot tell whether they fit (schema.org skills).',
        'Pick the skills the job needs from the catalog.',
        sources.schemaOrg,
      ),
    );
  }
  if (draft.benefits.length === 0) {
    findings.push(
      finding(
        'benefits',
        'info',
        'benefits',
        'No benefits listed (schema.org jobBenefits): what you offer besides pay helps people decide.',
        'List the main benefits.',
        sources.schemaOrg,
      ),
    );
  }
  if (!draft.company.about?.trim()) {
    findings.push(
      finding(
        'company-about',
        'info',
        'company.about',
        'Nothing about the company: applicants want to know who they would work for (schema.org employerOverview).',
        'Add a few sentences on what the company does.',
        sources.schemaOrg,
      ),
    );
  }
  if (!draft.company.website) {
    findings.push(
      finding(
        'company-website',
        'info',
        'company.website',
        'No company website: applicants check it before applying, and Google uses it to identify the hiring organization (hiringOrganization sameAs).',
        'Add the website.',
      ),
    );
  }
  return findings;
}

/** Missing essentials (pay, where, how to apply, until when) and the schema.org fields Google recommends. */
export function checkCompleteness(draft: Draft, input: { today?: Date } = {}): Finding[] {
  const today = input.today ?? new Date();
  return [...essentials(draft, today), ...content(draft)];
}
