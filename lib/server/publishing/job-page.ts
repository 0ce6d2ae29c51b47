import { createLru, stringBytes } from '../runtime/lru';
import type { PublishedJob } from './publishing-store';
import {
  applicantCountries,
  buildJobPostingJsonLd,
  serializeJsonLdForHtml,
  type JobPostingJsonLd,
} from '../render/json-ld';
import { renderHtml } from '../render/html';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import { countryNameIn, formatLongDate, formatPay, payLocale } from '../render/intl-format';
import { collapseInline } from '../render/markdown-escape';
import { fillMessage, renderMessages, type RenderMessages } from '../../shared/render/render-messages';
import { employerAccent } from './employer-accent';
import { jobLocationLine } from './job-location';
import { jobAccentPath, jobCardPath, jobUrl } from './job-urls';
import { publicDraft } from './public-draft';

// Everything the public page /jobs/{id} shows, as plain data for its React components. The facts box is
// built from the JSON-LD itself, so every value the structured data claims is also on the page, as Google
// requires (https://developers.google.com/search/docs/appearance/structured-data/job-posting#guidelines).
// Every word the page adds is in the posting's language (the `jobPage` table of lib/shared/render/messages), so a
// German posting is a German page from the title to the footer.

export interface JobFact {
  label: string;
  text: string;
  /** Machine-readable form for a <time> element. */
  dateTime?: string;
  href?: string;
}

/** Who is hiring, as the page's own header shows it. */
export interface JobEmployer {
  name: string;
  /** An https image the employer hosts (company.logoUrl). */
  logoUrl?: string;
  website?: string;
  /** The accent stylesheet, when the employer chose a colour that text can be read on. */
  accentCssHref?: string;
}

export interface JobApply {
  href: string;
  /** Where the link goes, for the line under the button. */
  note: string;
}

export interface JobShareLink {
  label: string;
  href: string;
}

export interface JobPageModel {
  id: string;
  employer: JobEmployer;
  jobTitle: string;
  apply: JobApply;
  /** Plain share links (no script): email, LinkedIn, X. */
  shareLinks: JobShareLink[];
  /** The job's own Open Graph card (an absolute URL, as og:image needs). */
  cardUrl: string;
  canonicalUrl: string;
  /** The document title: "Senior Back End Developer at Acme Analytics". */
  documentTitle: string;
  metaDescription: string;
  /** The posting, as the sanitized HTML every export renders. */
  bodyHtml: string;
  /** The language the posting is written in, and so of the whole page. */
  bodyLanguage: Language;
  /** The page's own words (buttons, headings, footer) in that language. */
  words: JobPageWords;
  facts: JobFact[];
  /** For <script type="application/ld+json">: already safe inside a script element. */
  jsonLdScript: string;
  jsonLd: JobPostingJsonLd;
}

/** The words of the page chrome, for its components (a shared table: kept models do not copy it). */
export type JobPageWords = RenderMessages['jobPage'];

/** "Senior Back End Developer at Acme Analytics", "… bei …", "… chez …". */
export function jobTitleAtCompany(draft: Draft, language: Language): string {
  return fillMessage(renderMessages(language).jobPage.titleAtCompany, {
    title: collapseInline(draft.job.title),
    company: collapseInline(draft.company.name),
  });
}

