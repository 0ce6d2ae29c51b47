import { z } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ApiError } from './api-error';
import { fieldIssues } from '../../shared/http/error-codes';

/** A body or query string that fails its schema: 400 `invalid_request`, naming every failing field. */
export function parseInput<S extends $ZodType>(schema: S, input: unknown, part: 'body' | 'query'): output<S> {
  const parsed = z.safeParse(schema, input);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new ApiError(
    'invalid_request',
    part === 'body'
      ? 'The request body is not valid'
      : `The query string is not valid: ${issues.map((i) => i.path).join(', ')}`,
    issues,
  );
}
