import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../db';
import { onFreshDatabase } from '../../../test/support/fresh-database';
import { testBackends } from '../../../test/support/test-databases';
import { createRateLimiter, RATE_LIMIT_TABLE, type RateLimiterOptions } from './limiter';

const backends = await testBackends('ratelimit');
const postgres = backends.find((b) => b.name === 'PostgreSQL')!;
const name = () => `pwtest_${randomUUID()}`;

describe.each(backends)('rate limiter with the $name app database', (backend) => {
  let handle: DbHandle | undefined;
  const test = it.skipIf(!backend.available);
  // On SQLite the counts live in memory; on PostgreSQL in a table beside the postings.
  const limiter = (options: Omit<RateLimiterOptions, 'pool'>) => createRateLimiter({ ...options, pool: handle?.pool });

  onFreshDatabase(backend, (opened) => (handle = opened));

  test('allows N writes a window, then refuses with a Retry-After; other clients are unaffected', async () => {
    const limit = await limiter({ name: name(), points: 3, durationSeconds: 60 });
    expect(limit.store).toBe(backend.name === 'SQLite' ? 'memory' : 'postgres');
    for (let i = 0; i < 3; i++) expect(await limit.consume('203.0.113.7')).toEqual({ allowed: true });
    for (let i = 0; i < 2; i++) {
      const refused = await limit.consume('203.0.113.7');
      expect(refused.allowed).toBe(false);
      const seconds = refused.allowed ? 0 : refused.retryAfterSeconds;
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(60);
    }
    expect(await limit.consume('203.0.113.8')).toEqual({ allowed: true });
  });

  test('keeps limiters with different names apart', async () => {
    const [a, b] = await Promise.all([
      limiter({ name: name(), points: 1, durationSeconds: 60 }),
      limiter({ name: name(), points: 1, durationSeconds: 60 }),
    ]);
    expect(await a.consume('client')).toEqual({ allowed: true });
    expect(await b.consume('client')).toEqual({ allowed: true });
    expect((await a.consume('client')).allowed).toBe(false);
  });

  test('allows again once the window has passed', async () => {
    const limit = await limiter({ name: name(), points: 1, durationSeconds: 1 });
    expect(await limit.consume('client')).toEqual({ allowed: true });
    expect(await limit.consume('client')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limit.consume('client')).toEqual({ allowed: true });
  });
});

describe.skipIf(!postgres.available)('rate limiter on the PostgreSQL store', () => {
  let handle: DbHandle;
  const limiter = (options: Omit<RateLimiterOptions, 'pool'>) => createRateLimiter({ ...options, pool: handle.pool });

  beforeAll(async () => {
    handle = await createDb(await postgres.freshConfig());
  });
  afterAll(async () => {
    await handle?.db.destroy();
    await postgres.cleanup();
  });

  it('is shared: two app instances draw on the same counts', async () => {
    const shared = name();
    const [one, two] = await Promise.all([
      limiter({ name: shared, points: 2, durationSeconds: 60 }),
      limiter({ name: shared, points: 2, durationSeconds: 60 }),
    ]);
    expect(await one.consume('client')).toEqual({ allowed: true });
    expect(await two.consume('client')).toEqual({ allowed: true });
    expect((await one.consume('client')).allowed).toBe(false);
    const { rows } = await sql<{ points: number }>`
      select points from ${sql.table(RATE_LIMIT_TABLE)} where key = ${`${shared}:client`}`.execute(handle.db);
    expect(rows).toEqual([{ points: 3 }]);
  });

  it('fails open with insurance: when PostgreSQL errors, counts go on in memory', async () => {
    const limit = await limiter({ name: name(), points: 2, durationSeconds: 60, tableName: 'pwtest_dropped' });
    await sql`drop table pwtest_dropped`.execute(handle.db);
    expect(await limit.consume('client')).toEqual({ allowed: true });
    expect(await limit.consume('client')).toEqual({ allowed: true });
    expect((await limit.consume('client')).allowed).toBe(false);
  });

  it('rejects when its table cannot be created (the server is unreachable)', async () => {
    const unreachable = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      connectionTimeoutMillis: 1_000,
    });
    try {
      await expect(
        createRateLimiter({ name: name(), points: 1, durationSeconds: 60, pool: unreachable }),
      ).rejects.toThrow(/ECONNREFUSED|connect/);
    } finally {
      await unreachable.end();
    }
  });
});
