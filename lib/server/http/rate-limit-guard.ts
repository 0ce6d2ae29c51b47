import { consumeRateLimit, type RateLimitBucket } from '../rate-limit';
import { ApiError } from './api-error';
import { clientKey } from './client-key';

/** 429 with Retry-After once a client has used its writes for the window. */
export async function enforceRateLimit(request: Request, bucket: RateLimitBucket): Promise<void> {
  const key = clientKey(request);
  const outcome = await consumeRateLimit(bucket, key);
  if (!outcome.allowed) {
    const seconds = Math.max(1, Math.ceil(outcome.retryAfterSeconds));
    throw new ApiError('rate_limited', `Too many requests: try again in ${seconds} s`, [], {
      'Retry-After': String(seconds),
    });
  }
}
