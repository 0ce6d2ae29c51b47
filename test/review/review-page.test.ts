import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../lib/draft/example-draft';
import { KEEP_LATEST_VERSIONS } from '../../lib/posting-store/version-retention';
import { disjointVersions } from '../../lib/review/hostile-diff-drafts';

// The reviewer's page end to end below HTTP: the page model, its forms, and the HTML React makes of it.
vi.stubEnv('DATABASE_URL', '');
vi.stubEnv(
  'POSTWRIGHT_SQLITE_PATH',
  path.join(mkdtempSync(path.join(tmpdir(), 'postwright-review-page-')), 'p.sqlite'),
);
const { createPosting, updatePosting, revokePosting } = await import('../../lib/posting-store');
const { appReviewStore } = await import('../../lib/posting-store/review-store');
const { loadReviewPage, reviewPageState, submitReviewForm } = await import('../../lib/review/review-page');
const { ReviewPage } = await import('../../components/review/review-page');
const { closeDb } = await import('../../lib/db');

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
    expect(await loadReviewPage(id, 'not-the-token')).toEqual({ status: 'denied' });
    expect(await loadReviewPage(id, editToken)).toEqual({ status: 'denied' });
    expect(await reviewPageState(id, editToken)).toEqual({ status: 'denied' });
    const comment = form({
      form: 'comment',
      section: 'pay',
      version: '2',
      author: 'Owner',
      body: 'From the edit token',
    });
    expect(await submitReviewForm(id, editToken, comment)).toEqual({ status: 'denied' });
    const verdict = form({ form: 'verdict', version: '2', verdict: 'approve', author: 'Owner' });
    expect(await submitReviewForm(id, editToken, verdict)).toEqual({ status: 'denied' });
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

describe('the review page route, whose markup is kept per page key', () => {
  it('shows a new comment, a resolve and a verdict at once, and keeps nothing for a revoked posting', async () => {
    const { pageRoute } = await import('../support/page-route');
    const route = await import('../../pages/review/[id]/[token]');
    const get = pageRoute(route.default, route.getServerSideProps);
    const created = await createPosting(exampleDraft);
    const store = await appReviewStore();
    const link = await store.createLink(created.id, created.editToken);
    if (link.status !== 'ok') throw new Error(link.status);
    const open = async () => {
      const response = await get(new Request(`http://localhost/review/${created.id}/${link.reviewToken}`), {
        params: Promise.resolve({ id: created.id, token: link.reviewToken }),
      });
      return { status: response.status, html: await response.text() };
    };

    const first = await open();
    expect(first.html).toContain('0 open comments');
    expect((await open()).html).toBe(first.html); // served from the kept markup

    const added = await store.addComment(created.id, link.reviewToken, {
      version: 1,
      section: 'pay',
      body: 'Is the top of the range firm?',
      author: 'Ana',
    });
    if (added.status !== 'ok') throw new Error(added.status);
    const commented = await open();
    expect(commented.html).toContain('Is the top of the range firm?');
    expect(commented.html).toContain('1 open comment');

    await store.setResolved(created.id, created.editToken, added.comment.id, true);
    expect((await open()).html).toContain('0 open comments');

    await store.addVerdict(created.id, link.reviewToken, { version: 1, verdict: 'approve', author: 'Ana' });
    expect((await open()).html).toContain('Approved v1 by Ana');

    expect(await revokePosting(created.id, created.editToken)).toEqual({ status: 'ok' });
    const gone = await open();
    expect(gone.status).toBe(410);
    expect(gone.html).not.toContain('Is the top of the range firm?');
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
