import type { Generated } from 'kysely';

// The one description of the tables; every query is typed from it.
// Dates are ISO-8601 text in UTC (`Date#toISOString`) on SQLite and PostgreSQL alike: fixed width, so they
// sort and compare as text, and read back identically from either store.
export interface PostingsTable {
  id: string;
  /** SHA-256 (hex) of the edit token; the token itself is never stored. */
  edit_token_hash: string;
  version: number;
  /** The draft as JSON text, exactly as given. */
  draft: string;
  created_at: string;
  updated_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  /** Bumped by every review write (migrations/0004_review_revision). */
  review_revision: Generated<number>;
  /** 1: publishing needs the version to be approved first (migrations/0005_require_approval). */
  require_approval: Generated<number>;
  /** The first posting of its language group (migrations/0007_translations); null outside any group. */
  group_id: string | null;
  /** The latest draft's language while a live member of a group (unique per group), else null. */
  language: string | null;
}

export interface PostingVersionsTable {
  posting_id: string;
  version: number;
  draft: string;
  created_at: string;
}

/** Which version of a posting is public at /jobs/{id}, and when (see migrations/0003_publishing). */
export interface PostingPublicationsTable {
  posting_id: string;
  version: number;
  /** When the posting went public after last being off: the feeds' and JSON-LD's date posted. */
  first_published_at: string;
  /** When this version was published: the sitemap's lastmod. */
  published_at: string;
  /** The end of the published version's closing date (UTC); null when it names none. */
  closes_at: string | null;
  unpublished_at: string | null;
}

/** A logo uploaded for a posting, re-encoded (see migrations/0006_posting_logos). */
export interface PostingLogosTable {
  posting_id: string;
  /** SHA-256 (hex) of `bytes`: the file's name in its URL. */
  hash: string;
  content_type: string;
  bytes: Uint8Array;
  width: number;
  height: number;
  created_at: string;
}

/** Review links, comments and verdicts of a posting (see migrations/0002_reviews). */
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

export interface Database {
  postings: PostingsTable;
  posting_versions: PostingVersionsTable;
  posting_publications: PostingPublicationsTable;
  posting_logos: PostingLogosTable;
  review_tokens: ReviewTokensTable;
  review_comments: ReviewCommentsTable;
  review_verdicts: ReviewVerdictsTable;
}
