import type { Language } from '../../shared/draft/draft-schema';
import type { PublishedJob } from './publishing-store';
import { formatLongDate, formatPay, payLocale } from '../render/intl-format';
import { renderMessages } from '../../shared/render/render-messages';
import { collapseInline } from '../render/markdown-escape';
import { jobLocationLine } from './job-location';
import { jobPath } from './job-urls';
import { publicDraft } from './public-draft';

// The /jobs page: every live job, a page of them at a time so the page's size stays bounded. Each card is in
// its posting's language (its facts and its "Posted" line), whatever the language of the list around it.

export const JOBS_PER_PAGE = 50;

export interface JobListItem {
  id: string;
  href: string;
  /** The posting's language: the card says it (`lang`) and its words follow it. */
  language: Language;
  title: string;
  company: string;
  /** The employer's logo (company.logoUrl), when it gave one. */
  logoUrl: string | null;
  location: string;
  employmentType: string;
  pay: string | null;
  /** "Posted" and the date around it, in the card's language. */
  postedWords: { before: string; after: string };
  posted: string;
  postedIso: string;
}

export interface JobsListPage {
  jobs: JobListItem[];
  page: number;
  pageCount: number;
  total: number;
}

/** `?page=3` → 3; anything else (absent, junk, out of range) is clamped to a page that exists. */
export function readPageNumber(raw: unknown, pageCount: number): number {
  const n = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(1, n), Math.max(1, pageCount));
}

export function jobsListPage(jobs: readonly PublishedJob[], rawPage: unknown): JobsListPage {
  const pageCount = Math.max(1, Math.ceil(jobs.length / JOBS_PER_PAGE));
  const page = readPageNumber(rawPage, pageCount);
  const slice = jobs.slice((page - 1) * JOBS_PER_PAGE, page * JOBS_PER_PAGE);
  return {
    page,
    pageCount,
    total: jobs.length,
    jobs: slice.map(({ id, draft: stored, firstPublishedAt }) => {
      const draft = publicDraft(stored);
      const language = draft.language ?? 'en';
      const words = renderMessages(language);
      return {
        id,
        href: jobPath(id),
        language,
        title: collapseInline(draft.job.title),
        company: collapseInline(draft.company.name),
        logoUrl: draft.company.logoUrl ?? null,
        location: jobLocationLine(draft, language),
        employmentType: words.employmentType[draft.job.employmentType],
        pay: draft.compensation ? formatPay(draft.compensation, payLocale(draft, language), language) : null,
        postedWords: words.jobsList.posted,
        posted: formatLongDate(firstPublishedAt.slice(0, 10), language),
        postedIso: firstPublishedAt.slice(0, 10),
      };
    }),
  };
}
