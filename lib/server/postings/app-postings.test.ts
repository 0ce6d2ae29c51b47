import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';

// The functions the route handlers call, on the database the environment selects (here SQLite).
const folder = mkdtempSync(path.join(tmpdir(), 'postwright-app-postings-'));
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(folder, 'postwright.sqlite'));
const postings = await import('./index');
const { closeDb } = await import('../db');

afterAll(async () => {
  await closeDb();
  vi.unstubAllEnvs();
  rmSync(folder, { recursive: true, force: true });
});

describe('the app postings API', () => {
  it('creates, reads, updates, lists, revokes', async () => {
    const created = await postings.createPosting(exampleDraft);
    expect(created).toMatchObject({ version: 1 });
    expect(await postings.getPosting(created.id)).toMatchObject({
      status: 'ok',
      posting: { id: created.id, version: 1, draft: exampleDraft },
    });
    expect(
      await postings.updatePosting(created.id, { token: created.editToken, ifMatch: 1, draft: minimalDraft }),
    ).toEqual({ status: 'ok', version: 2 });
    const listed = await postings.listVersions(created.id);
    expect(listed.status === 'ok' && listed.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(await postings.getPostingVersion(created.id, 1)).toMatchObject({
      status: 'ok',
      version: { draft: exampleDraft },
    });
    expect(await postings.revokePosting(created.id, created.editToken)).toEqual({ status: 'ok' });
    expect(await postings.getPosting(created.id)).toEqual({ status: 'gone', reason: 'revoked' });
  });

  it('keeps an expiry given at creation', async () => {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 3_600_000);
    const { id } = await postings.createPosting(minimalDraft, { expiresAt, now });
    expect(await postings.getPosting(id, { now })).toMatchObject({ posting: { expiresAt: expiresAt.toISOString() } });
    expect(await postings.getPosting(id, { now: new Date(expiresAt.getTime() + 1) })).toEqual({
      status: 'gone',
      reason: 'expired',
    });
  });
});
