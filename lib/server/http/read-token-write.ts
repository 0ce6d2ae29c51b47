import type { $ZodType, output } from 'zod/v4/core';
import { enforceRateLimit } from './rate-limit-guard';
import { readJsonBodyAs } from './read-json-body';
import { readBearerToken } from './request-parts';
import type { RateLimitBucket } from '../rate-limit';

/**
 * The start every token-bearing JSON write shares: counted against `bucket` first (429 past it, before any
 * reading), then its body read through `schema` (415 / 413 / 400), and the bearer token it carries.
 */
export async function readTokenWrite<S extends $ZodType>(
  request: Request,
  bucket: RateLimitBucket,
  schema: S,
): Promise<{ input: output<S>; token: string | undefined }> {
  await enforceRateLimit(request, bucket);
  return { input: await readJsonBodyAs(request, schema), token: readBearerToken(request) };
}
