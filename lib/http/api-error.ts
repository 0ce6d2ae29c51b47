import type { z } from 'zod';
import { RenderError } from '../render/render-error';

export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_draft: 400,
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  path: string;
  message: string;
}

/** The one error type of the API: a code decides the status, and only `message`/`issues` reach the client. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues.length ? { issues: this.issues } : {}),
      },
    };
  }

  toResponse(): Response {
    return Response.json(this.toBody(), {
      status: this.status,
      headers: { 'Cache-Control': 'no-store', ...this.headers },
    });
  }
}

/** `job.location.country`, `skills.2.years`: the same dotted path react-hook-form uses for its fields. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

export function fromZodError(error: z.ZodError, message = 'The draft is not valid'): ApiError {
  const issues = error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  return new ApiError('invalid_draft', message, issues);
}

/** Anything unexpected becomes a bare 500: internals (SQL, stack traces) never leak to the client. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return error.toResponse();
  // Callers validate drafts first; a template or role that vanished since is still the client's 404.
  if (error instanceof RenderError) return new ApiError('not_found', error.message).toResponse();
  console.error('[postwright] unexpected error', error);
  return new ApiError('internal', 'Something went wrong on our side. Please try again.').toResponse();
}
