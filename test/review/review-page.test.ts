import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { KEEP_LATEST_VERSIONS } from '../../lib/server/postings/version-retention';
import { disjointVersions } from '../support/hostile-diff-drafts';

// The reviewer's page end to end below HTTP: the page model, its forms, and the HTML React makes of it.
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv(
  'POSTWRIGHT_SQLITE_PATH',
  path.join(mkdtempSync(path.join(tmpdir(), 'postwright-review-page-')), 'p.sqlite'),
);
const { createPosting, updatePosting, revokePosting } = await import('../../lib/server/postings');
const { appReviewStore } = await import('../../lib/server/review/review-store');
const { loadReviewPage, reviewPageState, submitReviewForm } = await import('../../lib/server/review/review-page');
const { ReviewPage } = await import('../../components/review/review-page');
const { closeDb } = await import('../../lib/server/db');

afterAll(() => closeDb());

const HOSTILE = `</textarea><script>alert(1)</script><img src=x onerror=alert(2)>{{7*7}}`;

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('the review page', () => {
  let id: string;
  let editToken: string;
  let reviewToken: string;
  beforeAll(async () => {
    const created = await createPosting(exampleDraft);
    ({ id, editToken } = created);
    const link = await (await appReviewStore()).createLink(id, editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    reviewToken = link.reviewToken;
  });

  const render = async (options: Parameters<typeof loadReviewPage>[2] = {}) => {
    const page = await loadReviewPage(id, reviewToken, options);
    if (page.status !== 'ok') throw new Error(page.status);
    return { view: page.view, html: renderToStaticMarkup(createElement(ReviewPage, { view: page.view })) };
  };

  it('a comment form saves to its section and names the author', async () => {
    const saved = await submitReviewForm(
      id,
      reviewToken,
      form({
        form: 'comment',
        section: 'requirements',
        version: '1',
        author: 'Priya',
        quote: '4+ years',
        body: 'Too many years?',
      }),
    );
    expect(saved).toEqual({ status: 'saved', saved: 'comment', author: 'Priya', section: 'requirements' });
    const { view, html } = await render({ reviewerName: 'Priya' });
    expect(view.sections.find((s) => s.id === 'requirements')!.comments).toMatchObject([
      { body: 'Too many years?', quote: '4+ years', author: 'Priya' },
    ]);
    expect(html).toContain('Comments on Requirements (1)');
    expect(html).toContain('value="Priya"');
  });

  it('an invalid form is refused with each field named, and keeps what was typed', async () => {
    const result = await submitReviewForm(
      id,
      reviewToken,
      form({ form: 'comment', section: 'pay', version: '1', author: '', body: 'Typed text' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      httpStatus: 400,
      form: { section: 'pay', errors: { author: expect.any(String) } },
    });
    if (result.status !== 'invalid') throw new Error();
    const { html } = await render({ form: result.form });
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/<details open=""[^>]*>(?:(?!<\/details>).)*Typed text/s);
    expect(html).toContain('aria-invalid="true"');
  });

  it('hostile comment text is inert: escaped in every place it appears', async () => {
    for (const section of ['title', 'pay']) {
      await submitReviewForm(
        id,
        reviewToken,
        form({ form: 'comment', section, version: '1', author: HOSTILE.slice(0, 80), quote: HOSTILE, body: HOSTILE }),
      );
    }
    await submitReviewForm(
      id,
      reviewToken,
      form({ form: 'verdict', version: '1', verdict: 'changes', author: HOSTILE.slice(0, 80), note: HOSTILE }),
    );
    const refused = await submitReviewForm(
      id,
      reviewToken,
      form({ form: 'comment', section: 'pay', version: '1', author: HOSTILE.slice(0, 80), body: '' }),
    );
    if (refused.status !== 'invalid') throw new Error();
    const { html } = await render({ reviewerName: HOSTILE.slice(0, 80), form: refused.form });
    expect(html).not.toMatch(/<script|<img|<\/textarea><script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a verdict on a version that moved on is a 409, and shows what changed since', async () => {
    const edited = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Back End Developer' } };
    expect(await updatePosting(id, { token: editToken, ifMatch: 1, draft: edited })).toEqual({
      status: 'ok',
      version: 2,
    });
    const stale = await submitReviewForm(
      id,
      reviewToken,
      form({ form: 'verdict', version: '1', verdict: 'approve', author: 'Priya' }),
    );
    expect(stale).toMatchObject({ status: 'invalid', httpStatus: 409 });
    // Priya last commented on version 1: the page shows what changed since.
    const { view, html } = await render({ reviewerName: 'Priya' });
    expect(view.changesSince).toBe('last-comment');
    expect(view.changes?.sections.filter((s) => s.changed).map((s) => s.section)).toEqual(['title']);
    expect(html).toContain('Changed since you last commented');
    expect(html).toMatch(/<del[^>]*>Senior<\/del>/);
    expect(html).toMatch(/<ins[^>]*>Staff<\/ins>/);
    const approved = await submitReviewForm(
      id,
      reviewToken,
      form({ form: 'verdict', version: '2', verdict: 'approve', author: 'Priya' }),
    );
    expect(approved).toEqual({ status: 'saved', saved: 'approve', author: 'Priya' });
    expect((await render()).html).toContain('Approved v2 by Priya');
  });

  it('a wrong token is denied, and so is the edit token (it never goes into a URL); a revoked posting is gone', async () => {
    expect(await loadReviewPage(id, 'not-the-token')).toEqual({ status: 'forbidden' });
    expect(await loadReviewPage(id, editToken)).toEqual({ status: 'forbidden' });
    expect(await reviewPageState(id, editToken)).toEqual({ status: 'forbidden' });
    const comment = form({
      form: 'comment',
      section: 'pay',
      version: '2',
      author: 'Owner',
      body: 'From the edit token',
    });
    expect(await submitReviewForm(id, editToken, comment)).toEqual({ status: 'forbidden' });
    const verdict = form({ form: 'verdict', version: '2', verdict: 'approve', author: 'Owner' });
    expect(await submitReviewForm(id, editToken, verdict)).toEqual({ status: 'forbidden' });
    expect((await render()).html).not.toContain('From the edit token');
    expect(await loadReviewPage(id, reviewToken)).toMatchObject({ status: 'ok' });
    expect(await revokePosting(id, editToken)).toEqual({ status: 'ok' });
    expect(await loadReviewPage(id, reviewToken)).toEqual({ status: 'gone', reason: 'revoked' });
    expect(
      await submitReviewForm(
        id,
        reviewToken,
        form({ form: 'comment', section: 'pay', version: '2', author: 'P', body: 'x' }),
      ),
    ).toEqual({
      status: 'gone',
      reason: 'revoked',
    });
  });
});

describe('the review page route, whose whole page is kept per link and page key', () => {
  const posting = async () => {
    const created = await createPosting(exampleDraft);
    const store = await appReviewStore();
    const link = await store.createLink(created.id, created.editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    return { ...created, store, reviewToken: link.reviewToken };
  };
  const route = async () => {
    const { pageRoute } = await import('../support/page-route');
    const page = await import('../../pages/review/[id]/[token]');
    return pageRoute(page.default, page.getServerSideProps);
  };
  /** One request to the page; `reads` counts the GETs that read the comments (rendered, not served kept). */
  const client = async (id: string, token: string) => {
    const get = await route();
    const snapshot = vi.spyOn(await appReviewStore(), 'snapshot');
    const send = async (init: RequestInit & { query?: string } = {}) => {
      const before = snapshot.mock.calls.length;
      const response = await get(new Request(`http://localhost/review/${id}/${token}${init.query ?? ''}`, init), {
        params: Promise.resolve({ id, token }),
      });
      return {
        status: response.status,
        headers: response.headers,
        html: await response.text(),
        rendered: snapshot.mock.calls.length > before,
      };
    };
    return { send, restore: () => snapshot.mockRestore() };
  };
  const post = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('shows a new comment, a resolve and a verdict at once, and keeps nothing for a revoked posting', async () => {
    const created = await posting();
    const { store } = created;
    const { send, restore } = await client(created.id, created.reviewToken);

    const first = await send();
    expect(first).toMatchObject({ status: 200, rendered: true });
    expect(first.html).toContain('0 open comments');
    const again = await send();
    expect(again).toMatchObject({ status: 200, rendered: false, html: first.html }); // the kept page
    expect(again.headers.get('content-type')).toMatch(/^text\/html/);
    expect(again.headers.get('cache-control')).toBe('no-store'); // the page's own headers, on every answer

    const added = await store.addComment(created.id, created.reviewToken, {
      version: 1,
      section: 'pay',
      body: 'Is the top of the range firm?',
      author: 'Ana',
    });
    if (added.status !== 'ok') throw new Error(added.status);
    const commented = await send();
    expect(commented.rendered).toBe(true);
    expect(commented.html).toContain('Is the top of the range firm?');
    expect(commented.html).toContain('1 open comment');

    await store.setResolved(created.id, created.editToken, added.comment.id, true);
    expect((await send()).html).toContain('0 open comments');

    await store.addVerdict(created.id, created.reviewToken, { version: 1, verdict: 'approve', author: 'Ana' });
    expect((await send()).html).toContain('Approved v1 by Ana');

    const draft = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Platform Engineer' } };
    expect(await updatePosting(created.id, { token: created.editToken, ifMatch: 1, draft })).toMatchObject({
      status: 'ok',
    });
    expect((await send()).html).toContain('Platform Engineer');

    expect(await revokePosting(created.id, created.editToken)).toEqual({ status: 'ok' });
    const gone = await send();
    expect(gone.status).toBe(410);
    expect(gone.html).not.toContain('Is the top of the range firm?');
    restore();
  });

  it('keeps apart what differs per request: the remembered name, a form being corrected, the saved notice, the link', async () => {
    const created = await posting();
    const { send, restore } = await client(created.id, created.reviewToken);
    const plain = await send();
    expect(plain.html).not.toContain('value="Mara"');

    // The name the browser remembers fills the forms: a page of its own, never served to another reader.
    const named = await send({ headers: { cookie: 'pw_reviewer=Mara' } });
    expect(named).toMatchObject({ status: 200, rendered: true });
    expect(named.html).toContain('value="Mara"');
    expect(await send({ headers: { cookie: 'pw_reviewer=Mara' } })).toMatchObject({ rendered: false });
    expect((await send()).html).toBe(plain.html);

    // A refused form shows what was typed and why; the next GET shows neither.
    const typed = 'A half-written thought about the pay range';
    const refused = await send(post({ form: 'comment', section: 'pay', version: '1', author: '', body: typed }));
    expect(refused.status).toBe(400);
    expect(refused.html).toContain(typed);
    expect(refused.html).toContain('Your comment was not saved');
    const after = await send();
    expect(after.html).toBe(plain.html);
    expect(after.html).not.toContain(typed);

    // A saved comment: 303 to the page with the notice; the notice is in its address, not on the plain page.
    const saved = await send(post({ form: 'comment', section: 'pay', version: '1', author: 'Mara', body: 'Firm?' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('set-cookie')).toContain('pw_reviewer=Mara');
    const location = new URL(saved.headers.get('location')!, 'http://localhost');
    const notice = await send({ query: location.search, headers: { cookie: 'pw_reviewer=Mara' } });
    expect(notice.rendered).toBe(true);
    expect(notice.html).toContain('Your comment was saved.');
    expect(notice.html).toContain('Firm?');
    const reread = await send({ headers: { cookie: 'pw_reviewer=Mara' } });
    expect(reread.html).toContain('Firm?');
    expect(reread.html).not.toContain('Your comment was saved.');
    restore();

    // Another review link of the same posting gets a page of its own.
    const link = await created.store.createLink(created.id, created.editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    const other = await client(created.id, link.reviewToken);
    expect(await other.send()).toMatchObject({ status: 200, rendered: true });
    expect(await other.send()).toMatchObject({ status: 200, rendered: false });
    other.restore();
  });
});

describe('the review page\'s "changed since": the bounded diff, kept once worked out', () => {
  it('two versions with no word in common: the sections are shown rewritten, worked out once, refused past the limit', async () => {
    const [alpha, beta] = disjointVersions();
    const { id, editToken } = await createPosting(alpha);
    expect(await updatePosting(id, { token: editToken, ifMatch: 1, draft: beta })).toMatchObject({ status: 'ok' });
    const link = await (await appReviewStore()).createLink(id, editToken);
    if (link.status !== 'ok') throw new Error(link.status);

    // A client whose diff limit is spent sees the page without the changes, and why.
    const limited = await loadReviewPage(id, link.reviewToken, { query: { since: '1' }, mayDiff: async () => false });
    if (limited.status !== 'ok') throw new Error(limited.status);
    expect(limited.view).toMatchObject({ changes: null, changesLimited: true });
    expect(renderToStaticMarkup(createElement(ReviewPage, { view: limited.view }))).toContain(
      'Too many new comparisons',
    );

    let asked = 0;
    const mayDiff = async () => (asked++, true);
    const first = await loadReviewPage(id, link.reviewToken, { query: { since: '1' }, mayDiff });
    if (first.status !== 'ok') throw new Error(first.status);
    const responsibilities = first.view.changes!.sections.find((s) => s.section === 'responsibilities')!;
    expect(responsibilities).toMatchObject({ changed: true, rewritten: true });
    expect(renderToStaticMarkup(createElement(ReviewPage, { view: first.view }))).toContain('Rewritten');
    expect(asked).toBe(1);
    // Versions never change: the second render takes the kept diff, not asking the limit again.
    const second = await loadReviewPage(id, link.reviewToken, { query: { since: '1' }, mayDiff });
    expect(second.status === 'ok' && second.view.changes).toEqual(first.view.changes);
    expect(asked).toBe(1);
  });

  it('offers to compare with stored versions only: pruned ones are not listed, nor compared', async () => {
    const { id, editToken } = await createPosting(exampleDraft);
    const latest = KEEP_LATEST_VERSIONS + 2;
    for (let version = 1; version < latest; version++) {
      const job = { ...exampleDraft.job, title: `Edit ${version}` };
      expect(await updatePosting(id, { token: editToken, ifMatch: version, draft: { ...exampleDraft, job } })).toEqual({
        status: 'ok',
        version: version + 1,
      });
    }
    const link = await (await appReviewStore()).createLink(id, editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    const page = await loadReviewPage(id, link.reviewToken, { query: { since: '1' } });
    if (page.status !== 'ok') throw new Error(page.status);
    expect(page.view.olderVersions).toHaveLength(KEEP_LATEST_VERSIONS - 1);
    expect(page.view.olderVersions[0]).toBe(latest - 1);
    expect(page.view.olderVersions.at(-1)).toBe(3);
    expect(page.view.changes).toBeNull();
  });
});
