import { describe, expect, it } from 'vitest';
import { createExportCache, exportCacheKey } from './export-cache';

const bytes = (size: number, fill = 1) => new Uint8Array(size).fill(fill);

describe('export cache', () => {
  it('names an export exactly by id, version, format, template and page size', () => {
    const base = { id: 'abc', version: 1, format: 'pdf', template: 'classic', pageSize: 'A4' };
    const keys = new Set([
      exportCacheKey(base),
      exportCacheKey({ ...base, id: 'abd' }),
      exportCacheKey({ ...base, version: 2 }),
      exportCacheKey({ ...base, format: 'docx', pageSize: undefined }),
      exportCacheKey({ ...base, template: 'concise' }),
      exportCacheKey({ ...base, pageSize: 'LETTER' }),
      // Ids with separators in them cannot run into the version.
      exportCacheKey({ ...base, id: 'abc","1' }),
    ]);
    expect(keys.size).toBe(7);
    expect(exportCacheKey({ ...base })).toBe(exportCacheKey(base));
  });

  it('renders once for any number of requests, concurrent or later', async () => {
    const cache = createExportCache({ maxBytes: 1000, maxEntryBytes: 500 });
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return bytes(10);
    };
    const answers = await Promise.all([1, 2, 3].map(() => cache.getOrRender('k', render)));
    expect(renders).toBe(1);
    expect(answers.map((a) => a.hit)).toEqual([false, false, false]);
    expect((await cache.getOrRender('k', render)).hit).toBe(true);
    expect(renders).toBe(1);
  });

  it('stays within its bytes, dropping the least recently used, and keeps no file over the entry limit', async () => {
    const cache = createExportCache({ maxBytes: 300, maxEntryBytes: 150 });
    for (const key of ['a', 'b', 'c']) await cache.getOrRender(key, async () => bytes(100));
    await cache.getOrRender('a', async () => bytes(100, 2)); // touch a: b is now the oldest
    await cache.getOrRender('d', async () => bytes(100));
    expect(cache.stats.bytes).toBeLessThanOrEqual(300);
    expect((await cache.getOrRender('a', async () => bytes(100, 9))).hit).toBe(true);
    expect((await cache.getOrRender('b', async () => bytes(100))).hit).toBe(false);
    await cache.getOrRender('huge', async () => bytes(200));
    expect((await cache.getOrRender('huge', async () => bytes(200))).hit).toBe(false);
  });

  it('keeps nothing when the render fails, so the next request tries again', async () => {
    const cache = createExportCache({ maxBytes: 1000, maxEntryBytes: 500 });
    await expect(cache.getOrRender('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await cache.getOrRender('k', async () => bytes(5))).hit).toBe(false);
    expect(cache.stats).toMatchObject({ entries: 1, pending: 0 });
  });
});
