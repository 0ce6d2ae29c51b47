import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import type { Draft } from '../draft/draft-schema';
import { exampleDraft } from '../draft/example-draft';
import { draftWithText, longDraft, unicodeDraft } from './__fixtures__/drafts';
import { renderPdf } from './pdf';

// poppler-utils reads the PDF back: the text must be real, selectable text, not drawn shapes.
const poppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
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

describe.skipIf(!poppler)('renderPdf', () => {
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
