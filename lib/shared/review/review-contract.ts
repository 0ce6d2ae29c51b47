import { z } from 'zod/mini';
import { commentCountsSchema, commentPageSchema } from './comment-paging';
import { reviewCommentSchema, reviewVerdictSchema } from './review-schema';

// The review API as both sides see it (spec "Review"): paths and every success body. The routes answer
// with these schemas (checked outside production). Nothing server-only here.

export const reviewPaths = {
  links: (id: string) => `/api/postings/${encodeURIComponent(id)}/review-links`,
  comments: (id: string) => `/api/postings/${encodeURIComponent(id)}/comments`,
  commentCounts: (id: string) => `/api/postings/${encodeURIComponent(id)}/comments/counts`,
  comment: (id: string, commentId: string) =>
    `/api/postings/${encodeURIComponent(id)}/comments/${encodeURIComponent(commentId)}`,
  reviews: (id: string) => `/api/postings/${encodeURIComponent(id)}/reviews`,
  diff: (id: string, from: number, to: number) => `/api/postings/${encodeURIComponent(id)}/versions/${from}/diff/${to}`,
  /** The reviewer's page: the token rides in the path because the page works without script. */
  page: (id: string, reviewToken: string) => `/review/${encodeURIComponent(id)}/${encodeURIComponent(reviewToken)}`,
};

export const reviewLinkBodySchema = z.object({ reviewToken: z.string(), reviewUrl: z.url() });
export const commentBodySchema = z.object({ comment: reviewCommentSchema });
/** A page of comments (lib/shared/review/comment-paging.ts). */
export const commentListBodySchema = commentPageSchema;
export const commentCountsBodySchema = commentCountsSchema;
export const verdictBodySchema = z.object({
  review: reviewVerdictSchema,
  approvedVersion: z.optional(z.number()),
});
export const verdictListBodySchema = z.object({
  reviews: z.array(reviewVerdictSchema),
  approvedVersion: z.optional(z.number()),
  latestVersion: z.number(),
});
export type VerdictListBody = z.infer<typeof verdictListBodySchema>;

export const commentParams = z.object({ id: z.string(), commentId: z.string() });
export const diffParams = z.object({
  id: z.string(),
  version: z.string().check(z.regex(/^[1-9]\d{0,8}$/)),
  other: z.string().check(z.regex(/^[1-9]\d{0,8}$/)),
});
