import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import { buildShareView, cachedShareView, describePosting, type SharedPosting } from './share-view';

const posting = (overrides: Partial<SharedPosting> = {}): SharedPosting => ({
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  version: 1,
  draft: exampleDraft,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...overrides,
});
const viewUrl = 'https://postwright.example/p/AbCdEfGhIjKlMnOpQrStUv';

describe('share page view', () => {
  it('has the posting, every download and the version', () => {
    const view = buildShareView(posting(), viewUrl);
    expect(view.title).toBe('Senior Back End Developer at Acme Analytics');
    expect(view.postingHtml).toContain('<h1>Senior Back End Developer</h1>');
    expect(view.downloads.map((d) => d.href)).toContain(
      '/api/postings/AbCdEfGhIjKlMnOpQrStUv/export?format=pdf&download=1',
    );
    expect(view.updatedLabel).toBe('21 November 2026');
    expect(JSON.parse(view.jsonLd)).toMatchObject({ '@type': 'JobPosting', url: viewUrl, datePosted: '2026-11-20' });
  });

  it('keeps a hostile title inside its JSON-LD data block', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const view = buildShareView(
      posting({ draft: { ...exampleDraft, job: { ...exampleDraft.job, title: hostile } } }),
      viewUrl,
    );
    expect(view.jsonLd).not.toMatch(/[<>]/);
    expect((JSON.parse(view.jsonLd) as { title: string }).title).toBe(hostile);
  });

  it('describes a posting in at most 200 characters', () => {
    const long = { ...exampleDraft, job: { ...exampleDraft.job, summary: 'word '.repeat(200) } };
    const text = describePosting(long);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.startsWith('Acme Analytics is hiring: Senior Back End Developer')).toBe(true);
  });

  it('builds a version once and a new version afresh', () => {
    const first = cachedShareView(posting(), viewUrl);
    expect(cachedShareView(posting(), viewUrl)).toBe(first);
    const retitled = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Back End Developer' } };
    const second = cachedShareView(posting({ version: 2, draft: retitled }), viewUrl);
    expect(second).not.toBe(first);
    expect(second.title).toContain('Staff Back End Developer');
    expect(second.version).toBe(2);
    expect(first.title).not.toContain('Staff');
  });
});
