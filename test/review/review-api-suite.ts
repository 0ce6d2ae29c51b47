import { describe, expect, it } from 'vitest';
import { exampleDraft, minimalDraft } from '../../lib/shared/draft/example-draft';
import { KEEP_LATEST_VERSIONS } from '../../lib/server/postings/version-retention';
import { disjointVersions } from '../support/hostile-diff-drafts';
import { COMMENT_LIMITS, COMMENT_PAGE } from '../../lib/shared/review/comment-limits';
import { createPosting } from '../support/create-posting';
import { seedComments, type SeedOptions } from '../support/seed-comments';
import { call, newClient, type Handler } from '../support/route-client';
import { beforeAllRoutes } from '../support/suite-routes';

export async function importReviewRoutes() {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    links: await import('../../app/api/postings/[id]/review-links/route'),
    comments: await import('../../app/api/postings/[id]/comments/route'),
    counts: await import('../../app/api/postings/[id]/comments/counts/route'),
    comment: await import('../../app/api/postings/[id]/comments/[commentId]/route'),
    reviews: await import('../../app/api/postings/[id]/reviews/route'),
    diff: await import('../../app/api/postings/[id]/versions/[version]/diff/[other]/route'),
    version: await import('../../app/api/postings/[id]/versions/[version]/route'),
  };
}
type Routes = Awaited<ReturnType<typeof importReviewRoutes>>;

