// User text reaches Markdown only through escapeMarkdown (the Liquid engine's outputEscape), exactly once,
// so whatever a person types is rendered as the literal text they typed and never becomes structure.

/** Punctuation that can start or end inline syntax anywhere on a line: emphasis, code, links, HTML, entities, GFM. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~]/g;

/** Markers that only mean something at the start of a line: headings, quotes, lists, setext underlines, breaks. */
const LEADING_MARKER = /^([#>+=-])/;

/** `1. item` and `1) item` start an ordered list; the escaped delimiter keeps the number as text. */
const LEADING_ORDERED = /^(\d{1,9})([.)])/;

/** At the end of a heading line, ` ##` is a closing sequence and would be dropped from "Senior C# dev #". */
const TRAILING_HASHES = /([ \t])(#+)$/;

function escapeLine(line: string): string {
  return line
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(LEADING_MARKER, '\\$1')
    .replace(LEADING_ORDERED, '$1\\$2')
    .replace(TRAILING_HASHES, '$1\\$2');
}

/**
 * Escapes one value for a Markdown document. A blank line in the value starts a new paragraph, a single
 * newline becomes a hard line break; leading and trailing whitespace of every line is dropped, so indentation
 * can never open a code block and trailing spaces can never add a break. Inline fields are collapsed to one
 * line before they get here (see collapseInline), so only block fields (summary, about) ever carry newlines.
 */
export function escapeMarkdown(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\r\n?/g, '\n');
  return text
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map(escapeLine)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** For headings, list items and labels: any run of whitespace, newlines included, becomes one space. */
export function collapseInline(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
