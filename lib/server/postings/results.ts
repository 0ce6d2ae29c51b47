import type { Draft, Language } from '../../shared/draft/draft-schema';
import type { StoredPosting, StoredVersion, VersionSummary } from '../../shared/postings/stored-posting';

export type { StoredPosting, StoredVersion, VersionSummary } from '../../shared/postings/stored-posting';

// Every expected outcome of the posting store is one of these values; only a broken database throws.

export type NotFound = { status: 'not_found' };
export type Gone = { status: 'gone'; reason: 'revoked' | 'expired' };
export type Unavailable = NotFound | Gone;
export type Denied = { status: 'unauthorized' } | { status: 'forbidden' };

export interface CreatedPosting {
  id: string;
  /** Shown once, to the creator; only its SHA-256 is stored. */
  editToken: string;
  version: 1;
  createdAt: string;
}

/** `editable`: the request proved it holds the edit token. */
export type GetResult = { status: 'ok'; posting: StoredPosting; editable: boolean } | Unavailable | Denied;

export type UpdateResult =
  | { status: 'ok'; version: number }
  | Unavailable
  | Denied
  | { status: 'precondition_required' }
  | { status: 'stale'; currentVersion: number }
  /** The draft's language is another live language version's of the same posting (lib/server/postings/translation-store). */
  | { status: 'language_taken'; language: Language; existingId: string };

export type RevokeResult = { status: 'ok' } | Unavailable | Denied;

export type VersionsResult = { status: 'ok'; versions: VersionSummary[] } | Unavailable;

/** A version that was stored once and pruned since (lib/server/postings/version-retention.ts). */
export type Pruned = { status: 'pruned'; version: number };

export type VersionResult = { status: 'ok'; version: StoredVersion } | Unavailable | Pruned;

export interface CreateOptions {
  expiresAt?: Date | null;
  now?: Date;
}

export interface UpdateInput {
  /** The bearer token; undefined when the request carried none. */
  token: string | undefined;
  /** The version the client edited (If-Match); undefined when absent. */
  ifMatch: number | undefined;
  draft: Draft;
  /** A new expiry (null clears it); undefined leaves it as it is. */
  expiresAt?: Date | null;
  now?: Date;
}
