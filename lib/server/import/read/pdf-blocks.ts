import { extractLinks, extractTextItems, getDocumentProxy } from 'unpdf';
import { cleanText, makeBlock, type Block } from '../blocks';
import { ImportError } from '../import-error';

// A PDF read with pdf.js (through unpdf) as positioned text: lines are rebuilt from the text items, a line
// set larger than the body text is a heading, a line starting with a bullet is a list item, and a line
// close below another of the same size continues it (a wrapped paragraph or item).

/** A posting is a page or three; past this the file is refused before any page is read. */
export const MAX_PDF_PAGES = 50;
/** Text past this is not a posting (the pasted-text limit). */
export const MAX_PDF_TEXT_CHARS = 256 * 1024;

const BULLET = /^\s*([•◦▪▫●○■□‣⁃∙·–—\-*+➢➤►▶✓✔]|\d{1,2}[.)])\s*/u;

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

interface Line {
  text: string;
  size: number;
  y: number;
  page: number;
  /** Left and right edge of the line's text. */
  x: number;
  right: number;
}

function linesOf(
  pages: { str: string; x: number; y: number; width: number; fontSize: number; hasEOL: boolean }[][],
): Line[] {
  const lines: Line[] = [];
  pages.forEach((items, page) => {
    let current: Line | null = null;
    for (const item of items) {
      const sameLine = current && Math.abs(current.y - item.y) < Math.max(2, item.fontSize * 0.4);
      if (!current || !sameLine) {
        if (current) lines.push(current);
        current = { text: '', size: 0, y: item.y, page, x: Infinity, right: 0 };
      }
      current.text += item.str;
      if (item.str.trim()) {
        current.size = Math.max(current.size, Math.round(item.fontSize * 10) / 10);
        current.x = Math.min(current.x, item.x);
        current.right = Math.max(current.right, item.x + item.width);
      }
      if (item.hasEOL) {
        lines.push(current);
        current = null;
      }
    }
    if (current) lines.push(current);
  });
  // Page numbers are the printer's, not the posting's.
  return lines.filter((line) => cleanText(line.text) !== '' && !PAGE_NUMBER.test(cleanText(line.text)));
}

function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** The page's left margin: the leftmost edge that at least two lines share (a stray word does not move it). */
function leftMargin(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  const shared = [...counts.entries()].filter(([, n]) => n >= 2).map(([x]) => x);
  return shared.length ? Math.min(...shared) : Math.min(...values.map(Math.round));
}

function blocksOf(lines: Line[]): Block[] {
  const body = bodySize(lines);
  const left = leftMargin(lines.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.x));
  const pageRight = new Map<number, number>();
  for (const line of lines) pageRight.set(line.page, Math.max(pageRight.get(line.page) ?? 0, line.right));
  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * 1.12).map((l) => l.size))].sort(
    (a, b) => b - a,
  );
  const out: Block[] = [];
  let previous: Line | null = null;
  let open: Block | null = null;
  let openX = 0;
  for (const line of lines) {
    const text = cleanText(line.text);
    const heading = line.size >= body * 1.12 && text.length <= 150;
    const bullet = BULLET.exec(text);
    // Browsers draw list bullets as shapes, not text: an indented line is a list item all the same.
    const indented = line.x >= left + 8;
    const gap = previous && previous.page === line.page ? previous.y - line.y : Infinity;
    // A line continues the one above when that one ran to the right margin (it wrapped) and this one
    // starts where the block's text starts; a line that ends short ended its paragraph or item.
    const wrapped = previous !== null && previous.right >= (pageRight.get(previous.page) ?? 0) * 0.8;
    const continues =
      open !== null &&
      !heading &&
      !bullet &&
      open.kind !== 'heading' &&
      previous !== null &&
      wrapped &&
      Math.abs(previous.size - line.size) < 0.5 &&
      gap > 0 &&
      gap <= line.size * 1.6 &&
      (open.kind !== 'item' || Math.abs(line.x - openX) < 4 || bullet === null);
    if (continues && open) {
      open.text = cleanText(`${open.text} ${text}`);
    } else {
      const level = heading ? Math.min(6, headingSizes.indexOf(line.size) + 1) : 0;
      const block = heading
        ? makeBlock('heading', text, level)
        : bullet
          ? makeBlock('item', text.slice(bullet[0].length))
          : makeBlock(indented ? 'item' : 'paragraph', text);
      if (block) out.push(block);
      open = block;
      openX = line.x;
    }
    previous = line;
  }
  return out;
}

export async function pdfBlocks(bytes: Uint8Array): Promise<{ blocks: Block[]; links: string[] }> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ImportError('file_encrypted', 'This PDF is protected with a password: save it without one');
    }
    throw new ImportError('file_mismatch', 'This PDF is damaged and cannot be read');
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new ImportError(
        'file_too_complex',
        `This PDF has ${pdf.numPages} pages; a posting to import has at most ${MAX_PDF_PAGES}`,
      );
    }
    const { items } = await extractTextItems(pdf);
    const chars = items.reduce((sum, page) => sum + page.reduce((n, item) => n + item.str.length, 0), 0);
    if (chars > MAX_PDF_TEXT_CHARS) {
      throw new ImportError(
        'file_too_complex',
        `This PDF holds more than ${MAX_PDF_TEXT_CHARS / 1024} K characters of text: not a posting`,
      );
    }
    const blocks = blocksOf(linesOf(items));
    if (blocks.length === 0) {
      throw new ImportError(
        'pdf_no_text',
        'This PDF has no text to read (it is a scan or an image): paste the text instead',
      );
    }
    const { links } = await extractLinks(pdf).catch(() => ({ links: [] as string[] }));
    return { blocks, links };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
