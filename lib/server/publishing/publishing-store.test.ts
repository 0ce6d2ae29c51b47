import { describe, expect, it } from 'vitest';
import { createDb } from '../db';
import { freshStores } from '../../../test/support/fresh-database';
import { testBackends } from '../../../test/support/test-databases';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { createPublishingStore } from './publishing-store';
import { createPostingStore } from '../postings/store';

const backends = await testBackends('publishing');

const titled = (title: string, closingDate?: string): Draft => ({
  ...exampleDraft,
  job: { ...exampleDraft.job, title },
  apply: { ...exampleDraft.apply, closingDate },
});
const t = (iso: string) => new Date(iso);

describe.each(backends)('publishing store on $name', (backend) => {
  const test = it.skipIf(!backend.available);
  const stores = freshStores(backend, (db) => ({
    postings: createPostingStore(db),
    publishing: createPublishingStore(db),
  }));

  const liveIds = async (now: Date) => (await stores.publishing.listPublicJobs({ now })).map((job) => job.id);

  test('publishes the latest version, and publishing again moves on to the newest', async () => {
    const { id, editToken } = await stores.postings.create(titled('First title', '2027-01-31'), {
      now: t('2026-05-01T00:00:00Z'),
    });
    expect(await stores.publishing.getPublicJob(id)).toEqual({ status: 'not_found' });

    const first = await stores.publishing.publish(id, editToken, { now: t('2026-05-02T10:00:00.000Z') });
    expect(first).toEqual({ status: 'ok', version: 1, publishedAt: '2026-05-02T10:00:00.000Z', approved: false });
    const seen = await stores.publishing.getPublicJob(id, { now: t('2026-05-03T00:00:00Z') });
    expect(seen).toEqual({
      status: 'ok',
      job: {
        id,
        version: 1,
        draft: titled('First title', '2027-01-31'),
        firstPublishedAt: '2026-05-02T10:00:00.000Z',
        publishedAt: '2026-05-02T10:00:00.000Z',
        closesAt: '2027-01-31T23:59:59.999Z',
      },
    });

    await stores.postings.update(id, {
      token: editToken,
      ifMatch: 1,
      draft: titled('Second title'),
      now: t('2026-05-04T00:00:00Z'),
    });
    // An edit alone leaves the public page on the version that was published.
    const unchanged = await stores.publishing.getPublicJob(id, { now: t('2026-05-05T00:00:00Z') });
    expect(unchanged.status === 'ok' && unchanged.job.draft.job.title).toBe('First title');
    expect(await stores.publishing.publication(id, { now: t('2026-05-05T00:00:00Z') })).toEqual({
      version: 1,
      publishedAt: '2026-05-02T10:00:00.000Z',
    });

    expect(await stores.publishing.publish(id, editToken, { now: t('2026-05-06T00:00:00.000Z') })).toMatchObject({
      version: 2,
    });
    const moved = await stores.publishing.getPublicJob(id, { now: t('2026-05-07T00:00:00Z') });
    expect(moved).toMatchObject({
      status: 'ok',
      job: {
        version: 2,
        firstPublishedAt: '2026-05-02T10:00:00.000Z', // still up, so still posted on the first day
        publishedAt: '2026-05-06T00:00:00.000Z',
        closesAt: null,
      },
    });
    expect(moved.status === 'ok' && moved.job.draft.job.title).toBe('Second title');
  });

  test('needs the edit token, and answers for unknown or revoked postings', async () => {
    const { id, editToken } = await stores.postings.create(minimalDraft);
    expect(await stores.publishing.publish(id, undefined)).toEqual({ status: 'unauthorized' });
    expect(await stores.publishing.publish(id, 'x'.repeat(43))).toEqual({ status: 'forbidden' });
    expect(await stores.publishing.unpublish(id, 'nope')).toEqual({ status: 'forbidden' });
    expect(await stores.publishing.publish('AAAAAAAAAAAAAAAAAAAAAA', editToken)).toEqual({ status: 'not_found' });
    expect(await stores.publishing.publish('../etc/passwd', editToken)).toEqual({ status: 'not_found' });
    expect(await stores.publishing.getPublicJob(id)).toEqual({ status: 'not_found' }); // nothing was published
    expect(await stores.publishing.publication(id)).toBeNull();
    expect(await stores.publishing.publication('../etc/passwd')).toBeNull();
    await stores.postings.revoke(id, editToken);
    expect(await stores.publishing.publish(id, editToken)).toEqual({ status: 'gone', reason: 'revoked' });
  });

  test('refuses to publish a posting whose closing date has passed', async () => {
    const { id, editToken } = await stores.postings.create(titled('Closed', '2026-01-31'));
    expect(await stores.publishing.publish(id, editToken, { now: t('2026-02-01T00:00:00Z') })).toEqual({
      status: 'closed',
      closingDate: '2026-01-31',
    });
    // The closing day itself is still open.
    expect(await stores.publishing.publish(id, editToken, { now: t('2026-01-31T23:00:00Z') })).toMatchObject({
      status: 'ok',
    });
  });

  test('unpublish, revoke, expiry and closing each take the job out of the page, the list and the stamp at once', async () => {
    const now = t('2026-06-01T00:00:00Z');
    const later = t('2026-08-01T00:00:00Z');
    const make = async (draft: Draft, expiresAt: Date | null = null) => {
      const created = await stores.postings.create(draft, { now, expiresAt });
      expect(await stores.publishing.publish(created.id, created.editToken, { now })).toMatchObject({ status: 'ok' });
      return created;
    };
    const staying = await make(titled('Staying', '2027-01-01'));
    const unpublished = await make(titled('Unpublished'));
    const revoked = await make(titled('Revoked'));
    const expired = await make(titled('Expired'), t('2026-07-01T00:00:00Z'));
    const closed = await make(titled('Closed', '2026-06-30'));
    const all = [staying, unpublished, revoked, expired, closed].map((c) => c.id);

    expect(await liveIds(now)).toEqual(expect.arrayContaining(all));
    const before = await stores.publishing.publicationStamp({ now });

    expect(await stores.publishing.unpublish(unpublished.id, unpublished.editToken, { now })).toEqual({ status: 'ok' });
    expect(await stores.publishing.unpublish(unpublished.id, unpublished.editToken, { now })).toEqual({ status: 'ok' });
    await stores.postings.revoke(revoked.id, revoked.editToken, { now });

    const live = await liveIds(later);
    expect(live).toContain(staying.id);
    for (const gone of [unpublished, revoked, expired, closed]) expect(live).not.toContain(gone.id);

    expect(await stores.publishing.getPublicJob(staying.id, { now: later })).toMatchObject({ status: 'ok' });
    const goneFor = { unpublished, revoked, expired, closed };
    for (const [reason, posting] of Object.entries(goneFor)) {
      expect(await stores.publishing.getPublicJob(posting.id, { now: later })).toEqual({ status: 'gone', reason });
    }
    // The owner's view agrees with the page: a publication only while the page shows the job.
    expect(await stores.publishing.publication(staying.id, { now: later })).toEqual({
      version: 1,
      publishedAt: '2026-06-01T00:00:00.000Z',
    });
    for (const gone of [unpublished, revoked, expired, closed]) {
      expect(await stores.publishing.publication(gone.id, { now: later })).toBeNull();
    }

    const after = await stores.publishing.publicationStamp({ now: later });
    expect(after.live).toBe(before.live - 4);

    // Publishing again after unpublishing brings it back, posted afresh.
    const back = t('2026-08-02T00:00:00.000Z');
    await stores.publishing.publish(unpublished.id, unpublished.editToken, { now: back });
    expect(await stores.publishing.getPublicJob(unpublished.id, { now: back })).toMatchObject({
      job: { firstPublishedAt: '2026-08-02T00:00:00.000Z' },
    });
    expect(await stores.publishing.publicationStamp({ now: back })).toEqual({
      live: after.live + 1,
      lastPublishedAt: '2026-08-02T00:00:00.000Z',
    });
  });

  test('lists newest first, each with the version that was published', async () => {
    const at = (minute: number) => t(`2030-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await stores.postings.create(titled(`Ordered ${i}`), { now: at(i) });
      await stores.publishing.publish(created.id, created.editToken, { now: at(i) });
      ids.push(created.id);
    }
    const listed = (await stores.publishing.listPublicJobs({ now: at(10) })).filter((job) => ids.includes(job.id));
    expect(listed.map((job) => job.draft.job.title)).toEqual(['Ordered 2', 'Ordered 1', 'Ordered 0']);
    // Without drafts, the same jobs in the same order; by id, only those asked for.
    const heads = (await stores.publishing.listPublicJobHeads({ now: at(10) })).filter((job) => ids.includes(job.id));
    expect(heads.map((head) => Object.keys(head).sort())[0]).toEqual([
      'closesAt',
      'firstPublishedAt',
      'id',
      'publishedAt',
      'version',
    ]);
    expect(listed).toMatchObject(heads);
    const some = await stores.publishing.listPublicJobs({ now: at(10), ids: [ids[0]!, ids[2]!] });
    expect(some.map((job) => job.draft.job.title)).toEqual(['Ordered 2', 'Ordered 0']);
    expect(await stores.publishing.listPublicJobs({ now: at(10), ids: [] })).toEqual([]);
  });

  test('keeps the publication when the database is closed and opened again', async () => {
    const config = await backend.freshConfig();
    const first = await createDb(config);
    const created = await createPostingStore(first.db).create(minimalDraft);
    await createPublishingStore(first.db).publish(created.id, created.editToken);
    await first.db.destroy();
    const second = await createDb(config);
    try {
      expect(await createPublishingStore(second.db).getPublicJob(created.id)).toMatchObject({
        status: 'ok',
        job: { version: 1 },
      });
    } finally {
      await second.db.destroy();
    }
  });

  test('a revoked posting is deleted from the publications with its posting (cascade)', async () => {
    const { id, editToken } = await stores.postings.create(minimalDraft);
    await stores.publishing.publish(id, editToken);
    await stores.handle.db.deleteFrom('postings').where('id', '=', id).execute();
    expect(await stores.publishing.getPublicJob(id)).toEqual({ status: 'not_found' });
  });
});
