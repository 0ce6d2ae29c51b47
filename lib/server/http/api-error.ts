import { ImportError } from '../import/import-error';
import { PoolBusyError } from '../runtime/pool-busy';
import { RenderError } from '../render/render-error';
import { ERROR_STATUS, errorBody, type ErrorCode, type FieldIssue } from '../../shared/http/error-codes';

export type { ErrorCode, FieldIssue } from '../../shared/http/error-codes';

/** The one error type of the API: a code decides the status, and only `message`/`issues` reach the client. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    message: string,
    issues: readonly FieldIssue[] = [],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody() {
    return errorBody(this.code, this.message, this.issues);
  }

  /** The spec's JSON error, never cached. */
  toResponse(): Response {
    return Response.json(this.toBody(), {
      status: this.status,
      headers: { 'Cache-Control': 'no-store', ...this.headers },
    });
  }
}

/**
 * The API's answer to the errors the domain throws on purpose (the store's expected outcomes are values:
 * lib/server/http/store-error.ts); undefined for anything else.
 */
export function knownApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  // Callers validate drafts first; a template or role that vanished since is still the client's 404.
  if (error instanceof RenderError) return new ApiError('not_found', error.message);
  // A file the importer refused, named by its code.
  if (error instanceof ImportError) return new ApiError(error.code, error.message);
  if (error instanceof PoolBusyError) {
    return new ApiError('unavailable', error.message, [], { 'Retry-After': String(error.retryAfterSeconds) });
  }
  return undefined;
}

/**
 * Anything unexpected becomes a bare 500: internals (SQL, stack traces) never leak to the client; they go to
 * `logUnexpected` (the server's log) instead.
 */
export function toErrorResponse(error: unknown, logUnexpected: (error: unknown) => void): Response {
  const known = knownApiError(error);
  if (known) return known.toResponse();
  logUnexpected(error);
  return new ApiError('internal', 'Something went wrong on our side. Please try again.').toResponse();
}
