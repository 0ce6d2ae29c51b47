import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../../shared/catalog';
import type { Draft } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { validateDraft } from '../../shared/draft/validate-draft';
import { draftWithText, longDraft, unicodeDraft } from './__fixtures__/drafts';
import { lineBreaksDraft, WORST_CASE_PDF_DRAFTS } from './__fixtures__/worst-case-drafts';
import { renderPdf } from './pdf';
import { boundLines, PDF_MAX_LINES_PER_FIELD } from './pdf-layout-bounds';
import { astralBudget, displayableText, loadPdfFonts, PDF_MAX_ASTRAL_CHARACTERS } from './pdf-fonts';

// poppler-utils reads the PDF back: the text must be real, selectable text, not drawn shapes. It is a test
// dependency (scripts/ensure-test-deps.sh installs it): without it these tests fail, they never skip.
const popplerMissing = ['pdftotext', 'pdfinfo'].filter(
  (tool) => !['/usr/bin', '/usr/local/bin'].some((bin) => existsSync(path.join(bin, tool))),
);
beforeAll(() => {
  if (popplerMissing.length) {
    throw new Error(
      `${popplerMissing.join(', ')} missing: run scripts/ensure-test-deps.sh (apt-get install poppler-utils)`,
    );
  }
});
const dir = mkdtempSync(path.join(tmpdir(), 'postwright-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfFile(name: string, draft: Draft, pageSize: 'A4' | 'LETTER' = 'A4'): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(draft, { pageSize }));
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('renderPdf', () => {
  it('writes the title, every skill, the pay range and page numbers as text', async () => {
    const file = await pdfFile('example', exampleDraft);
    const text = flat(pdfText(file));
    const catalog = getRoleCatalog('back-end-developer')!;
    expect(text).toContain('Senior Back End Developer');
    for (const skill of exampleDraft.skills) {
      expect(text).toContain(skill.name ?? catalog.skills.find((s) => s.id === skill.id)!.name);
    }
    expect(text).toContain('$140,000 – $170,000 per year');
    expect(text).toMatch(/Page 1 of \d/);
    const info = pdfInfo(file);
    expect(info).toMatch(/Title:\s+Senior Back End Developer/);
    expect(info).toMatch(/Author:\s+Acme Analytics/);
    expect(info).toMatch(/Creator:\s+Postwright/);
  });

  it('shows accented letters and currency signs', async () => {
    const text = pdfText(await pdfFile('unicode', unicodeDraft));
    for (const character of ['é', 'ü', 'ł', '€', '£', 'Zoë', 'Łódź']) expect(text).toContain(character);
  });

  it('flows a long posting onto more pages', async () => {
    const file = await pdfFile('long', longDraft);
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(flat(pdfText(file))).toContain(`Page ${pages} of ${pages}`);
  });

  it('uses A4 or US Letter', async () => {
    const a4 = pdfInfo(await pdfFile('a4', exampleDraft, 'A4'));
    const letter = pdfInfo(await pdfFile('letter', exampleDraft, 'LETTER'));
    expect(a4).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(letter).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it('prints hostile text as the characters typed', async () => {
    const payload = '<script>alert(1)</script> {{ 7*7 }} **bold** [x](javascript:alert(1))';
    const text = flat(pdfText(await pdfFile('hostile', draftWithText(payload))));
    expect(text).toContain(payload);
    expect(pdfInfo(path.join(dir, 'hostile.pdf'))).toMatch(/JavaScript:\s+no/);
  });
});

describe('the PDF of the worst valid drafts', () => {
  const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(file))?.[1]);

  it('lays out a bounded number of pages whatever the draft is packed with', async () => {
    for (const [name, draft] of Object.entries(WORST_CASE_PDF_DRAFTS)) {
      expect(validateDraft(draft).success, name).toBe(true);
      // One character per line in summary and about used to make ~60 pages (about 5 s of one core).
      expect(pagesOf(await pdfFile(`worst-${name}`, draft)), name).toBeLessThanOrEqual(14);
    }
  }, 240_000);

  it('keeps every word of a field typed one word per line', async () => {
    const text = pdfText(await pdfFile('worst-kept', lineBreaksDraft));
    const typed = `${lineBreaksDraft.job.summary}\n${lineBreaksDraft.company.about}`.split('\n').length;
    // pdftotext runs one-letter words together ("a a a" reads back as "aaa"): count the letters instead, once
    // the other fields' "ab"s are gone.
    expect(text.replace(/ab/g, '').replace(/[^a]/g, '').length).toBeGreaterThanOrEqual(typed);
  }, 60_000);
});

describe('characters outside the BMP', () => {
  const count = (text: string, char: string) => text.split(char).length - 1;

  it('draws the first 100 of a document and □ for the rest, in reading order', async () => {
    await loadPdfFonts();
    const budget = astralBudget();
    expect(PDF_MAX_ASTRAL_CHARACTERS).toBe(100);
    expect(displayableText('😀'.repeat(60), budget)).toBe('😀'.repeat(60));
    // The budget is the document's, not the text's: the second field gets what the first left.
    expect(displayableText('a😀'.repeat(41), budget)).toBe('a😀'.repeat(40) + 'a□');
    expect(displayableText('é😀', budget)).toBe('é□');
    expect(displayableText('Zoë € £ – “x”', budget)).toBe('Zoë € £ – “x”');
  });

  it('leaves a document within the cap as typed', async () => {
    await loadPdfFonts();
    // 🚀 is not in DejaVu Sans: □ whatever the budget, and it spends none of it.
    const text = 'Build 😀 things, 中文 and 🚀 ' + '😃'.repeat(99);
    expect(displayableText(text, astralBudget())).toBe('Build 😀 things, □□ and □ ' + '😃'.repeat(99));
  });

  it('writes □ into the PDF past the 100th', async () => {
    const withSummary = (summary: string) => ({ ...exampleDraft, job: { ...exampleDraft.job, summary } });
    const within = pdfText(await pdfFile('astral-within', withSummary('😀'.repeat(100))));
    const past = pdfText(await pdfFile('astral-past', withSummary('😀'.repeat(150))));
    expect(count(within, '😀')).toBe(100);
    expect(count(within, '□')).toBe(0);
    expect(count(past, '😀')).toBe(100);
    expect(count(past, '□')).toBe(50);
  });
});

describe('boundLines', () => {
  it('leaves a field within the limit as typed, blank lines included', () => {
    const typed = 'First paragraph.\n\nSecond, with\na hard break.\n';
    expect(boundLines(typed)).toBe(typed);
  });

  it('runs the lines past the limit on as one, losing no word', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const bounded = boundLines(lines.join('\n\n'), 10);
    const kept = bounded.split('\n').filter((line) => line.trim() !== '');
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 9)).toEqual(lines.slice(0, 9));
    expect(kept[9]).toBe(lines.slice(9).join(' '));
    expect(PDF_MAX_LINES_PER_FIELD).toBeGreaterThanOrEqual(20); // real postings keep their shape
  });
});
