import type { PagedBack, SectionComments } from './review-store';
import type { CommentCount, CommentCounts } from '../../shared/review/comment-paging';
import { commentCursorSchema } from '../../shared/review/comment-paging';
import type { PostingSection } from './posting-sections';
import { REVIEW_SECTIONS, type ReviewComment, type ReviewSection } from '../../shared/review/review-schema';
import * as z from 'zod/mini';

// The reviewer's page shows each section's latest comments; "Show earlier" is a plain link whose query
// (`?thread=<section>&before=<cursor>`) pages that one section back, so the page never needs script and
// never holds more than a few comments per section, however many the posting has.

export interface ThreadQuery {
  since?: string | string[];
  thread?: string | string[];
  before?: string | string[];
}

export interface SectionThread {
  comments: ReviewComment[];
  count: CommentCount;
  /** The link to the comments before these, or null when these are the first. */
  earlierHref: string | null;
  /** On a page paged back: the link back to the latest comments. */
  latestHref: string | null;
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The section paged back, when the query names a section and a cursor that are both well formed. */
export function pagedBackFrom(query: ThreadQuery): PagedBack | undefined {
  const section = single(query.thread);
  const before = z.safeParse(commentCursorSchema, single(query.before) ?? '');
  if (!section || !(REVIEW_SECTIONS as readonly string[]).includes(section) || !before.success) return undefined;
  return { section: section as ReviewSection, before: before.data };
}

/** The page's own address with these values, keeping an asked-for comparison (`since`), anchored on the section. */
function pageHref(query: ThreadQuery, section: ReviewSection, values: Record<string, string>) {
  const params = new URLSearchParams();
  const since = single(query.since);
  if (since && /^[1-9]\d{0,8}$/.test(since)) params.set('since', since);
  for (const [key, value] of Object.entries(values)) params.set(key, value);
  const search = params.toString();
  return `?${search}#section-${section}`;
}

export function sectionThreads<S extends PostingSection>(
  sections: S[],
  threads: Record<ReviewSection, SectionComments>,
  counts: CommentCounts,
  query: ThreadQuery,
): (S & SectionThread)[] {
  const pagedBack = pagedBackFrom(query);
  return sections.map((section) => {
    const id = section.id as ReviewSection;
    const thread = threads[id] ?? { comments: [], next: null };
    return {
      ...section,
      comments: thread.comments,
      count: counts.sections[id] ?? { open: 0, total: 0 },
      earlierHref: thread.next ? pageHref(query, id, { thread: id, before: thread.next }) : null,
      latestHref: pagedBack?.section === id ? pageHref(query, id, {}) : null,
    };
  });
}
