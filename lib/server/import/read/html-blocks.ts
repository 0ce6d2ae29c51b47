import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { BOLD_LINE_LEVEL, isEmphasisHeading, makeBlock, type Block } from '../blocks';

// HTML (pasted, uploaded, or what mammoth makes of a Word file) read with rehype-parse into blocks. Scripts,
// styles and every other non-content element are dropped with their text; attributes never become text.

const parser = unified().use(rehypeParse, { fragment: true });

const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'button',
  'select',
  'input',
  'textarea',
  'form',
  'nav',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const EMPHASIS = new Set(['strong', 'b', 'em', 'i', 'u']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'pre',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
  'hr',
  ...Object.keys(HEADINGS),
]);

interface Line {
  text: string;
  links: string[];
  emphasised: boolean;
}

class Collector {
  readonly out: Block[] = [];
  private lines: Line[] = [];
  private kind: 'paragraph' | 'item' | 'heading' = 'paragraph';
  private level = 0;

  start(kind: 'paragraph' | 'item' | 'heading', level = 0) {
    this.flush();
    this.kind = kind;
    this.level = level;
  }

  text(value: string, emphasised: boolean) {
    if (this.lines.length === 0) this.lines.push({ text: '', links: [], emphasised: true });
    const line = this.lines.at(-1)!;
    line.text += value;
    if (!emphasised && /[\p{L}\p{N}]/u.test(value)) line.emphasised = false;
  }

  link(href: string) {
    if (this.lines.length === 0) this.lines.push({ text: '', links: [], emphasised: true });
    this.lines.at(-1)!.links.push(href);
  }

  lineBreak() {
    this.lines.push({ text: '', links: [], emphasised: true });
  }

  flush() {
    for (const line of this.lines) {
      const kind = this.kind === 'paragraph' && line.emphasised && isEmphasisHeading(line.text) ? 'heading' : this.kind;
      const level = kind === 'heading' && this.kind !== 'heading' ? BOLD_LINE_LEVEL : this.level;
      const block = makeBlock(kind, line.text, level, line.links);
      if (block) this.out.push(block);
    }
    this.lines = [];
    this.kind = 'paragraph';
    this.level = 0;
  }
}

function walk(node: RootContent | ElementContent, into: Collector, emphasised: boolean) {
  if (node.type === 'text') {
    into.text(node.value, emphasised);
    return;
  }
  if (node.type !== 'element') return;
  const element = node as Element;
  const name = element.tagName.toLowerCase();
  if (DROPPED.has(name)) return;
  if (name === 'br') return into.lineBreak();
  const heading = HEADINGS[name];
  if (heading !== undefined) {
    into.start('heading', heading);
    element.children.forEach((child) => walk(child, into, true));
    into.flush();
    return;
  }
  if (name === 'li' || name === 'dd') {
    into.start('item');
    element.children.forEach((child) => walk(child, into, false));
    into.flush();
    return;
  }
  if (BLOCKS.has(name)) {
    into.flush();
    element.children.forEach((child) => walk(child, into, emphasised));
    into.flush();
    return;
  }
  if (name === 'a') {
    const href = element.properties?.href;
    if (typeof href === 'string' && href !== '') into.link(href);
  }
  const child = emphasised || EMPHASIS.has(name);
  element.children.forEach((inner) => walk(inner, into, child));
}

export function htmlBlocks(source: string): Block[] {
  const tree = parser.parse(source) as Root;
  const into = new Collector();
  tree.children.forEach((node) => walk(node, into, false));
  into.flush();
  return into.out;
}
