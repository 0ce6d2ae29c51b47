import { z } from 'zod/mini';

// The error codes of the API and the status each one answers with. Adding a code is one line here; the
// `ErrorCode` union, the error body schema and the browser client all follow from this table.
// This module imports nothing relative: server.mjs loads it directly (Node strips the types).
export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_draft: 400,
  invalid_request: 400,
  aborted: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_pruned: 404,
  method_not_allowed: 405,
  conflict: 409,
  not_approved: 409,
  comment_limit: 409,
  language_taken: 409,
  gone: 410,
  precondition_failed: 412,
  payload_too_large: 413,
  file_too_large: 413,
  unsupported_media_type: 415,
  unsupported_type: 415,
  file_mismatch: 422,
  file_encrypted: 422,
  file_too_complex: 422,
  pdf_no_text: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * A schema's issues as the API and the forms name them: `job.location.country`, `skills.2.years` (the dotted
 * path react-hook-form uses for its fields), and `root` for an issue about the whole value.
 */
export function fieldIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  root = '(root)',
): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || root, message: issue.message }));
}

/**
 * `{"error": {"code", "message", "issues"?}}`. The code is any string on the wire, so that a client built
 * before a code was added still reads the message; `isErrorCode` narrows it.
 */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.optional(z.array(fieldIssueSchema)),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, code);
}

export function errorBody(code: ErrorCode, message: string, issues: readonly FieldIssue[] = []): ErrorBody {
  return { error: { code, message, ...(issues.length ? { issues: [...issues] } : {}) } };
}
