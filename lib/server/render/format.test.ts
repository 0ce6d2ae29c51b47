import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../shared/draft/example-draft';
import { exportFileName } from './file-name';
import { EXPORT_CHOICES, RENDER_FORMATS } from './format';
import { renderFormat } from './render-format';
import { renderHtml } from './html';
import { getTemplateMeta, listTemplates, renderHtml as faceRenderHtml, RenderError } from './index';
import { renderMarkdown } from './markdown';
import { renderText } from './text';

describe('renderFormat', () => {
  it.each([
    ['markdown', 'text/markdown; charset=utf-8', 'md'],
    ['html', 'text/html; charset=utf-8', 'html'],
    ['text', 'text/plain; charset=utf-8', 'txt'],
    ['jsonld', 'application/ld+json', 'jsonld'],
  ] as const)('%s → %s', async (format, contentType, extension) => {
    const result = await renderFormat(exampleDraft, format, { template: 'concise', datePosted: '2026-06-01' });
    expect(result.contentType).toBe(contentType);
    expect(result.extension).toBe(extension);
    expect(typeof result.body).toBe('string');
  });

  it('gives the same body as the direct functions', async () => {
    const opts = { template: 'conversational' };
    expect((await renderFormat(exampleDraft, 'markdown', opts)).body).toBe(renderMarkdown(exampleDraft, opts));
    expect((await renderFormat(exampleDraft, 'html', opts)).body).toBe(renderHtml(exampleDraft, opts));
    expect((await renderFormat(exampleDraft, 'text', opts)).body).toBe(renderText(exampleDraft, opts));
    const jsonld = JSON.parse(
      (await renderFormat(exampleDraft, 'jsonld', { datePosted: '2026-06-01' })).body as string,
    );
    expect(jsonld['@type']).toBe('JobPosting');
  });

  it('renders a PDF buffer', async () => {
    const result = await renderFormat(exampleDraft, 'pdf', { pageSize: 'LETTER' });
    expect(result.contentType).toBe('application/pdf');
    expect(Buffer.isBuffer(result.body)).toBe(true);
    expect((result.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders a Word document (a zip with the document part)', async () => {
    const result = await renderFormat(exampleDraft, 'docx');
    expect(result.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(result.extension).toBe('docx');
    const body = result.body as Buffer;
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(body.includes('word/document.xml')).toBe(true);
  });

  it('lists every format once', () => {
    expect([...RENDER_FORMATS].sort()).toEqual(['docx', 'html', 'jsonld', 'markdown', 'pdf', 'text']);
    // Every format is offered for download at least once, and every download names a known format.
    expect(new Set(EXPORT_CHOICES.map((choice) => choice.format))).toEqual(new Set(RENDER_FORMATS));
    for (const choice of EXPORT_CHOICES) expect(choice.query).toMatch(new RegExp(`^format=${choice.format}(&|$)`));
  });

  it('throws a clear error for an unknown template or role', async () => {
    expect(() => faceRenderHtml(exampleDraft, { template: 'nope' })).toThrow(RenderError);
    expect(() => renderMarkdown({ ...exampleDraft, template: 'nope' })).toThrow('Unknown template "nope"');
    expect(() => renderText({ ...exampleDraft, roleId: 'front-end-developer' })).toThrow(
      'Unknown role "front-end-developer"',
    );
    await expect(renderFormat(exampleDraft, 'pdf', { template: 'nope' })).rejects.toThrow(RenderError);
  });
});

describe('templates', () => {
  it('lists at least three styles, each with a name and description', () => {
    const templates = listTemplates();
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['classic', 'concise', 'conversational']));
    for (const template of templates) {
      expect(template.name).not.toBe('');
      expect(template.description.length).toBeGreaterThan(20);
      expect(getTemplateMeta(template.id)).toBe(template);
    }
    expect(getTemplateMeta('nope')).toBeUndefined();
    expect(getTemplateMeta('constructor')).toBeUndefined();
  });
});

describe('exportFileName', () => {
  const named = (title: string, company: string) =>
    exportFileName({ ...exampleDraft, job: { ...exampleDraft.job, title }, company: { name: company } }, 'pdf');

  it('slugs the title and company', () => {
    expect(exportFileName(exampleDraft, 'pdf')).toBe('senior-back-end-developer-acme-analytics.pdf');
    expect(exportFileName(exampleDraft, 'md')).toBe('senior-back-end-developer-acme-analytics.md');
  });

  it('transliterates accents and letters NFKD keeps', () => {
    expect(named('Développeur Back-End (Zürich)', 'Łódź Straße Ørsted')).toBe(
      'developpeur-back-end-zurich-lodz-strasse-orsted.pdf',
    );
  });

  it('stays at most about 80 characters, cut between words', () => {
    const name = named('Senior '.repeat(30), 'Acme');
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^(senior-)*senior\.pdf$/);
  });

  it('is never empty', () => {
    expect(named('中文 🚀', '株式会社')).toBe('job-posting.pdf');
    expect(named('<script>', '../../etc')).toBe('script-etc.pdf');
  });
});
