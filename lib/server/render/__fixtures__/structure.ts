import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';

// Structure fingerprints for the hostile-input tests: what kinds of nodes a document has, never their text.

interface AnyNode {
  type: string;
  children?: AnyNode[];
  depth?: number;
  ordered?: boolean | null;
  tagName?: string;
  properties?: Record<string, unknown>;
}

/** The Markdown tree as nested node types ("heading2(text)"), so any added emphasis, link or block shows. */
export function mdastShape(tree: MdastRoot): string {
  const walk = (node: AnyNode): string => {
    const label = node.type + (node.depth ?? '') + (node.ordered ? 'ordered' : '');
    return node.children ? `${label}(${node.children.map(walk).join(',')})` : label;
  };
  return walk(tree as AnyNode);
}

/** Every element with its attribute names, counted: `a[href]×3`, `li×12`. */
export function hastElementCounts(tree: HastRoot): Record<string, number> {
  const counts: Record<string, number> = {};
  const walk = (node: AnyNode) => {
    if (node.type === 'element') {
      const attributes = Object.keys(node.properties ?? {}).sort();
      const key = `${node.tagName}${attributes.length ? `[${attributes.join(',')}]` : ''}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    node.children?.forEach(walk);
  };
  walk(tree as AnyNode);
  return counts;
}

/** The same count, read back from the serialized HTML with a tag scanner: catches anything stringify adds. */
export function htmlTagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes = Array.from((match[2] ?? '').matchAll(/\s+([^\s=>/]+)(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g), (m) =>
      m[1]!.toLowerCase(),
    ).sort();
    const key = `${match[1]!.toLowerCase()}${attributes.length ? `[${attributes.join(',')}]` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
