import { KEEP_LATEST_VERSIONS } from '../posting-store/version-retention';
import { ApiError } from './api-error';

type FailedStatus = 'not_found' | 'gone' | 'unauthorized' | 'forbidden' | 'precondition_required' | 'stale' | 'pruned';

/** What each storage outcome means for an API client. */
export function postingStatusError(result: {
  status: FailedStatus;
  currentVersion?: number;
  reason?: string;
  version?: number;
}): ApiError {
  switch (result.status) {
    case 'not_found':
      return new ApiError('not_found', 'No posting has this id');
    case 'pruned':
      return new ApiError(
        'version_pruned',
        `Version ${result.version ?? ''} is no longer kept: a posting keeps its latest ${KEEP_LATEST_VERSIONS} versions and those reviewed or published`,
      );
    case 'gone':
      return new ApiError(
        'gone',
        result.reason === 'expired' ? 'This share link has expired' : 'This share link was revoked by its owner',
      );
    case 'unauthorized':
      return new ApiError('unauthorized', 'Send the edit token as Authorization: Bearer <editToken>', [], {
        'WWW-Authenticate': 'Bearer',
      });
    case 'forbidden':
      return new ApiError('forbidden', 'The edit token does not match this posting');
    case 'precondition_required':
      return new ApiError('precondition_required', 'Send If-Match with the version you edited, e.g. If-Match: "3"');
    case 'stale':
      return new ApiError(
        'precondition_failed',
        `The posting was changed elsewhere: the latest version is ${result.currentVersion ?? 'newer'}`,
        [],
        result.currentVersion ? { ETag: `"${result.currentVersion}"` } : {},
      );
  }
}
