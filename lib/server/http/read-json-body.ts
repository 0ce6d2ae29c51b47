import type { $ZodType, output } from 'zod/v4/core';
import { ApiError } from './api-error';
import { parseInput } from './parse-input';
import { readBoundedBody } from './read-bounded-body';

export const MAX_BODY_BYTES = 256 * 1024;

/** Reads a JSON body without ever holding more than the limit (see readBoundedBody). */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const mediaType = type.split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    throw new ApiError('unsupported_media_type', 'Send the body as application/json');
  }
  const bytes = await readBoundedBody(request, limit, () => tooLarge(limit));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8');
  }
  if (text.trim() === '') throw new ApiError('invalid_json', 'The body is empty: send a JSON draft');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

/** A JSON body through its schema: 415 / 413 / 400 as readJsonBody, then 400 naming every failing field. */
export async function readJsonBodyAs<S extends $ZodType>(request: Request, schema: S): Promise<output<S>> {
  return parseInput(schema, await readJsonBody(request), 'body');
}

function tooLarge(limit: number) {
  return new ApiError('payload_too_large', `The body is larger than ${Math.round(limit / 1024)} KiB`);
}
