import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BOLD_LINE_LEVEL, isEmphasisHeading, makeBlock, type Block } from '../blocks';

// Markdown (and plain text, which is Markdown without markup) read with remark. Each line of a paragraph is
// its own block: posting authors break lines to separate points, not to wrap text.

const parser = unified().use(remarkParse);

/** `###Job Description` is a heading to its writer even without the space CommonMark asks for. */
function normaliseSource(source: string): string {
  return source.replace(/\r\n?/g, '\n').replace(/^(#{1,6})(?=[^#\s])/gm, '$1 ');
}

interface Run {
  text: string;
  links: string[];
  /** Every visible character of the run is bold or italic. */
  emphasised: boolean;
}

function phrasingRuns(nodes: PhrasingContent[]): Run[] {
  const lines: Run[] = [{ text: '', links: [], emphasised: true }];
  const visit = (node: PhrasingContent, emphasised: boolean) => {
    const line = lines.at(-1)!;
    switch (node.type) {
      case 'break':
        lines.push({ text: '', links: [], emphasised: true });
        return;
      case 'text':
      case 'inlineCode':
      case 'html': {
        const parts = node.type === 'html' ? [node.value.replace(/<[^>]*>/g, ' ')] : node.value.split('\n');
        parts.forEach((part, index) => {
          // A line that ends mid-sentence was wrapped by its writer's editor: it goes on. One that ends a
          // sentence (or a label) is a line of its own.
          if (index > 0 && /[.!?:;)”"]\s*$/.test(lines.at(-1)!.text))
            lines.push({ text: '', links: [], emphasised: true });
          else if (index > 0) lines.at(-1)!.text += ' ';
          const current = lines.at(-1)!;
          // An unbalanced `**` (bold never closed) stays literal in CommonMark; it is markup all the same.
          current.text += node.type === 'text' ? part.replace(/\*\*|__/g, '') : part;
          if (!emphasised && /[\p{L}\p{N}]/u.test(part)) current.emphasised = false;
        });
        return;
      }
      case 'strong':
      case 'emphasis':
      case 'delete':
        node.children.forEach((child) => visit(child, node.type === 'delete' ? emphasised : true));
        return;
      case 'link':
        line.links.push(node.url);
        node.children.forEach((child) => visit(child, emphasised));
        return;
      case 'image':
        return;
      default:
        if ('children' in node) (node.children as PhrasingContent[]).forEach((child) => visit(child, emphasised));
        else if ('value' in node) line.text += String(node.value);
    }
  };
  nodes.forEach((node) => visit(node, false));
  return lines;
}

function paragraphBlocks(node: Paragraph | Heading, out: Block[], kind: 'paragraph' | 'item') {
  for (const run of phrasingRuns(node.children)) {
    const bold = run.emphasised && kind === 'paragraph' && isEmphasisHeading(run.text);
    const block = makeBlock(bold ? 'heading' : kind, run.text, BOLD_LINE_LEVEL, run.links);
    if (block) out.push(block);
  }
}

function listBlocks(list: List, out: Block[]) {
  for (const item of list.children as ListItem[]) {
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        // The item's first line is the item; a further paragraph inside it reads as its own item too.
        const runs = phrasingRuns(child.children);
        const block = makeBlock(
          'item',
          runs.map((run) => run.text).join(' '),
          0,
          runs.flatMap((run) => run.links),
        );
        if (block) out.push(block);
      } else walk(child, out);
    }
  }
}

function walk(node: Nodes, out: Block[]) {
  switch (node.type) {
    case 'root':
    case 'blockquote':
      node.children.forEach((child) => walk(child, out));
      return;
    case 'heading': {
      const runs = phrasingRuns(node.children);
      const text = runs.map((run) => run.text).join(' ');
      const block = makeBlock(
        'heading',
        text,
        node.depth,
        runs.flatMap((run) => run.links),
      );
      if (block) out.push(block);
      return;
    }
    case 'paragraph':
      paragraphBlocks(node, out, 'paragraph');
      return;
    case 'list':
      listBlocks(node, out);
      return;
    case 'code':
      for (const line of node.value.split('\n')) {
        const block = makeBlock('paragraph', line);
        if (block) out.push(block);
      }
      return;
    case 'html': {
      const block = makeBlock('paragraph', node.value.replace(/<[^>]*>/g, ' '));
      if (block) out.push(block);
      return;
    }
    case 'table':
      for (const row of node.children) {
        const block = makeBlock(
          'paragraph',
          row.children
            .map((cell) =>
              phrasingRuns(cell.children)
                .map((r) => r.text)
                .join(' '),
            )
            .join(' · '),
        );
        if (block) out.push(block);
      }
      return;
    default:
      return;
  }
}

export function markdownBlocks(source: string): Block[] {
  const tree = parser.parse(normaliseSource(source)) as Root;
  const out: Block[] = [];
  walk(tree, out);
  return out;
}
