// How many comments a posting takes, and how many each view reads at once (README "Review"). A real review
// has tens of comments; these bounds leave room for a long one (many versions, many reviewers) while
// keeping every read and every page a known size. Nothing server-only: the builder shows them too.

/**
 * At most 500 open comments: more than anyone can act on (8 sections), and what keeps the author's
 * badges and threads meaningful. At most 2,000 in all, so resolved history of many rounds fits while the
 * rows a posting holds stay bounded (2,000 × ≤ 2.4 KB of text).
 */
export const COMMENT_LIMITS = { open: 500, total: 2000 } as const;

/** `GET /comments`: a page holds `limit` comments, 50 unless asked, never more than 200. */
export const COMMENT_PAGE = { defaultSize: 50, maxSize: 200 } as const;

/**
 * The reviewer's page shows the latest 6 comments of each section ("Show earlier" pages back by 6) and the
 * latest 10 verdicts. The worst case, every character one React escapes into six bytes (`'` → `&#x27;`):
 * 8 × 6 comments × ~15 KB + 10 verdicts × ~12 KB ≈ 840 KB, under the page's 1 MB budget.
 */
export const REVIEW_PAGE_THREAD_SIZE = 6;
export const REVIEW_PAGE_VERDICTS = 10;

/** The builder reads each section's latest 20 comments; "Show earlier" fetches 20 more. */
export const BUILDER_THREAD_PAGE_SIZE = 20;
