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
}

export interface PostingVersionsTable {
  posting_id: string;
  version: number;
  draft: string;
  created_at: string;
}

export interface Database {
  postings: PostingsTable;
  posting_versions: PostingVersionsTable;
}
