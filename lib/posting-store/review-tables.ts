import type { Generated } from 'kysely';

// The review tables (migration 0002_reviews), typed apart from the postings so the review store adds
// them to its own view of the database with `withTables`.
export interface ReviewTokensTable {
  /** SHA-256 (hex) of the review token; the token itself is never stored. */
  token_hash: string;
  posting_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ReviewCommentsTable {
  seq: Generated<number>;
  id: string;
  posting_id: string;
  version: number;
  section: string;
  quote: string | null;
  body: string;
  author: string;
  created_at: string;
  resolved_at: string | null;
}

export interface ReviewVerdictsTable {
  seq: Generated<number>;
  id: string;
  posting_id: string;
  version: number;
  verdict: string;
  author: string;
  note: string | null;
  created_at: string;
}

export type ReviewTables = {
  review_tokens: ReviewTokensTable;
  review_comments: ReviewCommentsTable;
  review_verdicts: ReviewVerdictsTable;
};
