import { ApiError } from '../http/api-error';
import { postingStatusError } from '../http/posting-status';
import type { PublishResult, UnpublishResult } from '../posting-store/publishing-store';
import { notApprovedReason } from './approval-words';

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
    const reason = notApprovedReason(result.version, result) ?? `Version ${result.version} is not approved`;
    return new ApiError('not_approved', `${reason}; this posting requires approval before publishing`);
  }
  return postingStatusError(result);
}
