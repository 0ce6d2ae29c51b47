import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Draft } from '../../shared/draft/draft-schema';
import { parseMarkdown, renderMarkdown, type RenderOptions } from './markdown';
import { memoizeByMarkdown } from './markdown-memo';

// Raw HTML never survives remark-rehype (allowDangerousHtml is off) and the sanitizer (GitHub's schema) is
// the second wall: even a template mistake cannot emit a script, an event handler or a javascript: link.
const toSanitizedHast = unified().use(remarkRehype).use(rehypeSanitize).freeze();
const hastToHtml = unified().use(rehypeStringify).freeze();

export function markdownTreeToHast(tree: MdastRoot): HastRoot {
  return toSanitizedHast.runSync(tree) as HastRoot;
}

export function markdownTreeToHtml(tree: MdastRoot): string {
  return hastToHtml.stringify(markdownTreeToHast(tree));
}

const htmlFromMarkdown = memoizeByMarkdown((markdown) => markdownTreeToHtml(parseMarkdown(markdown)));

/** The posting as a sanitized HTML fragment (no <html> or <body>), for the preview, the share page and JSON-LD. */
export function renderHtml(draft: Draft, options: RenderOptions = {}): string {
  return htmlFromMarkdown(renderMarkdown(draft, options));
}
