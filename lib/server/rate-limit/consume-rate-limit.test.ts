import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testBackends } from '../../../test/support/test-databases';
import { RATE_LIMIT_TABLE } from './limiter';

// consumeRateLimit as the route guard calls it: limits and store from the environment.
const backends = await testBackends('consume');

describe.each(backends)('consumeRateLimit on $name', (backend) => {
  afterEach(async () => {
    const { closeDb } = await import('../db');
    await closeDb();
    vi.unstubAllEnvs();
    vi.resetModules();
    await backend.cleanup();
  });

  it.skipIf(!backend.available)('counts creates and other writes in their own buckets, per client', async () => {
    const config = await backend.freshConfig();
    vi.stubEnv('DATABASE_URL', config.kind === 'postgres' ? config.url : '');
    vi.stubEnv('POSTWRIGHT_SQLITE_PATH', config.kind === 'sqlite' ? config.path : '');
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '2');
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WRITE', '3');
    vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WINDOW_SECONDS', '30');
    const { consumeRateLimit } = await import('./index');

    const client = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const creates = await Promise.all([1, 2, 3].map(() => consumeRateLimit('create', client)));
    expect(creates.filter((c) => c.allowed)).toHaveLength(2);
    const refused = creates.find((c) => !c.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeLessThanOrEqual(30);

    for (let i = 0; i < 3; i++) expect(await consumeRateLimit('write', client)).toEqual({ allowed: true });
    expect((await consumeRateLimit('write', client)).allowed).toBe(false);
    expect(await consumeRateLimit('create', `${client}-other`)).toEqual({ allowed: true });

    if (config.kind === 'postgres') {
      // The counts are in the app database's own schema, where every instance sees them.
      const { getDb } = await import('../db');
      const { rows } = await sql<{ key: string; points: number }>`
        select key, points from ${sql.table(RATE_LIMIT_TABLE)} where key like ${`%:${client}`} order by key`.execute(
        await getDb(),
      );
      expect(rows).toEqual([
        { key: `postwright_create:${client}`, points: 3 },
        { key: `postwright_write:${client}`, points: 4 },
      ]);
    }
  });
});
