import { findSkill } from '../../shared/catalog';
import { catalogIn } from '../../shared/catalog/localized';
import type { Draft } from '../../shared/draft/draft-schema';
import { renderHtml } from './html';
import { countryName } from './intl-format';
import { collapseInline } from './markdown-escape';
import type { RenderOptions } from './markdown';
import { requireCatalog, resolveSkillName } from './view-model';

// schema.org JobPosting for Google's job search: every required property, plus the recommended ones the
// draft can supply. https://developers.google.com/search/docs/appearance/structured-data/job-posting

export interface JsonLdOptions extends RenderOptions {
  /** ISO date the posting went up; defaults to today (UTC). */
  datePosted?: string;
  /** Where the posting can be read (the share page); becomes `url`. */
  url?: string;
}

export type JobPostingJsonLd = Record<string, unknown>;

/** Absent parts leave no key behind, so the object reads the same before and after JSON.stringify. */
function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  const entries = Object.entries(value)
    .filter(([, entry]) => entry !== undefined)
    .map(([key, entry]) => [
      key,
      entry && typeof entry === 'object' && !Array.isArray(entry)
        ? withoutUndefined(entry as Record<string, unknown>)
        : entry,
    ]);
  return Object.fromEntries(entries) as T;
}

function nonBlank(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : collapseInline(value);
  return text === '' ? undefined : text;
}

function jobLocation(draft: Draft) {
  const location = draft.job.location;
  if (!location) return undefined;
  return {
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressLocality: nonBlank(location.city),
      addressRegion: nonBlank(location.region),
      addressCountry: location.country,
    },
  };
}

/** Where remote applicants may live: the draft's countries, or else the country the team is in. */
export function applicantCountries(draft: Draft): string[] {
  const countries = draft.job.remoteCountries?.length ? draft.job.remoteCountries : [draft.job.location?.country];
  return countries.filter((code): code is string => code !== undefined);
}

/** The longest experience any required skill asks for, in months (the draft's years, else the catalog's typical minimum). */
function monthsOfExperience(draft: Draft): number {
  const catalog = requireCatalog(draft.roleId);
  const years = draft.skills
    .filter((skill) => skill.level === 'required')
    .map((skill) => skill.years ?? findSkill(catalog, skill.id)?.typicalYears.min ?? 0);
  return Math.max(0, ...years) * 12;
}

export function buildJobPostingJsonLd(draft: Draft, options: JsonLdOptions = {}): JobPostingJsonLd {
  const catalog = requireCatalog(draft.roleId);
  const remote = draft.job.workplace === 'remote';
  const pay = draft.compensation;
  const months = monthsOfExperience(draft);
  const skills = draft.skills.map((skill) => resolveSkillName(skill, catalogIn(catalog, draft.language ?? 'en')));
  const qualifications = (draft.qualifications ?? []).map(collapseInline).filter((item) => item !== '');
  const countries = remote ? applicantCountries(draft) : [];
  return withoutUndefined({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: collapseInline(draft.job.title),
    description: renderHtml(draft, options),
    datePosted: options.datePosted ?? new Date().toISOString().slice(0, 10),
    validThrough: draft.apply.closingDate ? `${draft.apply.closingDate}T23:59:59` : undefined,
    // schema.org's enum, whatever the language: search engines read the value, people never see it.
    employmentType: draft.job.employmentType,
    inLanguage: draft.language ?? 'en',
    hiringOrganization: {
      '@type': 'Organization',
      name: collapseInline(draft.company.name),
      sameAs: draft.company.website,
    },
    jobLocation: jobLocation(draft),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: countries.length
      ? countries.map((code) => ({ '@type': 'Country', name: countryName(code) }))
      : undefined,
    baseSalary: pay
      ? {
          '@type': 'MonetaryAmount',
          currency: pay.currency,
          value: { '@type': 'QuantitativeValue', minValue: pay.min, maxValue: pay.max, unitText: pay.period },
        }
      : undefined,
    experienceRequirements:
      months > 0 ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: months } : undefined,
    skills: skills.length ? skills : undefined,
    qualifications: qualifications.length ? qualifications.join('\n') : undefined,
    directApply: false,
    url: options.url,
  });
}

/** For a `<script type="application/ld+json">`: no `</script>`, comment or line separator can end it early. */
export function serializeJsonLdForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
