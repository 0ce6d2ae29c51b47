import '#server-only';
import type pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { serverLog } from '../log/server-log';

export type RateLimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiterOptions {
  /** Keeps this limiter's counts apart from others sharing a store. */
  name: string;
  /** Writes one client may make per window. */
  points: number;
  durationSeconds: number;
  /** With a pool, counts live in PostgreSQL, so every app instance sees the same numbers. */
  pool?: pg.Pool;
  /** The PostgreSQL table of counts, created on first use in the pool's current schema. */
  tableName?: string;
}

export interface RateLimiter {
  readonly store: 'memory' | 'postgres';
  /** Counts one write of a client; never throws. */
  consume(clientKey: string): Promise<RateLimitOutcome>;
}

export const RATE_LIMIT_TABLE = 'postwright_rate_limits';

/**
 * A per-client limiter, resolved once its store is ready: the PostgreSQL store creates its table
 * asynchronously, and until it has, every call would go to the insurance. Rejects if that table cannot
 * be created.
 */
export async function createRateLimiter(options: RateLimiterOptions): Promise<RateLimiter> {
  const memory = new RateLimiterMemory({
    keyPrefix: options.name,
    points: options.points,
    duration: options.durationSeconds,
  });
  if (!options.pool) return wrap(memory, 'memory');
  const postgres = await postgresLimiter(options, options.pool, memory);
  return wrap(postgres, 'postgres');
}

function postgresLimiter(
  options: RateLimiterOptions,
  pool: pg.Pool,
  insurance: RateLimiterMemory,
): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: pool,
        storeType: 'pool',
        tableName: options.tableName ?? RATE_LIMIT_TABLE,
        keyPrefix: options.name,
        points: options.points,
        duration: options.durationSeconds,
        // When PostgreSQL fails a call, count in this process's memory rather than refuse or fail the write.
        insuranceLimiter: insurance,
      },
      (error?: unknown) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

function wrap(limiter: RateLimiterAbstract, store: RateLimiter['store']): RateLimiter {
  return { store, consume: (clientKey) => consumeWith(limiter, clientKey) };
}

async function consumeWith(limiter: RateLimiterAbstract, clientKey: string): Promise<RateLimitOutcome> {
  try {
    await limiter.consume(clientKey);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    // Neither store could count (the insurance catches PostgreSQL's errors): let the write through.
    serverLog().error({ err: rejection }, 'rate limiter failed; allowing the request');
    return { allowed: true };
  }
}
