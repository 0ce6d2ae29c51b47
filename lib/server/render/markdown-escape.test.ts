import { describe, expect, it } from 'vitest';
import { markdownTreeToHtml } from './html';
import { parseMarkdown } from './markdown';
import { collapseInline, escapeMarkdown } from './markdown-escape';
import { markdownTreeToText } from './text';

const asText = (value: string) => markdownTreeToText(parseMarkdown(escapeMarkdown(value))).trimEnd();
const asHtml = (value: string) => markdownTreeToHtml(parseMarkdown(escapeMarkdown(value)));

describe('escapeMarkdown', () => {
  it.each([
    '<script>alert(1)</script>',
    '{{ x }}',
    '{% raw %}',
    '**bold**',
    '# title',
    '[a](javascript:alert(1))',
    '![x](y)',
    '|table|',
    '1. item',
    '10) item',
    '- item',
    '+ item',
    '> quote',
    '&amp;',
    '&#60;',
    '`code`',
    '~~gone~~',
    '___',
    '= = =',
    'a\\b',
    'ends with \\',
    '<https://example.com>',
    '5 * 3 = 15 and 2 < 3 > 1',
  ])('keeps %j literal in one paragraph', (value) => {
    const tree = parseMarkdown(escapeMarkdown(value));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(asText(value)).toBe(value);
  });

  it('keeps a trailing # in a heading (where " #" would be a closing sequence)', () => {
    const tree = parseMarkdown(`# ${escapeMarkdown('Senior C# developer #')}`);
    expect(markdownTreeToText(tree)).toContain('Senior C# developer #\n');
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeMarkdown('Design, build and maintain APIs (REST) - 4+ years.')).toBe(
      'Design, build and maintain APIs (REST) - 4+ years.',
    );
    expect(escapeMarkdown('401(k) with 4% match')).toBe('401(k) with 4% match');
  });

  it('turns blank lines into paragraphs and single newlines into line breaks', () => {
    expect(escapeMarkdown('one\ntwo\n\n  \n three')).toBe('one\\\ntwo\n\nthree');
    expect(asHtml('one\r\ntwo\n\nthree')).toBe('<p>one<br>\ntwo</p>\n<p>three</p>');
  });

  it('neutralises syntax at the start of every line, not only the first', () => {
    const value = 'Intro\n# heading\n    code\n- item\n1. item\n===\n> quote';
    const tree = parseMarkdown(escapeMarkdown(value));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(asText(value)).toBe('Intro\n# heading\ncode\n- item\n1. item\n===\n> quote');
  });

  it('writes nothing for absent values and never the words null or undefined', () => {
    expect(escapeMarkdown(null)).toBe('');
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(42)).toBe('42');
  });

  it('escapes raw HTML so the HTML output shows it as text', () => {
    expect(asHtml('<img src=x onerror=alert(1)>')).toBe('<p>&#x3C;img src=x onerror=alert(1)></p>');
  });
});

describe('collapseInline', () => {
  it('folds any whitespace, newlines included, into single spaces', () => {
    expect(collapseInline('  a\n\n b\t c  ')).toBe('a b c');
  });
});
