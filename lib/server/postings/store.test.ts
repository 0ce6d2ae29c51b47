import { describe, expect, it } from 'vitest';
import { freshStores } from '../../../test/support/fresh-database';
import { testBackends } from '../../../test/support/test-databases';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { hashToken } from './tokens';
import { createPostingStore } from './store';

const backends = await testBackends('postings');

const titled = (title: string): Draft => ({ ...exampleDraft, job: { ...exampleDraft.job, title } });

describe.each(backends)('posting store on $name', (backend) => {
  const test = it.skipIf(!backend.available);
  const stores = freshStores(backend, (db) => ({ store: createPostingStore(db) }));

  const row = (id: string) =>
    stores.handle.db.selectFrom('postings').selectAll().where('id', '=', id).executeTakeFirst();
  const versionRows = (id: string) =>
    stores.handle.db
      .selectFrom('posting_versions')
      .selectAll()
      .where('posting_id', '=', id)
      .orderBy('version')
      .execute();

  describe('create and get', () => {
    test('round-trips a draft deep-equal, stored as the JSON given', async () => {
      const now = new Date('2026-03-04T05:06:07.089Z');
      const created = await stores.store.create(exampleDraft, { now });
      expect(created).toMatchObject({ version: 1, createdAt: '2026-03-04T05:06:07.089Z' });
      expect(await stores.store.get(created.id)).toEqual({
        status: 'ok',
        editable: false,
        posting: {
          id: created.id,
          version: 1,
          draft: exampleDraft,
          createdAt: '2026-03-04T05:06:07.089Z',
          updatedAt: '2026-03-04T05:06:07.089Z',
          expiresAt: null,
        },
      });
      expect((await row(created.id))?.draft).toBe(JSON.stringify(exampleDraft));
      expect(await versionRows(created.id)).toEqual([
        {
          posting_id: created.id,
          version: 1,
          draft: JSON.stringify(exampleDraft),
          created_at: '2026-03-04T05:06:07.089Z',
        },
      ]);
    });

    test("with an edit token: editable when it is the posting's, forbidden when not", async () => {
      const { id, editToken } = await stores.store.create(minimalDraft);
      expect(await stores.store.get(id, { editToken })).toMatchObject({ status: 'ok', editable: true });
      expect(await stores.store.get(id, { editToken: 'not-the-token' })).toEqual({ status: 'forbidden' });
    });

    test('round-trips the smallest draft too', async () => {
      const { id } = await stores.store.create(minimalDraft);
      expect(await stores.store.get(id)).toMatchObject({ status: 'ok', posting: { draft: minimalDraft } });
    });

    test('gives unguessable ids and tokens, and keeps only a SHA-256 of the token', async () => {
      const created = await Promise.all(Array.from({ length: 20 }, () => stores.store.create(minimalDraft)));
      for (const { id, editToken } of created) {
        expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 132 bits
        expect(editToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 258 bits
        const stored = await row(id);
        expect(stored?.edit_token_hash).toBe(hashToken(editToken));
        expect(stored?.edit_token_hash).toMatch(/^[0-9a-f]{64}$/);
        expect(JSON.stringify(stored)).not.toContain(editToken);
        expect(JSON.stringify(await versionRows(id))).not.toContain(editToken);
      }
      expect(new Set(created.map((c) => c.id)).size).toBe(20);
      expect(new Set(created.map((c) => c.editToken)).size).toBe(20);
    });

    test('answers not_found for an unknown id', async () => {
      expect(await stores.store.get('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ status: 'not_found' });
      expect(await stores.store.listVersions('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ status: 'not_found' });
      expect(await stores.store.getVersion('AAAAAAAAAAAAAAAAAAAAAA', 1)).toEqual({ status: 'not_found' });
      expect(await stores.store.revoke('AAAAAAAAAAAAAAAAAAAAAA', 'x')).toEqual({ status: 'not_found' });
      expect(
        await stores.store.update('AAAAAAAAAAAAAAAAAAAAAA', { token: 'x', ifMatch: 1, draft: minimalDraft }),
      ).toEqual({
        status: 'not_found',
      });
    });
  });

  describe('update', () => {
    test('with the right token and version: version 2, and both versions kept', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft, { now: new Date('2026-01-01T00:00:00Z') });
      const later = new Date('2026-01-02T00:00:00Z');
      expect(await stores.store.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft, now: later })).toEqual({
        status: 'ok',
        version: 2,
      });
      expect(await stores.store.get(id)).toEqual({
        status: 'ok',
        editable: false,
        posting: {
          id,
          version: 2,
          draft: minimalDraft,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
          expiresAt: null,
        },
      });
      expect(await stores.store.listVersions(id)).toEqual({
        status: 'ok',
        versions: [
          { version: 2, createdAt: '2026-01-02T00:00:00.000Z' },
          { version: 1, createdAt: '2026-01-01T00:00:00.000Z' },
        ],
      });
      expect(await stores.store.getVersion(id, 1)).toEqual({
        status: 'ok',
        version: { id, version: 1, draft: exampleDraft, createdAt: '2026-01-01T00:00:00.000Z' },
      });
      expect(await stores.store.getVersion(id, 2)).toMatchObject({ status: 'ok', version: { draft: minimalDraft } });
      expect(await stores.store.getVersion(id, 3)).toEqual({ status: 'not_found' });
      expect(await stores.store.getVersion(id, 1.5)).toEqual({ status: 'not_found' });
      expect(await stores.store.update(id, { token: editToken, ifMatch: 2, draft: exampleDraft })).toEqual({
        status: 'ok',
        version: 3,
      });
    });

    test('refuses a missing token (unauthorized) and a wrong one (forbidden), changing nothing', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      const before = await row(id);
      expect(await stores.store.update(id, { token: undefined, ifMatch: 1, draft: minimalDraft })).toEqual({
        status: 'unauthorized',
      });
      expect(await stores.store.update(id, { token: undefined, ifMatch: undefined, draft: minimalDraft })).toEqual({
        status: 'unauthorized',
      });
      for (const token of [`${editToken}x`, editToken.slice(1), '', 'Bearer', editToken.toUpperCase()]) {
        expect(await stores.store.update(id, { token, ifMatch: 1, draft: minimalDraft })).toEqual({
          status: 'forbidden',
        });
      }
      const other = await stores.store.create(minimalDraft);
      expect(await stores.store.update(id, { token: other.editToken, ifMatch: 1, draft: minimalDraft })).toEqual({
        status: 'forbidden',
      });
      expect(await row(id)).toEqual(before);
      expect(await versionRows(id)).toHaveLength(1);
    });

    test('without If-Match: precondition_required, changing nothing', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      const before = await row(id);
      expect(await stores.store.update(id, { token: editToken, ifMatch: undefined, draft: minimalDraft })).toEqual({
        status: 'precondition_required',
      });
      expect(await row(id)).toEqual(before);
    });

    test('with a stale version: stale with the current version, changing nothing', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      await stores.store.update(id, { token: editToken, ifMatch: 1, draft: titled('Second') });
      const before = await row(id);
      for (const ifMatch of [1, 3, 7, 0, -1, Number.NaN]) {
        expect(await stores.store.update(id, { token: editToken, ifMatch, draft: minimalDraft })).toEqual({
          status: 'stale',
          currentVersion: 2,
        });
      }
      expect(await row(id)).toEqual(before);
      expect((await versionRows(id)).map((v) => v.version)).toEqual([1, 2]);
    });

    test('ten concurrent updates with the same If-Match: exactly one wins, nine are stale', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      const drafts = Array.from({ length: 10 }, (_, i) => titled(`Contender ${i}`));
      const results = await Promise.all(
        drafts.map((draft) => stores.store.update(id, { token: editToken, ifMatch: 1, draft })),
      );
      expect(results.filter((r) => r.status === 'ok')).toEqual([{ status: 'ok', version: 2 }]);
      expect(results.filter((r) => r.status === 'stale')).toEqual(
        Array.from({ length: 9 }, () => ({ status: 'stale', currentVersion: 2 })),
      );
      const winner = drafts[results.findIndex((r) => r.status === 'ok')];
      expect(await stores.store.get(id)).toMatchObject({ status: 'ok', posting: { version: 2, draft: winner } });
      const versions = await versionRows(id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(JSON.parse(versions[1]!.draft)).toEqual(winner);
    });

    test('ten concurrent updates each carrying the version it read: a clean chain of versions', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      let version = 1;
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          for (;;) {
            const result = await stores.store.update(id, {
              token: editToken,
              ifMatch: version,
              draft: titled(`Edit ${i}`),
            });
            if (result.status === 'ok') return void (version = Math.max(version, result.version));
            if (result.status !== 'stale') throw new Error(result.status);
            version = result.currentVersion;
          }
        }),
      );
      expect((await versionRows(id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    test('sets and clears the expiry when asked, and leaves it alone otherwise', async () => {
      const now = new Date('2026-06-01T00:00:00Z');
      const { id, editToken } = await stores.store.create(exampleDraft, { now });
      const expiresAt = new Date('2026-07-01T00:00:00Z');
      await stores.store.update(id, { token: editToken, ifMatch: 1, draft: exampleDraft, expiresAt, now });
      expect(await stores.store.get(id, { now })).toMatchObject({ posting: { expiresAt: '2026-07-01T00:00:00.000Z' } });
      await stores.store.update(id, { token: editToken, ifMatch: 2, draft: exampleDraft, now });
      expect(await stores.store.get(id, { now })).toMatchObject({ posting: { expiresAt: '2026-07-01T00:00:00.000Z' } });
      await stores.store.update(id, { token: editToken, ifMatch: 3, draft: exampleDraft, expiresAt: null, now });
      expect(await stores.store.get(id, { now })).toMatchObject({ posting: { version: 4, expiresAt: null } });
    });
  });

  describe('revoke and expiry', () => {
    test('after revocation everything answers gone (revoked)', async () => {
      const { id, editToken } = await stores.store.create(exampleDraft);
      expect(await stores.store.revoke(id, undefined)).toEqual({ status: 'unauthorized' });
      expect(await stores.store.revoke(id, 'wrong')).toEqual({ status: 'forbidden' });
      expect((await stores.store.get(id)).status).toBe('ok');
      expect(await stores.store.revoke(id, editToken)).toEqual({ status: 'ok' });
      const gone = { status: 'gone', reason: 'revoked' };
      expect(await stores.store.get(id)).toEqual(gone);
      expect(await stores.store.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft })).toEqual(gone);
      expect(await stores.store.revoke(id, editToken)).toEqual(gone);
      expect(await stores.store.listVersions(id)).toEqual(gone);
      expect(await stores.store.getVersion(id, 1)).toEqual(gone);
      expect((await row(id))?.version).toBe(1);
    });

    test('an expiry in the past answers gone (expired); in the future, ok', async () => {
      const now = new Date('2026-06-01T00:00:00Z');
      const { id, editToken } = await stores.store.create(exampleDraft, {
        expiresAt: new Date('2026-06-02T00:00:00Z'),
        now,
      });
      expect(await stores.store.get(id, { now })).toMatchObject({
        status: 'ok',
        posting: { expiresAt: '2026-06-02T00:00:00.000Z' },
      });
      const after = new Date('2026-06-02T00:00:00Z');
      const expired = { status: 'gone', reason: 'expired' };
      expect(await stores.store.get(id, { now: after })).toEqual(expired);
      expect(await stores.store.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft, now: after })).toEqual(
        expired,
      );
      expect(await stores.store.revoke(id, editToken, { now: after })).toEqual(expired);
      expect(await stores.store.listVersions(id, { now: after })).toEqual(expired);
      expect(await stores.store.getVersion(id, 1, { now: after })).toEqual(expired);
      const past = await stores.store.create(exampleDraft, { expiresAt: new Date(Date.now() - 1000) });
      expect(await stores.store.get(past.id)).toEqual(expired);
      const future = await stores.store.create(exampleDraft, { expiresAt: new Date(Date.now() + 60_000) });
      expect((await stores.store.get(future.id)).status).toBe('ok');
    });
  });
});

describe('ids not of the generated shape', () => {
  it('answer not_found without touching the database', async () => {
    // A database that fails every query: only a query could make these throw.
    const broken = createPostingStore(
      new Proxy(
        {},
        {
          get: () => () => {
            throw new Error('queried');
          },
        },
      ) as never,
    );
    for (const id of ['', 'short', "'; drop table postings; --", 'A'.repeat(23), `${'A'.repeat(21)}!`, '../x']) {
      expect(await broken.get(id)).toEqual({ status: 'not_found' });
      expect(await broken.update(id, { token: 't', ifMatch: 1, draft: minimalDraft })).toEqual({ status: 'not_found' });
      expect(await broken.revoke(id, 't')).toEqual({ status: 'not_found' });
      expect(await broken.listVersions(id)).toEqual({ status: 'not_found' });
      expect(await broken.getVersion(id, 1)).toEqual({ status: 'not_found' });
    }
    await expect(broken.get('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow('queried');
  });
});
