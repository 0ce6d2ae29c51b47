import { makeBlock, type Block } from '../blocks';

// Plain text as people paste it from a web page or a PDF viewer: one block a line; bullets of any kind
// make items; a short line ending in a colon, or written in capitals, is a heading.

const BULLET = /^\s*(?:[•◦▪▫●○■□‣⁃∙·\-*+–—➢➤►▶✓✔-]|\(?\d{1,2}[.)]|[a-z][.)])\s+/u;

export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 80) return false;
  if (/:$/.test(text) && text.split(/\s+/).length <= 8) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function textBlocks(source: string): Block[] {
  const out: Block[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const bullet = BULLET.exec(raw);
    const block = bullet
      ? makeBlock('item', raw.slice(bullet[0].length))
      : isHeadingLine(raw)
        ? makeBlock('heading', raw, 3)
        : makeBlock('paragraph', raw);
    if (block) out.push(block);
  }
  return out;
}
