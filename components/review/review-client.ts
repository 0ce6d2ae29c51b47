import { callApi } from '@/components/share/api-client';
import {
  commentBodySchema,
  commentCountsBodySchema,
  commentListBodySchema,
  reviewLinkBodySchema,
  reviewPaths,
  verdictListBodySchema,
} from '@/lib/shared/review/review-contract';
import type { ReviewSection } from '@/lib/shared/review/review-schema';

// The author's calls to the review API (lib/shared/review/review-contract.ts), always with the edit token (it never
// goes anywhere else). Never kept by the browser's cache: another reviewer may have written since.

const withToken = (token: string, init: RequestInit = {}): RequestInit => ({
  cache: 'no-store',
  ...init,
  headers: { ...init.headers, Authorization: `Bearer ${token}` },
});

export const createReviewLink = (id: string, editToken: string) =>
  callApi(reviewLinkBodySchema, reviewPaths.links(id), withToken(editToken, { method: 'POST' }));

export const revokeReviewLinks = (id: string, editToken: string) =>
  callApi(null, reviewPaths.links(id), withToken(editToken, { method: 'DELETE' }));

/** One section's comments, the latest `limit` before the cursor (`next` of the page after). */
export const fetchCommentPage = (
  id: string,
  editToken: string,
  { section, limit, before }: { section: ReviewSection; limit: number; before?: string },
) => {
  const query = new URLSearchParams({ section, limit: String(limit), ...(before ? { before } : {}) });
  return callApi(commentListBodySchema, `${reviewPaths.comments(id)}?${query}`, withToken(editToken));
};

/** Open and total comments per section: what badges and My postings show, without reading a comment. */
export const fetchCommentCounts = (id: string, editToken: string) =>
  callApi(commentCountsBodySchema, reviewPaths.commentCounts(id), withToken(editToken));

export const fetchVerdicts = (id: string, editToken: string) =>
  callApi(verdictListBodySchema, reviewPaths.reviews(id), withToken(editToken));

export const setCommentResolved = (id: string, editToken: string, commentId: string, resolved: boolean) =>
  callApi(
    commentBodySchema,
    reviewPaths.comment(id, commentId),
    withToken(editToken, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resolved }),
    }),
  );