/** Every endpoint and status of the spec's "Review" section, through the route handlers, on the store the env selects. */
export function defineReviewApiSuite(
  label: string,
  loadRoutes: () => Promise<Routes>,
  writeLimit: number,
  diffLimit: number,
) {
  describe(`Review API (${label})`, () => {
    let r: Routes;
    beforeAllRoutes(loadRoutes, (routes) => (r = routes));

    const bearer = (token: string | undefined): Record<string, string> =>
      token === undefined ? {} : { authorization: `Bearer ${token}` };
    const comment = { version: 1, section: 'requirements', body: 'Do we need 4 years of APIs?', author: 'Priya' };

    // A write speaks as a client of its own unless the test passes one (rate limits count per client).
    const write = (
      handler: Handler,
      path: string,
      method: string,
      params: Record<string, string>,
      token: string | undefined,
      body?: unknown,
      client = newClient(),
    ) => call(handler, path, { method, params, body, headers: bearer(token), client });
    const read = (handler: Handler, path: string, params: Record<string, string>, token?: string) =>
      call(handler, path, { params, headers: bearer(token) });

    const createLink = (id: string, token: string | undefined) =>
      write(r.links.POST, `/api/postings/${id}/review-links`, 'POST', { id }, token);
    const revokeLinks = (id: string, token: string) =>
      write(r.links.DELETE, `/api/postings/${id}/review-links`, 'DELETE', { id }, token);
    const revokePosting = (id: string, token: string) =>
      write(r.posting.DELETE, `/api/postings/${id}`, 'DELETE', { id }, token);

    async function shared() {
      const { id, editToken } = await createPosting(r.postings.POST);
      const link = await createLink(id, editToken);
      expect(link.status).toBe(201);
      return { id, editToken, reviewToken: link.body.reviewToken as string, reviewUrl: link.body.reviewUrl as string };
    }

    const postComment = (id: string, token: string | undefined, body: unknown, client?: string) =>
      write(r.comments.POST, `/api/postings/${id}/comments`, 'POST', { id }, token, body, client);
    const listComments = (id: string, token?: string, query = '') =>
      read(r.comments.GET, `/api/postings/${id}/comments${query}`, { id }, token);
    const countComments = (id: string, token?: string) =>
      read(r.counts.GET, `/api/postings/${id}/comments/counts`, { id }, token);
    const seed = async (id: string, options: SeedOptions) => {
      const { getDb } = await import('../../lib/server/db');
      return seedComments(await getDb(), id, options);
    };
    const patch = (id: string, commentId: string, token: string | undefined, body: unknown) =>
      write(r.comment.PATCH, `/api/postings/${id}/comments/${commentId}`, 'PATCH', { id, commentId }, token, body);
    const postVerdict = (id: string, token: string | undefined, body: unknown, client?: string) =>
      write(r.reviews.POST, `/api/postings/${id}/reviews`, 'POST', { id }, token, body, client);
    const listVerdicts = (id: string, token?: string) =>
      read(r.reviews.GET, `/api/postings/${id}/reviews`, { id }, token);
    const save = (id: string, token: string, version: number, draft = minimalDraft) =>
      call(r.posting.PUT, `/api/postings/${id}`, {
        method: 'PUT',
        params: { id },
        body: draft,
        headers: { ...bearer(token), 'if-match': `"${version}"` },
        client: newClient(),
      });
    // A diff worked out counts against its client's diff limit: each call speaks as a new client unless given one.
    const diff = (id: string, a: string, b: string, client = newClient()) =>
      call(r.diff.GET, `/api/postings/${id}/versions/${a}/diff/${b}`, { params: { id, version: a, other: b }, client });

    describe('review links', () => {
      it('201 with an unguessable token and a review URL; 401 / 403 without the edit token', async () => {
        const { id, editToken, reviewToken, reviewUrl } = await shared();
        expect(reviewToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(reviewToken).not.toBe(editToken);
        expect(reviewUrl).toBe(`http://postwright.test/review/${id}/${reviewToken}`);
        expect(reviewUrl).not.toContain(editToken);
        const none = await createLink(id, undefined);
        expect(none.status).toBe(401);
        expect(none.headers.get('www-authenticate')).toBe('Bearer');
        const asReviewer = await createLink(id, reviewToken);
        expect(asReviewer.status).toBe(403);
        expect(asReviewer.body.error.code).toBe('forbidden');
        const unknown = await createLink('AAAAAAAAAAAAAAAAAAAAAA', editToken);
        expect(unknown.status).toBe(404);
      });

      it('DELETE revokes every review link: 204, then the reviewer gets 403 and the owner still works', async () => {
        const { id, editToken, reviewToken } = await shared();
        expect((await revokeLinks(id, reviewToken)).status).toBe(403);
        expect((await revokeLinks(id, editToken)).status).toBe(204);
        expect((await postComment(id, reviewToken, comment)).status).toBe(403);
        expect((await listComments(id, reviewToken)).status).toBe(403);
        expect((await postVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'P' })).status).toBe(403);
        expect((await postComment(id, editToken, comment)).status).toBe(201);
      });
    });

    describe('a review token cannot edit', () => {
      it('403 on PUT and DELETE of the posting, and on resolving a comment; nothing changes', async () => {
        const { id, reviewToken } = await shared();
        expect((await save(id, reviewToken, 1)).status).toBe(403);
        expect((await revokePosting(id, reviewToken)).status).toBe(403);
        const added = await postComment(id, reviewToken, comment);
        expect((await patch(id, added.body.comment.id, reviewToken, { resolved: true })).status).toBe(403);
        const after = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
        expect(after.body).toMatchObject({ version: 1, draft: exampleDraft });
        expect((await listComments(id, reviewToken)).body.comments[0].resolved).toBe(false);
      });
    });

    describe('comments', () => {
      it('201 with the comment as given; GET lists them oldest first, for the reviewer and the owner', async () => {
        const { id, editToken, reviewToken } = await shared();
        const first = await postComment(id, reviewToken, { ...comment, quote: '4 years' });
        expect(first.status).toBe(201);
        expect(first.body.comment).toEqual({
          id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
          version: 1,
          section: 'requirements',
          quote: '4 years',
          body: comment.body,
          author: 'Priya',
          createdAt: expect.any(String),
          resolved: false,
        });
        expect(first.headers.get('location')).toBe(`/api/postings/${id}/comments/${first.body.comment.id}`);
        const second = await postComment(id, editToken, {
          ...comment,
          section: 'pay',
          body: 'Owner note',
          author: 'Ana',
        });
        expect(second.status).toBe(201);
        expect(second.body.comment).not.toHaveProperty('quote');
        for (const token of [reviewToken, editToken]) {
          const listed = await listComments(id, token);
          expect(listed.status).toBe(200);
          expect(listed.body.comments).toEqual([first.body.comment, second.body.comment]);
        }
      });

      it('hostile comment text is stored and returned as plain data, byte for byte', async () => {
        const { id, reviewToken } = await shared();
        const hostile = {
          ...comment,
          body: `</script><script>alert(1)</script><img src=x onerror=alert(2)> {{ 7*7 }} {% if %} \u202e\u200b`,
          author: '<b onmouseover=alert(3)>Eve</b>',
          quote: '"><svg onload=alert(4)>',
        };
        const res = await postComment(id, reviewToken, hostile);
        expect(res.status).toBe(201);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        const listed = await listComments(id, reviewToken);
        expect(listed.body.comments[0]).toMatchObject({
          body: hostile.body,
          author: hostile.author,
          quote: hostile.quote,
        });
      });

      it('400 naming each bad field; 415 for a non-JSON body; 413 for one too large', async () => {
        const { id, reviewToken } = await shared();
        const bad = await postComment(id, reviewToken, {
          version: 0,
          section: 'skills',
          body: '',
          author: 'x'.repeat(81),
          quote: 'q'.repeat(301),
        });
        expect(bad.status).toBe(400);
        expect(bad.body.error.code).toBe('invalid_request');
        expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(
          ['author', 'body', 'quote', 'section', 'version'].sort(),
        );
        const long = await postComment(id, reviewToken, { ...comment, body: 'x'.repeat(2001) });
        expect(long.status).toBe(400);
        const nul = await postComment(id, reviewToken, { ...comment, body: 'a\u0000b' });
        expect(nul.status).toBe(400);
        expect(nul.body.error.issues[0].path).toBe('body');
        const future = await postComment(id, reviewToken, { ...comment, version: 2 });
        expect(future.status).toBe(400);
        expect(future.body.error.issues[0].path).toBe('version');
        const form = await call(r.comments.POST, '/x', {
          method: 'POST',
          params: { id },
          rawBody: 'body=hi',
          headers: { ...bearer(reviewToken), 'content-type': 'application/x-www-form-urlencoded' },
          client: newClient(),
        });
        expect(form.status).toBe(415);
        const huge = await postComment(id, reviewToken, { ...comment, body: 'x'.repeat(300 * 1024) });
        expect(huge.status).toBe(413);
        expect((await listComments(id, reviewToken)).body.comments).toEqual([]);
      });

      it('401 without a token, 403 with a wrong one, 404 for an unknown posting', async () => {
        const { id } = await shared();
        const none = await postComment(id, undefined, comment);
        expect(none.status).toBe(401);
        expect((await listComments(id)).status).toBe(401);
        expect((await postComment(id, 'not-a-token', comment)).status).toBe(403);
        expect((await listComments(id, 'not-a-token')).status).toBe(403);
        expect((await postComment('AAAAAAAAAAAAAAAAAAAAAA', 'x', comment)).status).toBe(404);
        expect((await listComments('AAAAAAAAAAAAAAAAAAAAAA', 'x')).status).toBe(404);
      });
    });

    describe('the cap per posting', () => {
      it(`409 comment_limit at ${COMMENT_LIMITS.open} open comments; resolving one lets the next in, reopening past it is refused`, async () => {
        const { id, editToken, reviewToken } = await shared();
        await seed(id, { open: COMMENT_LIMITS.open - 2 });
        const last = await postComment(id, reviewToken, comment);
        expect(last.status).toBe(201);
        const toResolve = await postComment(id, reviewToken, comment);
        expect(toResolve.status).toBe(201);
        const refused = await postComment(id, reviewToken, comment);
        expect(refused.status).toBe(409);
        expect(refused.body.error).toEqual({ code: 'comment_limit', message: expect.stringContaining('500 open') });
        expect((await postComment(id, editToken, comment)).body.error.code).toBe('comment_limit');
        expect((await countComments(id, editToken)).body).toMatchObject({ open: 500, total: 500 });

        expect((await patch(id, toResolve.body.comment.id, editToken, { resolved: true })).status).toBe(200);
        expect((await postComment(id, reviewToken, comment)).status).toBe(201);
        const reopen = await patch(id, toResolve.body.comment.id, editToken, { resolved: false });
        expect(reopen.status).toBe(409);
        expect(reopen.body.error.code).toBe('comment_limit');
        expect((await countComments(id, editToken)).body).toMatchObject({ open: 500, total: 501 });
      });

      it(`409 comment_limit at ${COMMENT_LIMITS.total} comments in all, resolved ones included`, async () => {
        const { id, reviewToken } = await shared();
        await seed(id, { resolved: COMMENT_LIMITS.total - 1 });
        expect((await postComment(id, reviewToken, comment)).status).toBe(201);
        const refused = await postComment(id, reviewToken, comment);
        expect(refused.status).toBe(409);
        expect(refused.body.error.code).toBe('comment_limit');
        expect(refused.body.error.message).toContain(`${COMMENT_LIMITS.total} comments`);
        expect((await countComments(id, reviewToken)).body).toMatchObject({ open: 1, total: COMMENT_LIMITS.total });
      });

      it('concurrent comments never overshoot the cap', async () => {
        const { id, reviewToken } = await shared();
        await seed(id, { open: COMMENT_LIMITS.open - 5 });
        const answers = await Promise.all(Array.from({ length: 20 }, () => postComment(id, reviewToken, comment)));
        const statuses = answers.map((a) => a.status).sort();
        expect(statuses.filter((s) => s === 201)).toHaveLength(5);
        expect(statuses.filter((s) => s === 409)).toHaveLength(15);
        expect((await countComments(id, reviewToken)).body).toMatchObject({ open: COMMENT_LIMITS.open });
      });
    });

    describe('paging GET /comments', () => {
      it('a cursor walk (limit, before = next) returns every comment exactly once, oldest first', async () => {
        const { id, reviewToken } = await shared();
        const ids = await seed(id, { open: 23, resolved: 9 });
        const seen: string[][] = [];
        let next: string | null = null;
        do {
          const page = await listComments(id, reviewToken, `?limit=7${next ? `&before=${next}` : ''}`);
          expect(page.status).toBe(200);
          expect(page.body.comments.length).toBeLessThanOrEqual(7);
          seen.unshift(page.body.comments.map((c: { id: string }) => c.id));
          next = page.body.next;
        } while (next !== null);
        expect(seen.map((p) => p.length)).toEqual([4, 7, 7, 7, 7]);
        expect(seen.flat()).toEqual(ids);
      });

      it(`${COMMENT_PAGE.defaultSize} unless asked, at most ${COMMENT_PAGE.maxSize}; one section; 400 naming a bad parameter`, async () => {
        const { id, editToken } = await shared();
        const ids = await seed(id, { open: COMMENT_PAGE.maxSize + 10 });
        const first = await listComments(id, editToken);
        expect(first.body.comments.map((c: { id: string }) => c.id)).toEqual(ids.slice(-COMMENT_PAGE.defaultSize));
        expect(first.body.next).toEqual(expect.any(String));
        const widest = await listComments(id, editToken, `?limit=${COMMENT_PAGE.maxSize}`);
        expect(widest.body.comments).toHaveLength(COMMENT_PAGE.maxSize);
        const pay = await listComments(id, editToken, '?section=pay&limit=3');
        expect(pay.body.comments.map((c: { section: string }) => c.section)).toEqual(['pay', 'pay', 'pay']);
        for (const [query, path] of [
          [`?limit=${COMMENT_PAGE.maxSize + 1}`, 'limit'],
          ['?limit=0', 'limit'],
          ['?limit=ten', 'limit'],
          ['?before=abc', 'before'],
          ['?before=0', 'before'],
          ['?section=skills', 'section'],
        ]) {
          const bad = await listComments(id, editToken, query);
          expect(bad.status, query).toBe(400);
          expect(bad.body.error.code).toBe('invalid_request');
          expect(bad.body.error.issues[0].path).toBe(path);
        }
      });

      it('GET /comments/counts: open and total per section and in all, with the caps; 401 / 403 / 410', async () => {
        const { id, editToken, reviewToken } = await shared();
        await seed(id, { open: 3, resolved: 2, section: 'pay' });
        await seed(id, { open: 1, section: 'title' });
        const counts = await countComments(id, reviewToken);
        expect(counts.status).toBe(200);
        expect(counts.body).toMatchObject({
          open: 4,
          total: 6,
          limits: COMMENT_LIMITS,
          sections: { pay: { open: 3, total: 5 }, title: { open: 1, total: 1 }, about: { open: 0, total: 0 } },
        });
        expect((await countComments(id)).status).toBe(401);
        expect((await countComments(id, 'not-a-token')).status).toBe(403);
        expect((await revokePosting(id, editToken)).status).toBe(204);
        expect((await countComments(id, editToken)).status).toBe(410);
      });
    });

    describe('PATCH resolve', () => {
      it('200 for the owner, both ways; 404 for an unknown comment; 400 for a bad body', async () => {
        const { id, editToken, reviewToken } = await shared();
        const added = await postComment(id, reviewToken, comment);
        const commentId = added.body.comment.id as string;
        const resolved = await patch(id, commentId, editToken, { resolved: true });
        expect(resolved.status).toBe(200);
        expect(resolved.body.comment).toEqual({ ...added.body.comment, resolved: true });
        expect((await listComments(id, reviewToken)).body.comments[0].resolved).toBe(true);
        expect((await patch(id, commentId, editToken, { resolved: false })).body.comment.resolved).toBe(false);
        expect((await patch(id, 'AAAAAAAAAAAAAAAA', editToken, { resolved: true })).status).toBe(404);
        const bad = await patch(id, commentId, editToken, { resolved: 'yes' });
        expect(bad.status).toBe(400);
        expect(bad.body.error.issues[0].path).toBe('resolved');
        expect((await patch(id, commentId, undefined, { resolved: true })).status).toBe(401);
      });
    });

    describe('reviews (verdicts)', () => {
      it('201 on the latest version; 409 on a stale one; approvedVersion follows the last word', async () => {
        const { id, editToken, reviewToken } = await shared();
        const changes = await postVerdict(id, reviewToken, {
          version: 1,
          verdict: 'changes',
          author: 'Priya',
          note: 'Fewer years, please',
        });
        expect(changes.status).toBe(201);
        expect(changes.body.review).toMatchObject({ version: 1, verdict: 'changes', note: 'Fewer years, please' });
        expect(changes.body).not.toHaveProperty('approvedVersion');
        expect((await save(id, editToken, 1)).status).toBe(200);
        const stale = await postVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'Priya' });
        expect(stale.status).toBe(409);
        expect(stale.body.error.code).toBe('conflict');
        expect(stale.headers.get('etag')).toBe('"2"');
        const approve = await postVerdict(id, reviewToken, { version: 2, verdict: 'approve', author: 'Priya' });
        expect(approve.status).toBe(201);
        expect(approve.body.approvedVersion).toBe(2);
        const listed = await listVerdicts(id, editToken);
        expect(listed.status).toBe(200);
        expect(listed.body).toMatchObject({ approvedVersion: 2, latestVersion: 2 });
        expect(listed.body.reviews.map((v: { verdict: string; version: number }) => [v.verdict, v.version])).toEqual([
          ['changes', 1],
          ['approve', 2],
        ]);
        // Saving version 3 leaves the approval on version 2, an older version now.
        expect((await save(id, editToken, 2, exampleDraft)).status).toBe(200);
        expect((await listVerdicts(id, reviewToken)).body).toMatchObject({ approvedVersion: 2, latestVersion: 3 });
      });

      it('400 for a bad verdict, a future version; 401 / 403 / 404', async () => {
        const { id, reviewToken } = await shared();
        const bad = await postVerdict(id, reviewToken, { version: 1, verdict: 'maybe', author: '' });
        expect(bad.status).toBe(400);
        expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['author', 'verdict']);
        expect((await postVerdict(id, reviewToken, { version: 5, verdict: 'approve', author: 'P' })).status).toBe(400);
        expect((await postVerdict(id, undefined, { version: 1, verdict: 'approve', author: 'P' })).status).toBe(401);
        expect((await postVerdict(id, 'wrong', { version: 1, verdict: 'approve', author: 'P' })).status).toBe(403);
        expect((await listVerdicts(id)).status).toBe(401);
        expect((await listVerdicts(id, 'wrong')).status).toBe(403);
        expect((await listVerdicts('AAAAAAAAAAAAAAAAAAAAAA', 'x')).status).toBe(404);
        expect((await listVerdicts(id, reviewToken)).body).toEqual({ reviews: [], latestVersion: 1 });
      });
    });

    describe('revoked posting', () => {
      it('410 on comments, resolve, reviews and review links, for reviewer and owner', async () => {
        const { id, editToken, reviewToken } = await shared();
        const added = await postComment(id, reviewToken, comment);
        expect((await revokePosting(id, editToken)).status).toBe(204);
        for (const token of [reviewToken, editToken]) {
          expect((await postComment(id, token, comment)).status).toBe(410);
          expect((await listComments(id, token)).status).toBe(410);
          expect((await postVerdict(id, token, { version: 1, verdict: 'approve', author: 'P' })).status).toBe(410);
          expect((await listVerdicts(id, token)).status).toBe(410);
        }
        expect((await patch(id, added.body.comment.id, editToken, { resolved: true })).status).toBe(410);
        const link = await createLink(id, editToken);
        expect(link.status).toBe(410);
        expect(link.body.error.code).toBe('gone');
        expect((await diff(id, '1', '1')).status).toBe(410);
      });
    });

    describe('diff between versions', () => {
      it('200 section by section, word by word; 404 for a version that does not exist', async () => {
        const { id, editToken } = await shared();
        const edited = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Back End Developer' } };
        expect((await save(id, editToken, 1, edited)).status).toBe(200);
        const res = await diff(id, '1', '2');
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ from: 1, to: 2, changed: true });
        const title = res.body.sections.find((s: { section: string }) => s.section === 'title');
        expect(title.changed).toBe(true);
        expect(title.parts).toEqual(
          expect.arrayContaining([
            { op: 'removed', text: 'Senior' },
            { op: 'added', text: 'Staff' },
          ]),
        );
        expect(res.body.sections.filter((s: { changed: boolean }) => s.changed)).toHaveLength(1);
        expect((await diff(id, '2', '1')).body.from).toBe(2);
        expect((await diff(id, '1', '3')).status).toBe(404);
        expect((await diff(id, '0', '1')).status).toBe(404);
        expect((await diff(id, 'x', '1')).status).toBe(404);
        expect((await diff('AAAAAAAAAAAAAAAAAAAAAA', '1', '1')).status).toBe(404);
      });

      it('two versions with no word in common, every field at its limit: 200, the long sections rewritten whole', async () => {
        const [alpha, beta] = disjointVersions();
        const { id, editToken } = await createPosting(r.postings.POST, alpha);
        expect((await save(id, editToken, 1, beta)).status).toBe(200);
        const res = await diff(id, '1', '2');
        expect(res.status).toBe(200);
        const responsibilities = res.body.sections.find((s: { section: string }) => s.section === 'responsibilities');
        expect(responsibilities).toMatchObject({ changed: true, rewritten: true });
        expect(responsibilities.parts).toEqual([
          { op: 'removed', text: alpha.responsibilities.join('\n') },
          { op: 'added', text: beta.responsibilities.join('\n') },
        ]);
      });

      it(`a kept diff is free; a client's diffs worked out beyond ${diffLimit} a window: 429 with Retry-After`, async () => {
        const { id, editToken } = await shared();
        expect((await save(id, editToken, 1, exampleDraft)).status).toBe(200);
        expect((await save(id, editToken, 2, minimalDraft)).status).toBe(200);
        const client = newClient();
        // The same diff again and again is worked out once: only the first counts.
        for (let i = 0; i < diffLimit + 3; i++) expect((await diff(id, '1', '3', client)).status).toBe(200);
        const pairs = [
          ['1', '2'],
          ['2', '3'],
          ['3', '1'],
          ['2', '1'],
          ['3', '2'],
          ['1', '1'],
          ['2', '2'],
        ].slice(0, diffLimit - 1);
        for (const [a, b] of pairs) expect((await diff(id, a!, b!, client)).status).toBe(200);
        const refused = await diff(id, '3', '3', client);
        expect(refused.status).toBe(429);
        expect(refused.body.error.code).toBe('rate_limited');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        // What is kept is still answered; another client is counted apart.
        expect((await diff(id, '1', '3', client)).status).toBe(200);
        expect((await diff(id, '3', '3')).status).toBe(200);
      });

      it(`a version pruned (beyond the latest ${KEEP_LATEST_VERSIONS}, never reviewed): 404 version_pruned`, async () => {
        const { id, editToken } = await createPosting(r.postings.POST);
        for (let version = 1; version <= KEEP_LATEST_VERSIONS + 1; version++) {
          expect((await save(id, editToken, version, version % 2 ? minimalDraft : exampleDraft)).status).toBe(200);
        }
        const latest = String(KEEP_LATEST_VERSIONS + 2);
        const pruned = await diff(id, '1', latest);
        expect(pruned.status).toBe(404);
        expect(pruned.body.error.code).toBe('version_pruned');
        expect(pruned.body.error.message).toMatch(/Version 1 is no longer kept/);
        const kept = await diff(id, '3', latest);
        expect(kept.status).toBe(200);
        expect((await diff(id, '2', latest)).body.error.code).toBe('version_pruned');
        const getVersion = (n: string) =>
          call(r.version.GET, `/api/postings/${id}/versions/${n}`, { params: { id, version: n } });
        expect((await getVersion('1')).body.error.code).toBe('version_pruned');
        expect((await getVersion('3')).status).toBe(200);
        expect((await getVersion(String(KEEP_LATEST_VERSIONS + 3))).body.error.code).toBe('not_found');
      }, 60_000);
    });

    describe('methods', () => {
      it('405 with Allow for a method a review path does not take', async () => {
        const { id } = await shared();
        const res = await call(r.comments.PUT, '/x', { method: 'PUT', params: { id }, body: {}, client: newClient() });
        expect(res.status).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
        const patchOnly = await call(r.comment.GET, '/x', { params: { id, commentId: 'AAAAAAAAAAAAAAAA' } });
        expect(patchOnly.status).toBe(405);
        expect(patchOnly.headers.get('allow')).toBe('PATCH, OPTIONS');
      });
    });

    describe('rate limits', () => {
      it(`429 with Retry-After once a client has made ${writeLimit} comment and verdict writes`, async () => {
        const { id, reviewToken } = await shared();
        const client = newClient();
        for (let i = 0; i < writeLimit - 1; i++) {
          expect((await postComment(id, reviewToken, comment, client)).status).toBe(201);
        }
        expect(
          (await postVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'P' }, client)).status,
        ).toBe(201);
        const limited = await postComment(id, reviewToken, comment, client);
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(
          (await postVerdict(id, reviewToken, { version: 1, verdict: 'approve', author: 'P' }, client)).status,
        ).toBe(429);
        expect((await listComments(id, reviewToken)).body.comments).toHaveLength(writeLimit - 1);
      });
    });
  });
}