function metaDescription(job: PublishedJob, language: Language): string {
  const { draft } = job;
  const where = jobLocationLine(draft, language);
  const pitch = draft.job.summary ? collapseInline(draft.job.summary) : '';
  const hiring = fillMessage(renderMessages(language).jobPage.isHiring, {
    company: collapseInline(draft.company.name),
    title: collapseInline(draft.job.title),
  });
  const base = `${hiring}${where ? ` (${where})` : ''}.`;
  const text = pitch ? `${base} ${pitch}` : base;
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

function factsFrom(jsonLd: JobPostingJsonLd, job: PublishedJob, canonicalUrl: string, language: Language): JobFact[] {
  const { draft } = job;
  const words = renderMessages(language);
  const label = words.jobPage.facts;
  const country = (code: string) => countryNameIn(code, language);
  const facts: JobFact[] = [];
  const org = asObject(jsonLd.hiringOrganization);
  facts.push({
    label: label.employer,
    text: String(org?.name ?? ''),
    ...(typeof org?.sameAs === 'string' ? { href: org.sameAs } : {}),
  });
  if (typeof org?.sameAs === 'string') facts.push({ label: label.employerWebsite, text: org.sameAs, href: org.sameAs });
  facts.push({ label: label.location, text: jobLocationLine(draft, language) });
  const address = asObject(asObject(jsonLd.jobLocation)?.address);
  if (address && jsonLd.jobLocationType === 'TELECOMMUTE') {
    const office = [address.addressLocality, address.addressRegion, address.addressCountry]
      .filter((part): part is string => typeof part === 'string')
      .map((part) => (part === address.addressCountry ? country(part) : part));
    facts.push({ label: label.teamBasedIn, text: office.join(', ') });
  }
  // The structured data names the countries in English (search engines read it); the page in its language.
  if (Array.isArray(jsonLd.applicantLocationRequirements)) {
    facts.push({ label: label.applicantsMayLiveIn, text: applicantCountries(draft).map(country).join(', ') });
  }
  facts.push({ label: label.employmentType, text: words.employmentType[draft.job.employmentType] });
  if (draft.compensation) {
    facts.push({
      label: label.pay,
      text: `${formatPay(draft.compensation, payLocale(draft, language), language)} (${draft.compensation.currency})`,
    });
  }
  const months = asObject(jsonLd.experienceRequirements)?.monthsOfExperience;
  if (typeof months === 'number' && months > 0) {
    const years = months / 12;
    const n = new Intl.NumberFormat(language).format(years);
    const one = new Intl.PluralRules(language).select(years) === 'one';
    facts.push({
      label: label.experience,
      text: fillMessage(one ? words.jobPage.experienceOne : words.jobPage.experienceOther, { n }),
    });
  }
  if (Array.isArray(jsonLd.skills)) facts.push({ label: label.skills, text: jsonLd.skills.join(', ') });
  const posted = String(jsonLd.datePosted);
  facts.push({ label: label.posted, text: formatLongDate(posted, language), dateTime: posted });
  if (draft.apply.closingDate) {
    facts.push({
      label: label.applyBy,
      text: formatLongDate(draft.apply.closingDate, language),
      dateTime: draft.apply.closingDate,
    });
  }
  facts.push({
    label: label.howToApply,
    text: draft.apply.url ? words.jobPage.onEmployerSite : words.jobPage.byEmailToEmployer,
    href: draft.apply.url ?? `mailto:${draft.apply.email}`,
  });
  facts.push({ label: label.linkToThisJob, text: canonicalUrl, href: canonicalUrl });
  return facts;
}

/** What the page itself needs (the JSON-LD only as its serialized script). */
export type JobPageView = Omit<JobPageModel, 'jsonLd'>;

export function jobPageView(model: JobPageModel): JobPageView {
  const view: Partial<JobPageModel> = { ...model };
  delete view.jsonLd;
  return view as JobPageView;
}

function shareLinks(title: string, url: string, language: Language): JobShareLink[] {
  const q = encodeURIComponent;
  return [
    { label: renderMessages(language).jobPage.shareByEmail, href: `mailto:?subject=${q(title)}&body=${q(url)}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { label: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
  ];
}

export function buildJobPageModel(published: PublishedJob, base: string): JobPageModel {
  const job = { ...published, draft: publicDraft(published.draft) };
  const canonicalUrl = jobUrl(base, job.id);
  const jsonLd = buildJobPostingJsonLd(job.draft, {
    datePosted: job.firstPublishedAt.slice(0, 10),
    url: canonicalUrl,
  });
  const { company, apply } = job.draft;
  const language = job.draft.language ?? 'en';
  const words = renderMessages(language).jobPage;
  const documentTitle = jobTitleAtCompany(job.draft, language);
  return {
    id: job.id,
    employer: {
      name: collapseInline(company.name),
      ...(company.logoUrl ? { logoUrl: company.logoUrl } : {}),
      ...(company.website ? { website: company.website } : {}),
      ...(employerAccent(company.accentColor) ? { accentCssHref: jobAccentPath(job.id, job.version) } : {}),
    },
    jobTitle: collapseInline(job.draft.job.title),
    apply: apply.url
      ? { href: apply.url, note: words.onEmployerSite }
      : { href: `mailto:${apply.email}`, note: fillMessage(words.byEmailTo, { email: apply.email ?? '' }) },
    shareLinks: shareLinks(documentTitle, canonicalUrl, language),
    cardUrl: `${base.replace(/\/+$/, '')}${jobCardPath(job.id, job.version)}`,
    canonicalUrl,
    documentTitle,
    metaDescription: metaDescription(job, language),
    bodyHtml: renderHtml(job.draft),
    bodyLanguage: language,
    words,
    facts: factsFrom(jsonLd, job, canonicalUrl, language),
    jsonLdScript: serializeJsonLdForHtml(jsonLd),
    jsonLd,
  };
}

// A published version never changes, so its page is worked out once; gone-ness is still read per request.
// Bounded by bytes as well as by count (a model carries the posting's HTML and its JSON-LD, as a string and
// as an object of about the same weight): a near-limit draft weighs a hundred times a usual one.
const models = createLru<JobPageModel>(500, {
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (model) =>
    stringBytes(model.canonicalUrl, model.documentTitle, model.metaDescription, model.bodyHtml) +
    2 * stringBytes(model.jsonLdScript) +
    stringBytes(JSON.stringify(model.facts), JSON.stringify(model.shareLinks), model.employer.logoUrl),
});

/** Names everything a job page shows: the published version, when it was published, and the site's origin. */
export function jobPageKey(job: PublishedJob, base: string): string {
  return `${job.id}\u0000${job.version}\u0000${job.publishedAt}\u0000${base}`;
}

export function cachedJobPageModel(job: PublishedJob, base: string): JobPageModel {
  return models.getOrSet(jobPageKey(job, base), () => buildJobPageModel(job, base));
}
