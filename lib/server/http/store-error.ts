import { LANGUAGE_NAMES } from '../../shared/draft/language-names';
import { KEEP_LATEST_VERSIONS } from '../postings/version-retention';
import { notApprovedReason } from '../../shared/publishing/approval-words';
import type { ApprovalState } from '../../shared/publishing/publish-contract';
import { commentLimitMessage } from '../review/review-api-errors';
import { ApiError } from './api-error';

// The one place where a store's expected outcome (a value, never a throw) becomes the API's error. Every
// route of postings, review and publishing throws `storeError(result, …)` for a result that is not `ok`.

/** Every failed outcome of the posting, review, publishing, approval, translation and logo stores, and the public jobs. */
export type StoreFailure =
  | { status: 'not_found' }
  | { status: 'gone'; reason: 'revoked' | 'expired' | 'unpublished' | 'closed' }
  | { status: 'unauthorized' }
  | { status: 'forbidden' }
  | { status: 'precondition_required' }
  | { status: 'stale'; currentVersion: number }
  | { status: 'pruned'; version: number }
  | { status: 'language_taken'; language: string; existingId: string }
  | { status: 'no_such_version'; currentVersion: number }
  | { status: 'no_such_comment' }
  | { status: 'comment_limit'; limit: 'open' | 'total'; max: number }
  | { status: 'closed'; closingDate: string }
  | ({ status: 'not_approved'; version: number } & ApprovalState);

/**
 * Whose route it is, which decides the words of 401 and 403 and what `stale` means:
 * - `posting`: the owner's routes (edit token); `stale` is an edit made on an older version (412).
 * - `review`: a route that takes a review or an edit token; `stale` is a verdict on an older version (409).
 * - `review-owner`: a review route only the edit token may use (review links, resolving a comment).
 * - `job`: the public jobs (no token): a posting that was never published is not found, one that left is gone.
 */
export type StoreRoute = 'posting' | 'review' | 'review-owner' | 'job';

/**
 * 409 `language_taken`: the posting's group already has a version in that language. The error names it
 * (`error.id`, and `Location`), so a client can open that version instead.
 */
export class LanguageTakenError extends ApiError {
  readonly existingId: string;

  constructor(language: string, existingId: string) {
    super(
      'language_taken',
      `This posting already has a ${(LANGUAGE_NAMES as Record<string, string>)[language] ?? language} version (${existingId})`,
      [{ path: 'language', message: `Already written in ${language}: open that version instead` }],
      { Location: `/api/postings/${encodeURIComponent(existingId)}` },
    );
    this.existingId = existingId;
  }

  override toBody() {
    const body = super.toBody();
    return { error: { ...body.error, id: this.existingId } };
  }
}

const BEARER = { 'WWW-Authenticate': 'Bearer' };

const UNAUTHORIZED: Record<StoreRoute, string> = {
  posting: 'Send the edit token as Authorization: Bearer <editToken>',
  job: 'Send the edit token as Authorization: Bearer <editToken>',
  review: 'Send the review or edit token as Authorization: Bearer <token>',
  'review-owner': 'Send the edit token as Authorization: Bearer <token>',
};

const FORBIDDEN: Record<StoreRoute, string> = {
  posting: 'The edit token does not match this posting',
  job: 'The edit token does not match this posting',
  review: 'The token does not match this posting, or its review link was revoked',
  'review-owner': 'Only the edit token may do this (a review token can comment and give a verdict, never edit)',
};

/** What a store's failed outcome means for an API client. */
export function storeError(result: StoreFailure, route: StoreRoute = 'posting'): ApiError {
  switch (result.status) {
    case 'not_found':
      return new ApiError('not_found', route === 'job' ? 'No published job has this id' : 'No posting has this id');
    case 'gone':
      if (route === 'job') return new ApiError('gone', 'This job is no longer open');
      return new ApiError(
        'gone',
        result.reason === 'expired' ? 'This share link has expired' : 'This share link was revoked by its owner',
      );
    case 'unauthorized':
      return new ApiError('unauthorized', UNAUTHORIZED[route], [], BEARER);
    case 'forbidden':
      return new ApiError('forbidden', FORBIDDEN[route]);
    case 'precondition_required':
      return new ApiError('precondition_required', 'Send If-Match with the version you edited, e.g. If-Match: "3"');
    case 'stale':
      return route === 'posting'
        ? new ApiError(
            'precondition_failed',
            `The posting was changed elsewhere: the latest version is ${result.currentVersion}`,
            [],
            { ETag: `"${result.currentVersion}"` },
          )
        : new ApiError(
            'conflict',
            `A verdict is given on the latest version, now ${result.currentVersion}: read it again and give your verdict on it`,
            [],
            { ETag: `"${result.currentVersion}"` },
          );
    case 'pruned':
      return new ApiError(
        'version_pruned',
        `Version ${result.version} is no longer kept: a posting keeps its latest ${KEEP_LATEST_VERSIONS} versions and those reviewed or published`,
      );
    case 'language_taken':
      return new LanguageTakenError(result.language, result.existingId);
    case 'no_such_version':
      return new ApiError('invalid_request', `No such version: the latest is ${result.currentVersion}`, [
        { path: 'version', message: `Use a version from 1 to ${result.currentVersion}` },
      ]);
    case 'no_such_comment':
      return new ApiError('not_found', 'This posting has no comment with that id');
    case 'comment_limit':
      return new ApiError('comment_limit', commentLimitMessage(result));
    case 'closed':
      return new ApiError('invalid_request', 'The closing date of the latest version has passed', [
        {
          path: 'apply.closingDate',
          message: `Closed on ${result.closingDate}: set a later date or remove it, then publish`,
        },
      ]);
    case 'not_approved': {
      const reason = notApprovedReason(result.version, result) ?? `Version ${result.version} is not approved`;
      return new ApiError('not_approved', `${reason}; this posting requires approval before publishing`);
    }
  }
}

/** A store's outcome when it is ok; otherwise what it means for the client, thrown. */
export function storeOk<Result extends { status: string }>(
  result: Result | StoreFailure,
  route: StoreRoute = 'posting',
): Exclude<Result, StoreFailure> {
  if (result.status !== 'ok') throw storeError(result as StoreFailure, route);
  return result as Exclude<Result, StoreFailure>;
}
