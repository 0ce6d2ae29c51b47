import { describe, expect, it } from 'vitest';
import { freshStores } from '../../../test/support/fresh-database';
import { testBackends } from '../../../test/support/test-databases';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { createReviewStore } from './review-store';
import { createPostingStore } from '../postings/store';
import { hashToken } from '../postings/tokens';

const backends = await testBackends('reviews');

const comment = { version: 1, section: 'requirements', body: 'Is 4 years really needed?', author: 'Priya' } as const;

describe.each(backends)('review store on $name', (backend) => {
  const test = it.skipIf(!backend.available);
  const stores = freshStores(backend, (db) => ({ postings: createPostingStore(db), reviews: createReviewStore(db) }));

  async function sharedForReview() {
    const created = await stores.postings.create(exampleDraft);
    const link = await stores.reviews.createLink(created.id, created.editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    return { ...created, reviewToken: link.reviewToken };
  }

  test('the caps: a comment past them, or a reopen past the open one, is refused and rolled back whole', async () => {
    const small = createReviewStore(stores.handle.db, { commentLimits: { open: 2, total: 3 } });
    const { id, editToken, reviewToken } = await sharedForReview();
    const add = () => small.addComment(id, reviewToken, comment);
    const first = await add();
    expect((await add()).status).toBe('ok');
    const revision = async () => ((await small.pageState(id, reviewToken)) as { revision: number }).revision;
    const before = await revision();
    expect(await add()).toEqual({ status: 'comment_limit', limit: 'open', max: 2 });
    expect(await revision()).toBe(before);
    if (first.status !== 'ok') throw new Error(first.status);
    expect((await small.setResolved(id, editToken, first.comment.id, true)).status).toBe('ok');
    expect((await add()).status).toBe('ok');
    expect(await small.setResolved(id, editToken, first.comment.id, false)).toEqual({
      status: 'comment_limit',
      limit: 'open',
      max: 2,
    });
    expect(await add()).toEqual({ status: 'comment_limit', limit: 'total', max: 3 });
    expect(await small.countComments(id, editToken)).toMatchObject({ status: 'ok', open: 2, total: 3 });
  });

  test('every comment, verdict and resolve moves the review revision; a refused write does not', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const revision = async () => {
      const state = await stores.reviews.pageState(id, reviewToken);
      if (state.status !== 'ok') throw new Error(state.status);
      return state.revision;
    };
    const start = await revision();
    const comment = await stores.reviews.addComment(id, reviewToken, {
      version: 1,
      section: 'pay',
      body: 'Is the range right?',
      author: 'Ana',
    });
    if (comment.status !== 'ok') throw new Error(comment.status);
    expect(await revision()).toBe(start + 1);
    await stores.reviews.setResolved(id, editToken, comment.comment.id, true);
    expect(await revision()).toBe(start + 2);
    await stores.reviews.addVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'Ana' });
    expect(await revision()).toBe(start + 3);
    // Refused: a stale version, an unknown comment, a token that may not resolve.
    await stores.postings.update(id, {
      token: editToken,
      ifMatch: 1,
      draft: { ...exampleDraft, job: { ...exampleDraft.job, title: 'Platform Engineer' } },
    });
    const before = await revision();
    expect(
      (await stores.reviews.addVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'Ana' })).status,
    ).toBe('stale');
    expect((await stores.reviews.setResolved(id, editToken, 'nosuchcomment000', true)).status).toBe('no_such_comment');
    expect((await stores.reviews.setResolved(id, reviewToken, comment.comment.id, false)).status).toBe('forbidden');
    expect(await revision()).toBe(before);
    expect(await stores.reviews.pageState(id, 'not-a-token')).toEqual({ status: 'forbidden' });
  });

  test('a review link needs the edit token; only a SHA-256 of the review token is stored', async () => {
    const { id, editToken } = await stores.postings.create(exampleDraft);
    expect(await stores.reviews.createLink(id, undefined)).toEqual({ status: 'unauthorized' });
    expect(await stores.reviews.createLink(id, 'nope')).toEqual({ status: 'forbidden' });
    const link = await stores.reviews.createLink(id, editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    expect(link.reviewToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.reviewToken).not.toBe(editToken);
    const rows = await stores.handle.db.selectFrom('review_tokens').selectAll().where('posting_id', '=', id).execute();
    expect(rows.map((r) => r.token_hash)).toEqual([hashToken(link.reviewToken)]);
    expect(JSON.stringify(rows)).not.toContain(link.reviewToken);
    // A review token cannot make another review link.
    expect(await stores.reviews.createLink(id, link.reviewToken)).toEqual({ status: 'forbidden' });
  });

  test('the review token comments and lists, but never edits the posting', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    expect(await stores.reviews.access(id, reviewToken)).toEqual({ status: 'ok', role: 'reviewer', version: 1 });
    expect(await stores.reviews.access(id, editToken)).toEqual({ status: 'ok', role: 'owner', version: 1 });
    expect(await stores.postings.update(id, { token: reviewToken, ifMatch: 1, draft: minimalDraft })).toEqual({
      status: 'forbidden',
    });
    expect(await stores.postings.revoke(id, reviewToken)).toEqual({ status: 'forbidden' });
    expect(await stores.reviews.setResolved(id, reviewToken, 'AAAAAAAAAAAAAAAA', true)).toEqual({
      status: 'forbidden',
    });
    expect(await stores.reviews.revokeLinks(id, reviewToken)).toEqual({ status: 'forbidden' });
  });

  test('a review token of one posting opens no other', async () => {
    const first = await sharedForReview();
    const second = await sharedForReview();
    expect(await stores.reviews.addComment(second.id, first.reviewToken, comment)).toEqual({ status: 'forbidden' });
    expect(await stores.reviews.listComments(second.id, first.reviewToken)).toEqual({ status: 'forbidden' });
  });

  test('comments come back oldest first, as given, with quote only when there is one', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const at = (s: number) => ({ now: new Date(Date.UTC(2026, 0, 1, 0, 0, s)) });
    const hostile = '<script>alert(1)</script> {{ 7*7 }} {% raw %}';
    const a = await stores.reviews.addComment(id, reviewToken, { ...comment, quote: '4 years' }, at(1));
    const b = await stores.reviews.addComment(
      id,
      editToken,
      { ...comment, section: 'pay', body: hostile, author: 'Sam' },
      at(1),
    );
    const c = await stores.reviews.addComment(id, reviewToken, { ...comment, quote: '   ' }, at(0));
    expect(a).toMatchObject({ status: 'ok', comment: { quote: '4 years', resolved: false, version: 1 } });
    const listed = await stores.reviews.listComments(id, reviewToken);
    if (listed.status !== 'ok' || a.status !== 'ok' || b.status !== 'ok' || c.status !== 'ok') throw new Error();
    // In the order written, even when clocks disagree.
    expect(listed.comments).toEqual([a.comment, b.comment, c.comment]);
    expect(listed.comments[1]!.body).toBe(hostile);
    expect(listed.comments[2]).not.toHaveProperty('quote');
    expect(new Set(listed.comments.map((x) => x.id)).size).toBe(3);
  });

  test('a comment may concern an older version, never one not saved yet', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    await stores.postings.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft });
    expect(await stores.reviews.addComment(id, reviewToken, comment)).toMatchObject({ status: 'ok' });
    expect(await stores.reviews.addComment(id, reviewToken, { ...comment, version: 3 })).toEqual({
      status: 'no_such_version',
      currentVersion: 2,
    });
  });

  test('only the owner resolves, and can reopen', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const added = await stores.reviews.addComment(id, reviewToken, comment);
    if (added.status !== 'ok') throw new Error(added.status);
    const resolved = await stores.reviews.setResolved(id, editToken, added.comment.id, true);
    expect(resolved).toEqual({ status: 'ok', comment: { ...added.comment, resolved: true } });
    expect(await stores.reviews.setResolved(id, editToken, added.comment.id, false)).toMatchObject({
      comment: { resolved: false },
    });
    expect(await stores.reviews.setResolved(id, editToken, 'AAAAAAAAAAAAAAAA', true)).toEqual({
      status: 'no_such_comment',
    });
    expect(await stores.reviews.setResolved(id, editToken, "'; drop table x", true)).toEqual({
      status: 'no_such_comment',
    });
    // A comment of another posting is not this posting's.
    const other = await sharedForReview();
    expect(await stores.reviews.setResolved(other.id, other.editToken, added.comment.id, true)).toEqual({
      status: 'no_such_comment',
    });
  });

  test('verdicts: on the latest version only; approvedVersion follows the last word', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const changes = await stores.reviews.addVerdict(id, reviewToken, {
      version: 1,
      verdict: 'changes',
      author: 'Priya',
      note: '  ',
    });
    expect(changes).toMatchObject({ status: 'ok', review: { verdict: 'changes', version: 1 } });
    // A blank note is no note, as a blank quote is no quote.
    expect(changes.status === 'ok' && changes.review).not.toHaveProperty('note');
    expect(changes).not.toHaveProperty('approvedVersion', expect.anything());
    await stores.postings.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft });
    expect(
      await stores.reviews.addVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'Priya' }),
    ).toEqual({
      status: 'stale',
      currentVersion: 2,
    });
    expect(
      await stores.reviews.addVerdict(id, reviewToken, { version: 9, verdict: 'approve', author: 'Priya' }),
    ).toEqual({
      status: 'no_such_version',
      currentVersion: 2,
    });
    const approved = await stores.reviews.addVerdict(id, reviewToken, {
      version: 2,
      verdict: 'approve',
      author: 'Priya',
      note: 'Looks good',
    });
    expect(approved).toMatchObject({ status: 'ok', approvedVersion: 2, review: { note: 'Looks good' } });
    const listed = await stores.reviews.listVerdicts(id, editToken);
    expect(listed).toMatchObject({ status: 'ok', approvedVersion: 2, latestVersion: 2, role: 'owner' });
    expect(listed.status === 'ok' && listed.reviews.map((r) => [r.version, r.verdict])).toEqual([
      [1, 'changes'],
      [2, 'approve'],
    ]);
    // A new version keeps the approval, now for an older version than the latest.
    await stores.postings.update(id, { token: editToken, ifMatch: 2, draft: exampleDraft });
    expect(await stores.reviews.listVerdicts(id, reviewToken)).toMatchObject({ approvedVersion: 2, latestVersion: 3 });
    await stores.reviews.addVerdict(id, reviewToken, { version: 3, verdict: 'changes', author: 'Sam' });
    expect(await stores.reviews.listVerdicts(id, reviewToken)).toMatchObject({ approvedVersion: undefined });
  });

  test('a save racing a verdict: the verdict either lands on the version it names or is stale', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const [saved, verdict] = await Promise.all([
      stores.postings.update(id, { token: editToken, ifMatch: 1, draft: minimalDraft }),
      stores.reviews.addVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'Priya' }),
    ]);
    expect(saved).toEqual({ status: 'ok', version: 2 });
    expect(['ok', 'stale']).toContain(verdict.status);
  });

  test('revoking the review links shuts the reviewers out, not the owner', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    const second = await stores.reviews.createLink(id, editToken);
    expect(await stores.reviews.revokeLinks(id, editToken)).toEqual({ status: 'ok', revoked: 2 });
    expect(await stores.reviews.addComment(id, reviewToken, comment)).toEqual({ status: 'forbidden' });
    expect(second.status === 'ok' && (await stores.reviews.listComments(id, second.reviewToken))).toEqual({
      status: 'forbidden',
    });
    expect(await stores.reviews.addComment(id, editToken, comment)).toMatchObject({ status: 'ok' });
  });

  test('revoking the posting makes every review call gone', async () => {
    const { id, editToken, reviewToken } = await sharedForReview();
    await stores.reviews.addComment(id, reviewToken, comment);
    expect(await stores.postings.revoke(id, editToken)).toEqual({ status: 'ok' });
    const gone = { status: 'gone', reason: 'revoked' };
    expect(await stores.reviews.addComment(id, reviewToken, comment)).toEqual(gone);
    expect(await stores.reviews.listComments(id, reviewToken)).toEqual(gone);
    expect(await stores.reviews.listComments(id, editToken)).toEqual(gone);
    expect(await stores.reviews.addVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'P' })).toEqual(
      gone,
    );
    expect(await stores.reviews.listVerdicts(id, reviewToken)).toEqual(gone);
    expect(await stores.reviews.createLink(id, editToken)).toEqual(gone);
    expect(await stores.reviews.setResolved(id, editToken, 'AAAAAAAAAAAAAAAA', true)).toEqual(gone);
  });

  test('unknown postings and missing tokens', async () => {
    expect(await stores.reviews.listComments('AAAAAAAAAAAAAAAAAAAAAA', 'x')).toEqual({ status: 'not_found' });
    expect(await stores.reviews.listComments('../x', 'x')).toEqual({ status: 'not_found' });
    const { id } = await sharedForReview();
    expect(await stores.reviews.listComments(id, undefined)).toEqual({ status: 'unauthorized' });
    expect(await stores.reviews.listComments(id, '')).toEqual({ status: 'forbidden' });
  });
});
