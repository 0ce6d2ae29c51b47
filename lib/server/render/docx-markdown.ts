import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';

// The Word document is built from the same Markdown tree as the HTML, the text and the PDF: Word's own heading
// styles, numbered and bulleted lists (numbering references declared in docx.ts) and real hyperlinks.

export const BULLET_LIST = 'bullets';
export const ORDERED_LIST = 'numbers';

const SAFE_LINK = /^(?:https?:|mailto:)/i;
// The posting's `#` title takes Word's Title style, its `##` sections Heading 1: the outline Word and readers expect.
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2] as const;

// XML 1.0 cannot carry C0 controls (but tab and newlines), U+FFFE/U+FFFF or lone surrogates: Word refuses a file
// with any of them, and a draft may hold them. They become the replacement character, so nothing vanishes silently.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'style'>;

function inline(nodes: PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node) => inlineNode(node, style));
}

function inlineNode(node: PhrasingContent, style: RunStyle): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return [new TextRun({ ...style, text: xmlSafe(node.value.replace(/\n/g, ' ')) })];
    case 'break':
      return [new TextRun({ ...style, break: 1 })];
    case 'inlineCode':
    case 'html':
      return [new TextRun({ ...style, text: xmlSafe(node.value) })];
    case 'strong':
      return inline(node.children, { ...style, bold: true });
    case 'emphasis':
      return inline(node.children, { ...style, italics: true });
    case 'link':
      if (!SAFE_LINK.test(node.url)) return inline(node.children, style);
      return [
        new ExternalHyperlink({
          link: node.url,
          children: inline(node.children, { ...style, style: 'Hyperlink' }) as TextRun[],
        }),
      ];
    case 'image':
      return [new TextRun({ ...style, text: xmlSafe(node.alt ?? '') })];
    default:
      return 'children' in node ? inline(node.children as PhrasingContent[], style) : [];
  }
}

function listParagraphs(list: List, level: number): Paragraph[] {
  const reference = list.ordered ? ORDERED_LIST : BULLET_LIST;
  return list.children.flatMap((item) =>
    item.children.flatMap((child, index) => {
      if (child.type === 'list') return listParagraphs(child, Math.min(level + 1, 2));
      const children = child.type === 'paragraph' ? inline(child.children) : blockRuns(child);
      // Only an item's first paragraph carries the bullet; later ones continue it, indented alike.
      return [
        new Paragraph({
          children,
          ...(index === 0 ? { numbering: { reference, level } } : { indent: { left: 720 * (level + 1) } }),
        }),
      ];
    }),
  );
}

function blockRuns(node: RootContent): ParagraphChild[] {
  if ('value' in node && typeof node.value === 'string') return [new TextRun(xmlSafe(node.value))];
  if ('children' in node) return inline(node.children as PhrasingContent[]);
  return [];
}

function block(node: RootContent): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[Math.min(node.depth, 3) - 1], children: inline(node.children) })];
    case 'paragraph':
      return [new Paragraph({ children: inline(node.children) })];
    case 'list':
      return listParagraphs(node, 0);
    case 'blockquote':
      return node.children.flatMap(block);
    case 'code':
    case 'html':
      return [new Paragraph({ children: [new TextRun(xmlSafe(node.value))] })];
    case 'thematicBreak':
      return [new Paragraph({ thematicBreak: true, children: [] })];
    default:
      return [];
  }
}

/** The blocks of a Markdown tree as Word paragraphs. */
export function markdownTreeToDocxParagraphs(tree: Root): Paragraph[] {
  return tree.children.flatMap(block);
}
