// Test support (not a test): one list to update when a migration adds a table.

/** Every table the migrations make, sorted by name (the rate limiter's own tables aside). */
export const APP_TABLES = [
  'posting_logos',
  'posting_publications',
  'posting_versions',
  'postings',
  'review_comments',
  'review_tokens',
  'review_verdicts',
];
