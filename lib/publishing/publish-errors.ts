import { ApiError } from '../http/api-error';
import { postingStatusError } from '../http/posting-status';
import type { PublishResult, UnpublishResult } from '../posting-store/publishing-store';

const VERDICT_WORDS = { approve: 'approved', changes: 'changes requested' } as const;

/** What a failed publish or unpublish means for an API client. */
export function publishStatusError(result: Exclude<PublishResult | UnpublishResult, { status: 'ok' }>): ApiError {
  if (result.status === 'closed') {
    return new ApiError('invalid_request', 'The closing date of the latest version has passed', [
      {
        path: 'apply.closingDate',
        message: `Closed on ${result.closingDate}: set a later date or remove it, then publish`,
      },
    ]);
  }
  if (result.status === 'not_approved') {
    const last = result.latestVerdict;
    const why = last
      ? ` (${VERDICT_WORDS[last.verdict]} by ${last.author} on version ${last.version})`
      : ' (no verdict yet)';
    return new ApiError(
      'not_approved',
      `Version ${result.version} is not approved${why}; this posting requires approval before publishing`,
    );
  }
  return postingStatusError(result);
}
