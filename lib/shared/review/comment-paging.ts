import * as z from 'zod/mini';
import { COMMENT_PAGE } from './comment-limits';
import { REVIEW_SECTIONS, reviewCommentSchema } from './review-schema';

// Reading comments a page at a time (README "Review"): the query `GET /comments` takes, the cursor it
// hands back, and the counts a posting's comments add up to. Nothing server-only.

/** Where a page ends: pass `next` back as `before` for the comments before it. Opaque to clients. */
export const commentCursorSchema = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,14}$/, { error: 'before must be a cursor from an earlier page (its next)' })),
  z.transform(Number),
);

const pageSize = z
  .pipe(
    z.string().check(z.regex(/^\d{1,4}$/, { error: `limit must be a whole number from 1 to ${COMMENT_PAGE.maxSize}` })),
    z.transform(Number),
  )
  .check(
    z.refine((n) => n >= 1 && n <= COMMENT_PAGE.maxSize, {
      error: `limit must be a whole number from 1 to ${COMMENT_PAGE.maxSize}`,
    }),
  );

export const commentListQuerySchema = z.object({
  limit: z._default(pageSize, COMMENT_PAGE.defaultSize),
  before: z.optional(commentCursorSchema),
  section: z.optional(z.enum(REVIEW_SECTIONS, { error: `section must be one of ${REVIEW_SECTIONS.join(', ')}` })),
});
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

/** A page of comments, oldest first; `next` is the cursor for the page before it (null: none). */
export const commentPageSchema = z.object({ comments: z.array(reviewCommentSchema), next: z.nullable(z.string()) });
export type CommentPage = z.infer<typeof commentPageSchema>;

const countSchema = z.object({ open: z.number(), total: z.number() });
export type CommentCount = z.infer<typeof countSchema>;

export const commentCountsSchema = z.object({
  open: z.number(),
  total: z.number(),
  sections: z.record(z.enum(REVIEW_SECTIONS), countSchema),
  /** The posting's caps (COMMENT_LIMITS), so a client can say how close it is. */
  limits: countSchema,
});
export type CommentCounts = z.infer<typeof commentCountsSchema>;
