import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../shared/draft/draft-schema';
import { qualifiedDraft } from '../render/__fixtures__/drafts';
import { renderFormat } from '../render/render-format';
import {
  encryptedDocx,
  lyingZipBombDocx,
  manyPagePdf,
  pngBytes,
  textlessPdf,
  zipBombDocx,
} from './__fixtures__/hostile-files';
import type { ImportResult } from '../../shared/import/import-contract';
import { ImportError } from './import-error';
import { importFile } from './import-file';
import type { FileKind } from './read/file-kind';

// Files in, drafts out: Postwright's own exports and files other programs made come back as the posting they
// hold; hostile files are refused with their documented code, before they cost more than a bounded amount.

const expected = qualifiedDraft;

function expectPosting(result: ImportResult) {
  const draft = result.draft as typeof expected;
  expect(draft.job.title).toBe(expected.job.title);
  expect(draft.company.name).toBe(expected.company.name);
  expect(draft.responsibilities).toEqual(expected.responsibilities);
  expect(draft.benefits).toEqual(expected.benefits);
  expect(draft.qualifications).toEqual(expected.qualifications);
  expect(draft.compensation).toEqual(expected.compensation);
  expect(draft.apply).toMatchObject({ url: expected.apply.url, email: expected.apply.email });
  // Catalog skills with their level, and the years the draft stated.
  const skills = Object.fromEntries(draft.skills.map((s) => [s.id, [s.level, s.years]]));
  for (const skill of expected.skills) expect(skills[skill.id], skill.id).toEqual([skill.level, skill.years]);
}

const KINDS: Record<string, FileKind> = { markdown: 'md', html: 'html', text: 'txt', docx: 'docx', pdf: 'pdf' };

describe("Postwright's own exports, imported", () => {
  it.each(Object.keys(KINDS))('%s gives back the posting, and the draft validates as it is', async (format) => {
    const { body } = await renderFormat(expected, format as 'markdown', {});
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
    const result = await importFile(KINDS[format]!, bytes);
    expectPosting(result);
    expect(result.missing).toEqual([]);
    expect(draftSchema.safeParse(result.draft).success).toBe(true);
  });
});

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const hasChromium = spawnSync('/usr/bin/chromium', ['--version']).status === 0;
const requireTool = (present: boolean, name: string) => {
  if (!present && process.env.CI) throw new Error(`${name} is missing: scripts/ensure-test-deps.sh installs it`);
  if (!present) console.warn(`\n*** SKIPPED: ${name} is not installed; these import tests did not run ***\n`);
};

describe('files other programs made', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'postwright-import-'));
  const inDir = (name: string) => path.join(dir, name);

  it.runIf(hasPandoc || process.env.CI)('a Word file pandoc made from the Markdown', async () => {
    requireTool(hasPandoc, 'pandoc');
    const { body } = await renderFormat(expected, 'markdown', {});
    writeFileSync(inDir('posting.md'), body as string);
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', inDir('pandoc.docx'), inDir('posting.md')]);
    expectPosting(await importFile('docx', readFileSync(inDir('pandoc.docx'))));
  });

  it.runIf(hasChromium || process.env.CI)(
    'a PDF Chromium printed from the HTML',
    async () => {
      requireTool(hasChromium, 'chromium');
      const { body } = await renderFormat(expected, 'html', {});
      writeFileSync(inDir('posting.html'), `<!doctype html><meta charset="utf-8"><body>${body as string}</body>`);
      execFileSync(
        '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          `--print-to-pdf=${inDir('chromium.pdf')}`,
          `file://${inDir('posting.html')}`,
        ],
        { stdio: 'ignore', timeout: 60_000 },
      );
      expectPosting(await importFile('pdf', readFileSync(inDir('chromium.pdf'))));
    },
    60_000,
  );

  if (!hasPandoc) requireTool(false, 'pandoc');
  if (!hasChromium) requireTool(false, 'chromium');
});

async function refusal(kind: FileKind, bytes: Uint8Array): Promise<string> {
  try {
    await importFile(kind, bytes);
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('the file was imported');
}

describe('hostile files', () => {
  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const bomb = zipBombDocx();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal('docx', bomb)).toBe('file_too_complex');
  });

  it('refuses a zip bomb whose directory declares a small size, while inflating it', async () => {
    expect(await refusal('docx', lyingZipBombDocx())).toBe('file_too_complex');
  });

  it('names an encrypted Word file as such', async () => {
    expect(await refusal('docx', encryptedDocx())).toBe('file_encrypted');
  });

  it('refuses a PNG named .pdf, and a PDF named .docx', async () => {
    expect(await refusal('pdf', pngBytes())).toBe('file_mismatch');
    expect(await refusal('docx', manyPagePdf(1))).toBe('file_mismatch');
    expect(await refusal('txt', pngBytes())).toBe('file_mismatch');
  });

  it('refuses a 2,000-page PDF by its page count, and reads a one-page one', async () => {
    expect(await refusal('pdf', manyPagePdf(2000))).toBe('file_too_complex');
    const one = await importFile('pdf', manyPagePdf(1));
    expect((one.draft as { job: { title?: string } }).job.title).toBe('Back End Developer');
  });

  it('says a PDF without text is a scan', async () => {
    expect(await refusal('pdf', textlessPdf())).toBe('pdf_no_text');
  });

  it('names a password-protected PDF as encrypted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'postwright-import-'));
    const inDir = (name: string) => path.join(dir, name);
    const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
    requireTool(hasQpdf, 'qpdf');
    if (!hasQpdf) return;
    writeFileSync(inDir('plain.pdf'), manyPagePdf(1));
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', inDir('plain.pdf'), inDir('locked.pdf')]);
    expect(await refusal('pdf', readFileSync(inDir('locked.pdf')))).toBe('file_encrypted');
  });

  it('refuses HTML and Markdown nested tens of thousands deep instead of failing', async () => {
    const html = `${'<div>'.repeat(20_000)}Deep text`;
    expect(await refusal('html', new TextEncoder().encode(html))).toBe('file_too_complex');
    expect(await refusal('md', new TextEncoder().encode(`${'> '.repeat(20_000)}deep`))).toBe('file_too_complex');
  });

  it('drops scripts, styles and markup from HTML, and keeps Liquid and tags typed as text literal', async () => {
    const html =
      '<h1>Back End Developer</h1><script>alert("x")</script><style>h1{color:red}</style>' +
      '<h2>Responsibilities</h2><ul><li onclick="steal()">Write {{ secrets }} and {% raw %} templates</li>' +
      '<li>Escape &lt;script&gt; in user text</li></ul><img src=x onerror="alert(1)">';
    const result = await importFile('html', new TextEncoder().encode(html));
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/alert|color:red|steal|onerror/);
    expect((result.draft as { responsibilities: string[] }).responsibilities).toEqual([
      'Write {{ secrets }} and {% raw %} templates',
      'Escape <script> in user text',
    ]);
  });
});
