import { findSkill, getRoleCatalog, type RoleCatalog } from '../catalog';
import type { Draft, DraftSkill } from '../draft/draft-schema';
import { countryName, formatLongDate, formatOrList, formatPay, formatYears, payLocale } from './intl-format';
import { EMPLOYMENT_TYPE_LABELS, SENIORITY_LABELS, WORKPLACE_LABELS } from './labels';
import { collapseInline } from './markdown-escape';
import { RenderError } from './render-error';

// The template scope: what a posting says, resolved and worded, but not yet escaped (the engine escapes
// every output exactly once). Absent parts are null or empty lists so templates can drop their section,
// and every key always exists so strictVariables catches a misspelt name in a template.

export interface SkillView {
  name: string;
  /** "4+ years", "typically 4–5 years", or null when nothing is known. */
  years: string | null;
}

export interface PostingView {
  title: string;
  company: { name: string; about: string | null; website: Link | null };
  department: string | null;
  seniority: string;
  employmentType: string;
  workplace: string;
  isRemote: boolean;
  /** "Austin, TX, United States" */
  location: string | null;
  /** "United States or Canada": where remote applicants may live (remote roles only). */
  remoteCountries: string | null;
  /** One line on where the work happens: "Hybrid, based in Austin, TX, United States". */
  where: string;
  summary: string | null;
  responsibilities: string[];
  requiredSkills: SkillView[];
  preferredSkills: SkillView[];
  /** Requirements that are not skills (education, leading a team, on-call), as written. */
  qualifications: string[];
  pay: string | null;
  benefits: string[];
  apply: { url: Link | null; email: Link | null; closingDate: string | null };
}

/** A link as shown (what was typed) and as followed (normalised by the URL parser: no spaces, `<` or `>`). */
export interface Link {
  text: string;
  href: string;
}

export function requireCatalog(roleId: string): RoleCatalog {
  const catalog = getRoleCatalog(roleId);
  if (!catalog) throw new RenderError('unknown_role', `Unknown role "${roleId}": no skill catalog to render it with`);
  return catalog;
}

function blockText(value: string | undefined): string | null {
  return value !== undefined && value.trim() !== '' ? value : null;
}

function inlineText(value: string | undefined): string | null {
  const text = value === undefined ? '' : collapseInline(value);
  return text === '' ? null : text;
}

function inlineList(values: string[]): string[] {
  return values.map(collapseInline).filter((value) => value !== '');
}

/** Catalog skills take the catalog's name; custom skills keep the name the employer typed. */
export function resolveSkillName(skill: DraftSkill, catalog: RoleCatalog): string {
  if (skill.name !== undefined) return collapseInline(skill.name);
  return findSkill(catalog, skill.id)?.name ?? skill.id;
}

function webLink(url: string | undefined): Link | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return { text: collapseInline(url), href: parsed.href };
  } catch {
    return null; // the schema only lets full http(s) addresses through; anything else is not a link
  }
}

function skillView(skill: DraftSkill, catalog: RoleCatalog): SkillView {
  const typical = skill.id.startsWith('custom:') ? undefined : findSkill(catalog, skill.id)?.typicalYears;
  return { name: resolveSkillName(skill, catalog), years: formatYears(skill.years, typical) };
}

function locationText(draft: Draft): string | null {
  const location = draft.job.location;
  if (!location) return null;
  const parts = [inlineText(location.city), inlineText(location.region), countryName(location.country)];
  return parts.filter((part): part is string => part !== null).join(', ');
}

function whereText(workplace: Draft['job']['workplace'], location: string | null, remoteCountries: string | null) {
  if (workplace === 'remote') {
    if (remoteCountries) return `Remote (${remoteCountries})`;
    return location ? `Remote, with the team based in ${location}` : 'Remote';
  }
  if (!location) return WORKPLACE_LABELS[workplace];
  return workplace === 'hybrid' ? `Hybrid, based in ${location}` : `On-site in ${location}`;
}

export function buildPostingView(draft: Draft): PostingView {
  const catalog = requireCatalog(draft.roleId);
  const { job, company, apply } = draft;
  const isRemote = job.workplace === 'remote';
  const location = locationText(draft);
  // Remote countries describe where remote applicants may live, so they only apply to fully remote roles.
  const countries = isRemote && job.remoteCountries?.length ? job.remoteCountries.map(countryName) : [];
  const remoteCountries = countries.length ? formatOrList(countries) : null;
  return {
    title: collapseInline(job.title),
    company: { name: collapseInline(company.name), about: blockText(company.about), website: webLink(company.website) },
    department: inlineText(job.department),
    seniority: SENIORITY_LABELS[job.seniority],
    employmentType: EMPLOYMENT_TYPE_LABELS[job.employmentType],
    workplace: WORKPLACE_LABELS[job.workplace],
    isRemote,
    location,
    remoteCountries,
    where: whereText(job.workplace, location, remoteCountries),
    summary: blockText(job.summary),
    responsibilities: inlineList(draft.responsibilities),
    requiredSkills: draft.skills.filter((s) => s.level === 'required').map((s) => skillView(s, catalog)),
    preferredSkills: draft.skills.filter((s) => s.level === 'preferred').map((s) => skillView(s, catalog)),
    qualifications: inlineList(draft.qualifications ?? []),
    pay: draft.compensation ? formatPay(draft.compensation, payLocale(draft)) : null,
    benefits: inlineList(draft.benefits),
    apply: {
      url: webLink(apply.url),
      email: apply.email ? { text: apply.email, href: `mailto:${encodeURI(apply.email)}` } : null,
      closingDate: apply.closingDate ? formatLongDate(apply.closingDate) : null,
    },
  };
}
