import { Link, Text, View } from '@react-pdf/renderer';
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import type { ReactNode } from 'react';
import { astralBudget, displayableText, type AstralBudget } from './pdf-fonts';
import { pdfStyles as styles } from './pdf-styles';

// The PDF is drawn from the same Markdown tree as the HTML and the plain text, so all three say the same thing.

const SAFE_LINK = /^(?:https?:|mailto:)/i;

function inline(nodes: PhrasingContent[], budget: AstralBudget): ReactNode[] {
  return nodes.map((node, index) => inlineNode(node, index, budget));
}

/** Words in one style of the sheet: bold, italic, a paragraph, a list item's paragraph. */
function styledText(
  key: number,
  style: (typeof styles)[keyof typeof styles],
  children: PhrasingContent[],
  budget: AstralBudget,
) {
  return (
    <Text key={key} style={style}>
      {inline(children, budget)}
    </Text>
  );
}

function inlineNode(node: PhrasingContent, key: number, budget: AstralBudget): ReactNode {
  switch (node.type) {
    case 'text':
      return displayableText(node.value.replace(/\n/g, ' '), budget); // a soft line break reads as a space
    case 'break':
      return '\n';
    case 'inlineCode':
    case 'html':
      return displayableText(node.value, budget);
    case 'strong':
      return styledText(key, styles.strong, node.children, budget);
    case 'emphasis':
      return styledText(key, styles.emphasis, node.children, budget);
    case 'link':
      return SAFE_LINK.test(node.url) ? (
        <Link key={key} src={node.url} style={styles.link}>
          {inline(node.children, budget)}
        </Link>
      ) : (
        <Text key={key}>{inline(node.children, budget)}</Text>
      );
    case 'image':
      return displayableText(node.alt ?? '', budget);
    default:
      return 'children' in node ? <Text key={key}>{inline(node.children as PhrasingContent[], budget)}</Text> : null;
  }
}

function listNode(list: List, key: number, budget: AstralBudget): ReactNode {
  return (
    <View key={key} style={styles.list}>
      {list.children.map((item, index) => (
        <View key={index} style={styles.listItem} wrap={false}>
          <Text style={styles.bullet}>{list.ordered ? `${(list.start ?? 1) + index}.` : '•'}</Text>
          <View style={styles.listItemBody}>
            {item.children.map((child, childIndex) =>
              child.type === 'paragraph'
                ? styledText(childIndex, styles.listItemParagraph, child.children, budget)
                : block(child, childIndex, budget),
            )}
          </View>
        </View>
      ))}
    </View>
  );
}

function block(node: RootContent, key: number, budget: AstralBudget): ReactNode {
  switch (node.type) {
    case 'heading': {
      const style = node.depth === 1 ? styles.h1 : node.depth === 2 ? styles.h2 : styles.h3;
      // minPresenceAhead keeps a heading from being stranded at the foot of a page without its section.
      return (
        <Text key={key} style={style} minPresenceAhead={48}>
          {inline(node.children, budget)}
        </Text>
      );
    }
    case 'paragraph':
      return styledText(key, styles.paragraph, node.children, budget);
    case 'list':
      return listNode(node, key, budget);
    case 'blockquote':
      return (
        <View key={key} style={styles.blockquote}>
          {node.children.map((child, index) => block(child, index, budget))}
        </View>
      );
    case 'code':
    case 'html':
      return (
        <Text key={key} style={styles.code}>
          {displayableText(node.value, budget)}
        </Text>
      );
    case 'thematicBreak':
      return <View key={key} style={styles.rule} />;
    default:
      return null;
  }
}

/**
 * The blocks of a Markdown tree as react-pdf elements, ready to flow across pages. One tree is one document:
 * its characters outside the BMP share one budget, spent in reading order.
 */
export function markdownTreeToPdfBlocks(tree: Root): ReactNode[] {
  const budget = astralBudget();
  return tree.children.map((node, index) => block(node, index, budget));
}
