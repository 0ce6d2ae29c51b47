import '#server-only';
import type pg from 'pg';
import { getEnv } from '../config/env';
import { dialectName, getDbHandle } from '../db';
import { serverLog } from '../log/server-log';
import { processWide } from '../runtime/process-wide';
import { createRateLimiter, type RateLimiter, type RateLimiterOptions, type RateLimitOutcome } from './limiter';

export type RateLimitBucket = 'create' | 'write' | 'export' | 'diff' | 'read';

const RETRY_POSTGRES_AFTER_MS = 30_000;

// One set per process, shared by the Pages and App Router bundles (lib/server/runtime/process-wide.ts): a review
// form's writes and the API's count against the same budget.
const { shared, retryAt, local } = processWide('rate-limit', () => ({
  // Counts shared by every instance, in PostgreSQL, per pool (a reopened database gets new limiters).
  shared: new Map<RateLimitBucket, { pool: pg.Pool; limiter: Promise<RateLimiter> }>(),
  // When the PostgreSQL store failed to start: it is tried again once this time has passed.
  retryAt: new Map<RateLimitBucket, number>(),
  // In-memory counts, by the limits they count to (other limits, other counts).
  local: new Map<string, Promise<RateLimiter>>(),
}));

function optionsFor(bucket: RateLimitBucket): RateLimiterOptions {
  const env = getEnv();
  return {
    name: `postwright_${bucket}`,
    points: {
      create: env.POSTWRIGHT_RATE_LIMIT_CREATE,
      write: env.POSTWRIGHT_RATE_LIMIT_WRITE,
      export: env.POSTWRIGHT_RATE_LIMIT_EXPORT,
      read: env.POSTWRIGHT_RATE_LIMIT_READ,
      diff: env.POSTWRIGHT_RATE_LIMIT_DIFF,
    }[bucket],
    durationSeconds: env.POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS,
  };
}

/** This process's own counts: the store on SQLite, and the stand-in while PostgreSQL's is not ready. */
function localLimiter(bucket: RateLimitBucket): Promise<RateLimiter> {
  const options = optionsFor(bucket);
  const key = JSON.stringify(options);
  let limiter = local.get(key);
  if (!limiter) local.set(key, (limiter = createRateLimiter(options)));
  return limiter;
}

async function limiterFor(bucket: RateLimitBucket): Promise<RateLimiter> {
  if (dialectName() === 'sqlite') return localLimiter(bucket);
  const pool = await getDbHandle().then(
    (handle) => handle.pool,
    () => undefined, // the database is down: the write will fail there, not here
  );
  if (!pool) return localLimiter(bucket);
  const entry = shared.get(bucket);
  const wait = retryAt.get(bucket);
  if (entry && entry.pool === pool && (wait === undefined || Date.now() < wait)) return entry.limiter;
  retryAt.delete(bucket);
  const limiter = createRateLimiter({ ...optionsFor(bucket), pool }).catch((error: unknown) => {
    serverLog().error({ err: error }, 'PostgreSQL rate-limit store unavailable; counting in memory for now');
    retryAt.set(bucket, Date.now() + RETRY_POSTGRES_AFTER_MS);
    return localLimiter(bucket);
  });
  shared.set(bucket, { pool, limiter });
  return limiter;
}

/**
 * Counts one write of a client in a bucket. The counts live in memory on SQLite and in PostgreSQL when
 * DATABASE_URL is set; if PostgreSQL fails, they fall back to memory rather than fail the request.
 */
export async function consumeRateLimit(bucket: RateLimitBucket, clientKey: string): Promise<RateLimitOutcome> {
  return (await limiterFor(bucket)).consume(clientKey);
}

export { createRateLimiter, RATE_LIMIT_TABLE } from './limiter';
export type { RateLimiter, RateLimiterOptions, RateLimitOutcome } from './limiter';
