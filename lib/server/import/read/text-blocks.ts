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
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    // Text pasted from a Markdown editor keeps its heading marks and bold: they are markup, not text.
    const hashes = /^\s*(#{1,6})\s+/.exec(line);
    const raw = line.replace(/^\s*#{1,6}\s+/, '').replace(/\*\*|__/g, '');
    if (hashes) {
      const block = makeBlock('heading', raw, hashes[1]!.length);
      if (block) out.push(block);
      continue;
    }
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
