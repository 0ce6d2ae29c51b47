import { BUILDER_THREAD_PAGE_SIZE } from '@/lib/shared/review/comment-limits';
import type { CommentCounts, CommentPage } from '@/lib/shared/review/comment-paging';
import { REVIEW_SECTIONS, type ReviewSection, type ReviewVerdict } from '@/lib/shared/review/review-schema';
import type { ApiResult } from '@/components/share/api-client';
import { fetchCommentCounts, fetchCommentPage, fetchVerdicts } from './review-client';

// What the author's views read of a posting's review: always the counts and the verdicts; the builder's
// threads also read the latest page of each section that has comments, never every comment.

// Loaded only on demand (use-posting-review.ts imports this module when a posting's review is first read),
// so the review calls and the contract's schemas they parse with come with it: the builder of a posting
// never shared (most first visits) loads none of them.
export { fetchCommentPage, setCommentResolved } from './review-client';

export type SectionThreads = Partial<Record<ReviewSection, CommentPage>>;

export interface LoadedReview {
  counts: CommentCounts;
  threads: SectionThreads;
  verdicts: ReviewVerdict[];
  approvedVersion: number | null;
  latestVersion: number;
}

export async function loadPostingReview(
  id: string,
  editToken: string,
  { threads }: { threads: boolean },
): Promise<ApiResult<LoadedReview>> {
  const [counts, verdicts] = await Promise.all([fetchCommentCounts(id, editToken), fetchVerdicts(id, editToken)]);
  if (!counts.ok) return counts;
  if (!verdicts.ok) return verdicts;
  const withComments = threads ? REVIEW_SECTIONS.filter((s) => counts.data.sections[s].total > 0) : [];
  const pages = await Promise.all(
    withComments.map((section) => fetchCommentPage(id, editToken, { section, limit: BUILDER_THREAD_PAGE_SIZE })),
  );
  const loaded: SectionThreads = {};
  for (const [i, page] of pages.entries()) {
    if (!page.ok) return page;
    loaded[withComments[i]!] = page.data;
  }
  return {
    ok: true,
    data: {
      counts: counts.data,
      threads: loaded,
      verdicts: verdicts.data.reviews,
      approvedVersion: verdicts.data.approvedVersion ?? null,
      latestVersion: verdicts.data.latestVersion,
    },
  };
}

/** The section's earlier comments put before the ones shown, and the cursor moved on. */
export function withEarlier(shown: CommentPage, earlier: CommentPage): CommentPage {
  const known = new Set(shown.comments.map((c) => c.id));
  return { comments: [...earlier.comments.filter((c) => !known.has(c.id)), ...shown.comments], next: earlier.next };
}
