import ts from 'typescript';

// English written into a component instead of taken from its messages: text between JSX tags, and a quoted
// string given to a prop that is shown or read aloud. The builder's test and the site pages' test use it.

const SHOWN_PROPS = new Set([
  'label',
  'hint',
  'title',
  'aria-label',
  'placeholder',
  'alt',
  'description',
  'itemLabel',
  'addLabel',
  'searchPlaceholder',
]);
const WORDS = /[A-Za-z]{2,}/;

/** Bare English in one file: `line: text` for each piece found. */
export function bareEnglish(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && SHOWN_PROPS.has(node.name.getText())) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression
            : undefined;
      if (literal && WORDS.test(literal.text)) report(node, `${node.name.getText()}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
