import { describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { Database, DbHandle } from '../db';
import { onFreshDatabase } from '../../../test/support/fresh-database';
import { testBackends } from '../../../test/support/test-databases';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { createPostingStore, type PostingStore } from './store';
import { KEEP_LATEST_VERSIONS } from './version-retention';

const backends = await testBackends('retention');

const titled = (title: string): Draft => ({ ...exampleDraft, job: { ...exampleDraft.job, title } });

describe.each(backends)('version retention on $name', (backend) => {
  let handle: DbHandle;
  const test = it.skipIf(!backend.available);

  onFreshDatabase(backend, (opened) => {
    handle = opened;
  });

  const storedVersions = async (id: string) =>
    (
      await handle.db
        .selectFrom('posting_versions')
        .select('version')
        .where('posting_id', '=', id)
        .orderBy('version')
        .execute()
    ).map((r) => r.version);

  /** Marks a version with a comment, a verdict or a publication: one row of its table (nullable columns null). */
  const mark = <T extends 'review_comments' | 'review_verdicts' | 'posting_publications'>(
    table: T,
    row: Insertable<Database[T]>,
  ) =>
    handle.db
      .insertInto(table)
      .values(row as never)
      .execute();

  /** Saves the posting `times` times, each on the version it read; answers the latest version. */
  async function save(store: PostingStore, id: string, token: string, from: number, times: number) {
    let version = from;
    for (let i = 0; i < times; i++) {
      const result = await store.update(id, { token, ifMatch: version, draft: titled(`Edit ${version}`) });
      expect(result).toMatchObject({ status: 'ok' });
      version++;
    }
    return version;
  }

  test(`keeps the latest ${KEEP_LATEST_VERSIONS} by default: ${KEEP_LATEST_VERSIONS + 5} saves later, ${KEEP_LATEST_VERSIONS} versions`, async () => {
    const store = createPostingStore(handle.db);
    const { id, editToken } = await store.create(exampleDraft);
    const latest = await save(store, id, editToken, 1, KEEP_LATEST_VERSIONS + 5);
    const kept = await storedVersions(id);
    expect(kept).toHaveLength(KEEP_LATEST_VERSIONS);
    expect(kept[0]).toBe(latest - KEEP_LATEST_VERSIONS + 1);
    expect(kept.at(-1)).toBe(latest);
  }, 60_000);

  test('a pruned version answers pruned; one never stored, not_found; the versions list shows what is kept', async () => {
    const store = createPostingStore(handle.db, { keepLatestVersions: 3 });
    const { id, editToken } = await store.create(exampleDraft);
    const latest = await save(store, id, editToken, 1, 7);
    expect(latest).toBe(8);
    expect(await storedVersions(id)).toEqual([6, 7, 8]);
    expect(await store.getVersion(id, 2)).toEqual({ status: 'pruned', version: 2 });
    expect(await store.getVersion(id, 9)).toEqual({ status: 'not_found' });
    expect(await store.getVersion(id, 6)).toMatchObject({ status: 'ok', version: { version: 6 } });
    const listed = await store.listVersions(id);
    expect(listed.status === 'ok' && listed.versions.map((v) => v.version)).toEqual([8, 7, 6]);
  });

  test('versions commented on, given a verdict or published are kept, whatever their age', async () => {
    const store = createPostingStore(handle.db, { keepLatestVersions: 3 });
    const { id, editToken } = await store.create(exampleDraft);
    const at = new Date().toISOString();
    const on = (version: number) => ({ posting_id: id, version });
    // Each mark is made while its version is still among the latest, as the app makes them.
    await save(store, id, editToken, 1, 2);
    await mark('review_comments', {
      ...on(2),
      id: `c-${id}`,
      section: 'title',
      body: 'Why senior?',
      author: 'Priya',
      created_at: at,
    });
    await save(store, id, editToken, 3, 1);
    await mark('review_verdicts', { ...on(4), id: `v-${id}`, verdict: 'approve', author: 'Sam', created_at: at });
    await save(store, id, editToken, 4, 1);
    await mark('posting_publications', { ...on(5), first_published_at: at, published_at: at });
    const latest = await save(store, id, editToken, 5, 10);
    expect(latest).toBe(15);
    expect(await storedVersions(id)).toEqual([2, 4, 5, 13, 14, 15]);
    // Another posting's reviews keep nothing of this one's.
    const other = await store.create(exampleDraft);
    await save(store, other.id, other.editToken, 1, 6);
    expect(await storedVersions(other.id)).toEqual([5, 6, 7]);
  });
});
