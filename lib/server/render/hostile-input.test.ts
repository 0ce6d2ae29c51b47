import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { validateDraft } from '../../shared/draft/validate-draft';
import { draftWithText, placeholderFor } from './__fixtures__/drafts';
import { hastElementCounts, htmlTagCounts, mdastShape } from './__fixtures__/structure';
import { XSS_PAYLOADS } from './__fixtures__/xss-payloads';
import { markdownTreeToHast, markdownTreeToHtml } from './html';
import { listTemplates } from './templates';
import { renderMarkdownTree } from './markdown';
import { collapseInline } from './markdown-escape';
import { markdownTreeToText } from './text';

// Whatever a person types into any text field is data: it shows up as typed and never adds an element, an
// attribute, a link or a Markdown block. Each hostile draft is compared with a twin whose text is harmless.

const templates = listTemplates().map((t) => t.id);
const SAFE_TAGS = new Set(['h1', 'h2', 'p', 'ul', 'li', 'strong', 'a[href]', 'br']);

function render(draft: Draft, template: string) {
  const tree = renderMarkdownTree(draft, { template });
  return {
    shape: mdastShape(tree),
    hast: hastElementCounts(markdownTreeToHast(tree)),
    html: markdownTreeToHtml(tree),
    text: markdownTreeToText(tree),
  };
}

function expectSameStructure(text: string, template: string) {
  const hostile = draftWithText(text);
  const harmless = draftWithText(text, placeholderFor);
  const a = render(hostile, template);
  const b = render(harmless, template);
  expect(a.shape).toBe(b.shape);
  expect(a.hast).toEqual(b.hast);
  expect(htmlTagCounts(a.html)).toEqual(htmlTagCounts(b.html));
  return a;
}

describe('hostile text in every field', () => {
  it('uses at least 30 payloads, each in a draft the schema accepts (tab and line breaks in multi-line fields only)', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    // The one-line fields draftWithText fills, with their lengths: a tab or line break there is refused (issue 19).
    const oneLine: [string, number][] = [
      ['job.title', 120],
      ['job.department', 100],
      ['job.location.city', 100],
      ['job.location.region', 100],
      ['company.name', 120],
      [`skills.${exampleDraft.skills.length}.name`, 60],
    ];
    for (const payload of XSS_PAYLOADS) {
      const result = validateDraft(draftWithText(payload));
      const refused = result.success ? [] : result.issues.map((issue) => issue.path);
      const expected = oneLine.filter(([, max]) => /[\t\n\r]/.test(payload.slice(0, max))).map(([path]) => path);
      expect(refused.sort(), payload).toEqual(expected.sort());
    }
  });

  describe.each(templates)('template %s', (template) => {
    it.each(XSS_PAYLOADS.map((p) => [p]))('%j changes no structure and reads as typed', (payload) => {
      const out = expectSameStructure(payload, template);
      expect(Object.keys(htmlTagCounts(out.html)).every((tag) => SAFE_TAGS.has(tag))).toBe(true);
      for (const [, href] of out.html.matchAll(/<a href="([^"]*)"/g))
        expect(href).toMatch(/^(?:https:\/\/acme\.example\/|mailto:jobs@)/);
      // The title (an inline field, so whitespace folds to single spaces) appears verbatim in the plain text.
      expect(out.text).toContain(collapseInline(payload.slice(0, 120)));
    });
  });

  it('keeps payloads literal inside the HTML text, escaped', () => {
    const { html } = render(draftWithText('<script>alert(1)</script> & {{ x }}'), 'classic');
    expect(html).toContain('<h1>&#x3C;script>alert(1)&#x3C;/script> &#x26; {{ x }}</h1>');
  });
});

// Markdown and HTML punctuation, whitespace and template syntax, dense enough that shrinking finds a real bug.
const syntaxChar = fc.constantFrom(
  ...'#*_`[]()<>!-+=|~\\&;:.{}%"\'/1 \t\n'.split(''),
  ' #',
  'a',
  'é',
  '中',
  '😀',
  '\u00a0',
  '\r\n',
  '&amp;',
  'javascript:',
  '<script>',
  '{{',
  '{%',
  '1.',
  '    ',
);
// Short strings find a marker that only bites alone ("+", "1."); long ones find interactions.
const syntaxText = fc
  .oneof(fc.array(syntaxChar, { minLength: 1, maxLength: 3 }), fc.array(syntaxChar, { minLength: 1, maxLength: 40 }))
  .map((parts) => parts.join(''));
const anyText = fc.oneof(syntaxText, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));

describe('property: arbitrary text never changes the structure', () => {
  it.each(templates)('template %s', (template) => {
    fc.assert(
      fc.property(
        anyText.filter((text) => text.trim() !== ''),
        (text) => {
          const out = expectSameStructure(text, template);
          // U+0000 is replaced by U+FFFD as CommonMark requires; everything else reads back as typed.
          if (text.length <= 120) expect(out.text).toContain(collapseInline(text).replace(/\0/g, '\uFFFD'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
