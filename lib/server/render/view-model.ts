import { findSkill, getRoleCatalog, type RoleCatalog } from '../../shared/catalog';
import { catalogIn } from '../../shared/catalog/localized';
import type { Draft, DraftSkill, Language } from '../../shared/draft/draft-schema';
import { countryNameIn, formatLongDate, formatOrList, formatPay, formatYears, payLocale } from './intl-format';
import { collapseInline } from './markdown-escape';
import { fillMessage, renderMessages, type RenderMessages } from '../../shared/render/render-messages';
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
  /** The posting's language (the draft's, else English). */
  language: Language;
  /** Every word the templates add, in the posting's language: templates never hold words of their own. */
  words: RenderMessages;
  /** The template sentences that carry a value, filled in (empty when the value is absent). */
  phrases: {
    titleAtCompany: string;
    aboutCompany: string;
    applyBy: string;
    classicPay: string;
    classicClosesOn: string;
    conversationalPay: string;
    conversationalClosesOn: string;
  };
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

function skillView(skill: DraftSkill, catalog: RoleCatalog, language: Language): SkillView {
  const typical = skill.id.startsWith('custom:') ? undefined : findSkill(catalog, skill.id)?.typicalYears;
  return {
    name: resolveSkillName(skill, catalogIn(catalog, language)),
    years: formatYears(skill.years, typical, language),
  };
}

function locationText(draft: Draft, language: Language): string | null {
  const location = draft.job.location;
  if (!location) return null;
  const parts = [inlineText(location.city), inlineText(location.region), countryNameIn(location.country, language)];
  return parts.filter((part): part is string => part !== null).join(', ');
}

function whereText(
  words: RenderMessages,
  workplace: Draft['job']['workplace'],
  location: string | null,
  remoteCountries: string | null,
) {
  if (workplace === 'remote') {
    if (remoteCountries) return fillMessage(words.where.remoteIn, { countries: remoteCountries });
    return location ? fillMessage(words.where.remoteTeamIn, { location }) : words.workplace.remote;
  }
  if (!location) return words.workplace[workplace];
  return fillMessage(workplace === 'hybrid' ? words.where.hybridIn : words.where.onsiteIn, { location });
}

/** A sentence around a value, or '' when the value is absent (templates test the value, not the sentence). */
function phrase(message: string, values: Record<string, string | null>): string {
  if (Object.values(values).some((value) => value === null)) return '';
  return fillMessage(message, values as Record<string, string>);
}

export function buildPostingView(draft: Draft): PostingView {
  const catalog = requireCatalog(draft.roleId);
  const { job, company, apply } = draft;
  const language = draft.language ?? 'en';
  const words = renderMessages(language);
  const isRemote = job.workplace === 'remote';
  const location = locationText(draft, language);
  // Remote countries describe where remote applicants may live, so they only apply to fully remote roles.
  const countries =
    isRemote && job.remoteCountries?.length ? job.remoteCountries.map((code) => countryNameIn(code, language)) : [];
  const remoteCountries = countries.length ? formatOrList(countries, language) : null;
  const title = collapseInline(job.title);
  const companyName = collapseInline(company.name);
  const pay = draft.compensation ? formatPay(draft.compensation, payLocale(draft, language), language) : null;
  const closingDate = apply.closingDate ? formatLongDate(apply.closingDate, language) : null;
  return {
    title,
    company: { name: companyName, about: blockText(company.about), website: webLink(company.website) },
    department: inlineText(job.department),
    seniority: words.seniority[job.seniority],
    employmentType: words.employmentType[job.employmentType],
    workplace: words.workplace[job.workplace],
    isRemote,
    location,
    remoteCountries,
    where: whereText(words, job.workplace, location, remoteCountries),
    summary: blockText(job.summary),
    responsibilities: inlineList(draft.responsibilities),
    requiredSkills: draft.skills.filter((s) => s.level === 'required').map((s) => skillView(s, catalog, language)),
    preferredSkills: draft.skills.filter((s) => s.level === 'preferred').map((s) => skillView(s, catalog, language)),
    qualifications: inlineList(draft.qualifications ?? []),
    pay,
    benefits: inlineList(draft.benefits),
    apply: {
      url: webLink(apply.url),
      email: apply.email ? { text: apply.email, href: `mailto:${encodeURI(apply.email)}` } : null,
      closingDate,
    },
    language,
    words,
    phrases: {
      titleAtCompany: phrase(words.conversational.titleAtCompany, { title, company: companyName }),
      aboutCompany: phrase(words.concise.aboutCompany, { company: companyName }),
      applyBy: phrase(words.concise.applyBy, { date: closingDate }),
      classicPay: phrase(words.classic.paySentence, { pay }),
      classicClosesOn: phrase(words.classic.closesOn, { date: closingDate }),
      conversationalPay: phrase(words.conversational.paySentence, { pay }),
      conversationalClosesOn: phrase(words.conversational.closesOn, { date: closingDate }),
    },
  };
}
