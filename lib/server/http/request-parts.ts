import { ApiError } from './api-error';

/**
 * `Authorization: Bearer <token>` → the token. Absent, or anything that is not one bearer token (another
 * scheme, no token, two tokens), is undefined: no usable credentials, so 401 rather than 403 (which says
 * the token was read and is wrong).
 */
export function readBearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  if (!header) return undefined;
  return /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header)?.[1];
}

/** Weak tags never match under If-Match's strong comparison (RFC 9110 §13.1.1): no version is given. */
export const WEAK_IF_MATCH = 0;

/**
 * `If-Match: "3"` → 3; absent → undefined. `W/"3"` is a valid header that can never match (strong
 * comparison), so it yields a number that is no version: the store answers 412 with the current ETag.
 * `*` names no version: treated as absent (428), since a blind overwrite is what If-Match is here to stop.
 * Anything else is not an entity tag of ours: 400.
 */
export function readIfMatchVersion(request: Request): number | undefined {
  const header = request.headers.get('if-match')?.trim();
  if (!header || header === '*') return undefined;
  const match = /^(W\/)?"([1-9]\d{0,8})"$/.exec(header);
  if (!match) {
    throw new ApiError('invalid_request', 'If-Match must be the version you edited in quotes, e.g. If-Match: "3"', [
      { path: 'If-Match', message: 'Send one entity tag, such as "3"' },
    ]);
  }
  return match[1] ? WEAK_IF_MATCH : Number(match[2]);
}
