import { describe, expect, it } from 'vitest';
import { expectStylesheetAllowedByCsp } from '../html/__fixtures__/stylesheet-hash';
import { exampleDraft } from '../draft/example-draft';
import { htmlTagCounts } from '../render/__fixtures__/structure';
import { renderShareNoticePage, renderSharePage, type SharedPosting } from './render-share-page';
import { cachedSharePage } from './share-page-cache';
import { sharePageCsp } from './share-page-csp';

const posting = (overrides: Partial<SharedPosting> = {}): SharedPosting => ({
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  version: 1,
  draft: exampleDraft,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...overrides,
});

const viewUrl = 'https://postwright.example/p/AbCdEfGhIjKlMnOpQrStUv';

describe('share page', () => {
  it('allows exactly its own inline stylesheet by hash, and no script', () => {
    for (const html of [renderSharePage({ posting: posting(), viewUrl }), renderShareNoticePage('revoked')]) {
      expectStylesheetAllowedByCsp(html, sharePageCsp);
    }
    expect(sharePageCsp).toContain(`default-src 'none'`);
    expect(sharePageCsp).not.toMatch(/script-src|unsafe-inline/);
  });

  it('keeps hostile text as text in the page, its meta tags and its JSON-LD', () => {
    const hostile = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const withTitle = (title: string) =>
      renderSharePage({
        posting: posting({ draft: { ...exampleDraft, job: { ...exampleDraft.job, title } } }),
        viewUrl,
      });
    const html = withTitle(hostile);
    // The same elements and attributes as with a harmless title: the payload added no tag and no attribute.
    expect(htmlTagCounts(html)).toEqual(htmlTagCounts(withTitle('Plain title')));
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]![1]!) as { title: string }).title).toBe(hostile);
    expect(html).toContain('<meta property="og:url" content="https://postwright.example/p/AbCdEfGhIjKlMnOpQrStUv">');
  });

  it('serves a version from memory and renders a new version afresh', () => {
    const first = cachedSharePage(posting(), viewUrl);
    expect(cachedSharePage(posting(), viewUrl)).toBe(first);
    const retitled = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Back End Developer' } };
    const second = cachedSharePage(posting({ version: 2, draft: retitled }), viewUrl);
    expect(second).toContain('Staff Back End Developer');
    expect(second).toContain('version 2');
    expect(first).not.toContain('Staff Back End Developer');
  });
});
