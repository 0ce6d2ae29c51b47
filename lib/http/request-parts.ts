import { ApiError } from './api-error';

/** `Authorization: Bearer <token>` → the token, or undefined when absent. */
export function readBearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

/** `If-Match: "3"` (or W/"3", or 3) → 3; absent → undefined; anything else matches no version (-1). */
export function readIfMatchVersion(request: Request): number | undefined {
  const header = request.headers.get('if-match');
  if (header === null || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : -1;
}

/**
 * `?expiresAt=2027-01-31` or a full ISO timestamp: when the share link stops working. `never` or an empty
 * value clears it; absent leaves it as it is (undefined).
 */
export function readExpiresAt(url: URL, now = new Date()): Date | null | undefined {
  if (!url.searchParams.has('expiresAt')) return undefined;
  const raw = url.searchParams.get('expiresAt')!.trim();
  if (raw === '' || raw === 'never') return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T23:59:59.999Z`) : new Date(raw);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    throw new ApiError('invalid_request', 'expiresAt must be an ISO date', [
      { path: 'expiresAt', message: 'Use an ISO date such as 2027-01-31' },
    ]);
  }
  if (date.getTime() <= now.getTime()) {
    throw new ApiError('invalid_request', 'expiresAt must be in the future', [
      { path: 'expiresAt', message: 'Choose a date in the future' },
    ]);
  }
  return date;
}
