// The one intermediate every format reads into: a posting as a list of blocks in reading order. Markup,
// styling and layout are gone; links are kept apart so that the apply link survives.

export type BlockKind = 'heading' | 'paragraph' | 'item';

export interface Block {
  kind: BlockKind;
  /** 1–6 for headings (a bold-only line reads as level 6); 0 otherwise. */
  level: number;
  text: string;
  /** The addresses of the links in this block, as written. */
  links: string[];
}

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** One line of text: runs of any space become one, and the ends are trimmed. */
export function cleanText(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** A block, or nothing when its text has no visible character (decorative rules, empty paragraphs). */
export function makeBlock(kind: BlockKind, text: string, level = 0, links: string[] = []): Block | null {
  const clean = cleanText(text);
  if (!/[\p{L}\p{N}]/u.test(clean)) return null;
  return { kind, level: kind === 'heading' ? level : 0, text: clean, links };
}

/** A line written in Markdown's bold or italics and nothing else: people use it as a heading. */
export const BOLD_LINE_LEVEL = 6;

/** An emphasised line reads as a heading only when it is short and not a sentence (italic fine print is not). */
export function isEmphasisHeading(text: string): boolean {
  const clean = cleanText(text);
  return clean.length <= 100 && !/[.!?]["”’)]?$/.test(clean);
}
