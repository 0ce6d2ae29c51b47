import { ApiError, issuePath } from '../http/api-error';
import { postingStatusError } from '../http/posting-status';
import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';

// What each review-store outcome means for an API client; the posting outcomes read as everywhere else.

type Failure =
  | { status: 'not_found' }
  | { status: 'gone'; reason: 'revoked' | 'expired' }
  | { status: 'unauthorized' }
  | { status: 'forbidden' }
  | { status: 'no_such_version'; currentVersion: number }
  | { status: 'no_such_comment' }
  | { status: 'stale'; currentVersion: number }
  | { status: 'comment_limit'; limit: 'open' | 'total'; max: number };

/** Why a comment (or a reopen) was refused at the posting's cap, in words for the API and the reviewer's page. */
export function commentLimitMessage({ limit, max }: { limit: 'open' | 'total'; max: number }): string {
  return limit === 'open'
    ? `This posting has ${max} open comments, the most it takes: the author must resolve some before more are added`
    : `This posting has ${max} comments, the most it takes: no more can be added`;
}

export function reviewStatusError(result: Failure, tokenKind: 'edit' | 'review or edit'): ApiError {
  switch (result.status) {
    case 'unauthorized':
      return new ApiError('unauthorized', `Send the ${tokenKind} token as Authorization: Bearer <token>`, [], {
        'WWW-Authenticate': 'Bearer',
      });
    case 'forbidden':
      return new ApiError(
        'forbidden',
        tokenKind === 'edit'
          ? 'Only the edit token may do this (a review token can comment and give a verdict, never edit)'
          : 'The token does not match this posting, or its review link was revoked',
      );
    case 'no_such_version':
      return new ApiError('invalid_request', `No such version: the latest is ${result.currentVersion}`, [
        { path: 'version', message: `Use a version from 1 to ${result.currentVersion}` },
      ]);
    case 'no_such_comment':
      return new ApiError('not_found', 'This posting has no comment with that id');
    case 'comment_limit':
      return new ApiError('comment_limit', commentLimitMessage(result));
    case 'stale':
      return new ApiError(
        'conflict',
        `A verdict is given on the latest version, now ${result.currentVersion}: read it again and give your verdict on it`,
        [],
        { ETag: `"${result.currentVersion}"` },
      );
    default:
      return postingStatusError(result);
  }
}

/** A JSON body that fails its schema: 400, naming every failing field. */
export function parseReviewBody<S extends $ZodType>(schema: S, body: unknown): output<S> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  throw new ApiError(
    'invalid_request',
    'The request body is not valid',
    result.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message })),
  );
}
