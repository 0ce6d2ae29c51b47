import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Draft } from '../../shared/draft/draft-schema';
import { renderTemplate } from './liquid-engine';
import { buildPostingView } from './view-model';

export interface RenderOptions {
  /** A template id from content/templates/index.json; overrides draft.template. */
  template?: string;
}

// Frozen once: building a unified processor per call would dominate the render budget.
const markdownParser = unified().use(remarkParse).freeze();

/**
 * Templates are written for people to read, so a skipped section leaves blank lines behind; this removes them.
 * Safe for user text: escaped values never carry trailing spaces or runs of blank lines (see escapeMarkdown).
 */
export function tidyMarkdown(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The posting as Markdown: the one source every other format is made from. */
export function renderMarkdown(draft: Draft, options: RenderOptions = {}): string {
  return tidyMarkdown(renderTemplate(options.template ?? draft.template, buildPostingView(draft)));
}

export function parseMarkdown(markdown: string): Root {
  return markdownParser.parse(markdown);
}

/** The Markdown syntax tree that HTML, plain text and PDF are all built from. */
export function renderMarkdownTree(draft: Draft, options: RenderOptions = {}): Root {
  return parseMarkdown(renderMarkdown(draft, options));
}
