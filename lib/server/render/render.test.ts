import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { validateDraft } from '../../shared/draft/validate-draft';
import { exampleDraft, minimalDraft } from '../../shared/draft/example-draft';
import { SAMPLE_DRAFTS, qualifiedDraft, remoteDraft, unicodeDraft } from './__fixtures__/drafts';
import { renderHtml } from './html';
import { renderMarkdown, renderMarkdownTree } from './markdown';
import { listTemplates } from './templates';
import { renderText } from './text';

const templates = listTemplates().map((t) => t.id);
const drafts = Object.entries(SAMPLE_DRAFTS);

function headingText(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** A heading must be followed by something that is not a heading of the same or a higher level. */
function emptyHeadings(tree: Root): string[] {
  return tree.children.flatMap((node, index) => {
    if (node.type !== 'heading') return [];
    const next = tree.children[index + 1];
    const empty = !next || (next.type === 'heading' && next.depth <= node.depth);
    return empty ? [headingText(node)] : [];
  });
}

describe('sample drafts', () => {
  it.each(drafts)('%s is a valid draft', (_, draft) => {
    const result = validateDraft(draft);
    expect(result.success ? [] : result.issues).toEqual([]);
  });
});

describe.each(templates)('template %s', (template) => {
  describe.each(drafts)('%s draft', (_, draft) => {
    const markdown = renderMarkdown(draft, { template });
    const html = renderHtml(draft, { template });
    const text = renderText(draft, { template });

    it('leaves no empty section, placeholder word or stray punctuation', () => {
      expect(emptyHeadings(renderMarkdownTree(draft, { template }))).toEqual([]);
      for (const output of [markdown, html, text]) {
        expect(output).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/);
        expect(output).not.toMatch(/,\s*,|\(\s*\)|:\*\*\s*$|:<\/strong>\s*<|· ·|\s+[.,]\s/m);
        expect(output).not.toMatch(/\n\n\n/);
        expect(output).not.toMatch(/[ \t]+$/m);
      }
    });

    it('opens with the title in every text format', () => {
      const title = draft.job.title;
      expect(markdown.startsWith('# ')).toBe(true);
      expect(html.startsWith('<h1>')).toBe(true);
      expect(text.split('\n')[0]).toContain(title);
    });

    it('names every skill, responsibility and benefit', () => {
      for (const item of [...draft.responsibilities, ...draft.benefits]) expect(text).toContain(item);
      const customNames = draft.skills.flatMap((s) => (s.name ? [s.name] : []));
      for (const name of customNames) expect(text).toContain(name);
    });

    it('keeps Markdown escapes out of the plain text and HTML', () => {
      expect(text).not.toMatch(/\\[^\s]/);
      expect(html).not.toMatch(/\\[^\s]/);
    });
  });
});

describe('view of the draft in the text', () => {
  it('resolves catalog names and years: the draft’s, else the catalog’s typical range', () => {
    const text = renderText(exampleDraft);
    expect(text).toContain('• PostgreSQL (4+ years)');
    expect(text).toContain('• SQL (typically 4–5 years)');
    expect(text).toContain('• Kafka\n');
  });

  it('splits required from preferred skills', () => {
    const text = renderText(exampleDraft);
    const requirements = text.slice(text.indexOf('Requirements'), text.indexOf('Nice to have'));
    expect(requirements).toContain('APIs');
    expect(requirements).not.toContain('Kafka');
    expect(text.slice(text.indexOf('Nice to have'))).toContain('Kafka');
  });

  it('formats pay, dates and places for people', () => {
    const text = renderText(exampleDraft);
    expect(text).toContain('$140,000 – $170,000 per year');
    expect(text).toContain('31 December 2026');
    expect(text).toContain('Hybrid, based in Austin, TX, United States');
    expect(renderText(unicodeDraft)).toContain('€70,000 – €90,000 per year');
    expect(renderText(remoteDraft)).toContain('$60 – $75 per hour');
  });

  it('names remote countries in words, only for remote roles', () => {
    expect(renderText(remoteDraft)).toContain('Remote (United States, Canada, or Mexico)');
    expect(renderText(exampleDraft)).not.toContain('Canada');
  });

  it('keeps unicode as typed, line breaks and paragraphs included', () => {
    const text = renderText(unicodeDraft);
    expect(text).toContain('Développeur back-end für Zürich – Łódź 🚀');
    expect(text).toContain(
      'Zoë and Łukasz build the APIs.\nAmélie runs the data team; budgets in € and £.\n\nSecond paragraph: 中文 😀.',
    );
    expect(renderHtml(unicodeDraft)).toContain('Zoë and Łukasz build the APIs.<br>\nAmélie');
  });

  it('takes the template from the options over the draft', () => {
    expect(renderMarkdown(exampleDraft, { template: 'concise' })).toContain('## Must have');
    expect(renderMarkdown({ ...exampleDraft, template: 'concise' })).toContain('## Must have');
  });

  it('reads differently in each template', () => {
    const outputs = templates.map((template) => renderMarkdown(exampleDraft, { template }));
    expect(new Set(outputs).size).toBe(templates.length);
  });

  it('drops every optional section of a minimal draft', () => {
    const text = renderText(minimalDraft, { template: 'classic' });
    for (const heading of [
      'About us',
      'The role',
      'Responsibilities',
      'Requirements',
      'Nice to have',
      'Pay and benefits',
    ]) {
      expect(text).not.toContain(heading);
    }
    expect(text).toContain('How to apply');
  });
});

describe('golden files (the example with qualifications; reviewed output; update with `npx vitest run lib/server/render -u`)', () => {
  it.each(templates)('%s', async (template) => {
    await expect(renderMarkdown(qualifiedDraft, { template })).toMatchFileSnapshot(`__golden__/${template}.example.md`);
    await expect(renderMarkdown(minimalDraft, { template })).toMatchFileSnapshot(`__golden__/${template}.minimal.md`);
  });

  // The HTML golden ends in .txt so Prettier, which formats .html files, leaves the exact output alone.
  it('plain text and HTML of the example', async () => {
    await expect(renderText(qualifiedDraft)).toMatchFileSnapshot('__golden__/classic.example.txt');
    await expect(renderHtml(qualifiedDraft)).toMatchFileSnapshot('__golden__/classic.example.html.txt');
  });
});
