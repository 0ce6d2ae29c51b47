import type { List, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { Draft } from '../../shared/draft/draft-schema';
import { parseMarkdown, renderMarkdown, type RenderOptions } from './markdown';
import { memoizeByMarkdown } from './markdown-memo';

// Plain text for job boards' text boxes and email: headings underlined, lists with bullets, blank lines
// between blocks. Built from the Markdown tree, so escapes are already resolved to what the user typed.

const BULLET = '• ';
const UNDERLINE_MAX = 60;

function sameAddress(text: string, url: string): boolean {
  const bare = (value: string) => value.replace(/^mailto:/, '').replace(/\/+$/, '');
  return bare(text) === bare(url);
}

function inlineText(nodes: PhrasingContent[]): string {
  return nodes.map(phrasingText).join('');
}

function phrasingText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\n/g, ' '); // a soft line break reads as a space
    case 'break':
      return '\n';
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'link': {
      const label = inlineText(node.children);
      return sameAddress(label, node.url) ? label : `${label} (${node.url.replace(/^mailto:/, '')})`;
    }
    default:
      return 'children' in node ? inlineText(node.children as PhrasingContent[]) : '';
  }
}

function indent(text: string, prefix: string): string {
  const pad = ' '.repeat(prefix.length);
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? prefix + line : line === '' ? '' : pad + line))
    .join('\n');
}

function listText(list: List): string {
  return list.children
    .map((item, index) => {
      const marker = list.ordered ? `${(list.start ?? 1) + index}. ` : BULLET;
      // Items of a tight list sit on consecutive lines; blocks inside one item are separated by a blank line.
      const body = item.children.map(blockText).join(list.spread || item.spread ? '\n\n' : '\n');
      return indent(body, marker);
    })
    .join(list.spread ? '\n\n' : '\n');
}

function blockText(node: RootContent | Nodes): string {
  switch (node.type) {
    case 'heading': {
      const text = inlineText(node.children);
      if (node.depth > 2) return text;
      const width = Math.min(Array.from(text).length, UNDERLINE_MAX);
      return `${text}\n${(node.depth === 1 ? '=' : '-').repeat(width)}`;
    }
    case 'paragraph':
      return inlineText(node.children);
    case 'list':
      return listText(node);
    case 'blockquote':
      return node.children
        .map(blockText)
        .join('\n\n')
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'thematicBreak':
      return '* * *';
    case 'code':
    case 'html':
      return node.value;
    default:
      return 'children' in node ? (node.children as RootContent[]).map(blockText).join('\n\n') : '';
  }
}

export function markdownTreeToText(tree: Root): string {
  const blocks = tree.children.map(blockText).filter((block) => block !== '');
  return `${blocks.join('\n\n')}\n`;
}

const textFromMarkdown = memoizeByMarkdown((markdown) => markdownTreeToText(parseMarkdown(markdown)));

/** The posting as readable plain text. */
export function renderText(draft: Draft, options: RenderOptions = {}): string {
  return textFromMarkdown(renderMarkdown(draft, options));
}
