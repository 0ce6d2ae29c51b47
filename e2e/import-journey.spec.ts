import { readFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { STORAGE_KEYS } from '../lib/browser/storage/browser-storage';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { BuilderPage } from './pages/builder-page';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';
import { scriptRequests } from './support/script-requests';

// A real posting as its company published it (TextNow, github:the31337/jobs@18a9987…:
// textnow/senior-backend-engineer-lead.md; /work/shared/data/real-postings/08.source.md).
const realPosting = readFileSync(new URL('./fixtures/real-posting-08.source.md', import.meta.url), 'utf8');

// The stack the team works with: the importer took it for a requirement, the user moves it to what the job
// involves (from one list to the end of another).
const MOVED = 'Technologies - EC2, S3, Redshift, Kinesis Firehose, DataPipeline, API Gateway, SQL, Jquery';
// A line the source broke in two: the fragment is left out.
const LEFT_OUT = 'AWS, open-source tooling, and custom-built frameworks.';

async function openImport(page: Page, from: '/' | '/build') {
  await page.goto(from);
  await page.getByRole('link', { name: 'Start from an existing posting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start from an existing posting' })).toBeVisible();
  // Typing before hydration could be lost when the page comes alive: wait until it has.
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

async function reviewScreen(page: Page) {
  const heading = page.getByRole('heading', { level: 1, name: 'Check where each line went' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
}

/** The review row of one source line (by its start: a paragraph is one line). */
const lineRow = (page: Page, text: string): Locator =>
  page.getByRole('listitem').filter({ has: page.locator('p[id$="-text"]', { hasText: text }) });

/** The texts of a list's items in the builder (`qualifications`, `responsibilities`, `benefits`). */
const listTexts = (page: Page, list: string) =>
  page.locator(`textarea[id^="${list}-"]`).evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));

async function openBuilderAndSeeChecks(page: Page, title: string) {
  await page.getByRole('button', { name: 'Open in the builder' }).click();
  await expect(page).toHaveURL(/\/build\?step=review$/);
  const builder = new BuilderPage(page);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(builder.preview().locator('h1')).toHaveText(title);
  // The checks ran on the imported posting: its score and findings, with no typing.
  const checks = page.getByRole('region', { name: /^Checks/ });
  if (!(await checks.isVisible())) await page.getByRole('button', { name: /Show preview and checks/ }).click();
  await expect(checks.locator('[data-score]')).toBeVisible();
  await expect(checks.getByRole('heading', { level: 2 })).toHaveText(/Checks \(\d+ findings?\)/);
  return builder;
}

test('paste a real posting, move one line and leave one out, and open the builder on it with its checks', async ({
  page,
}) => {
  await openImport(page, '/');
  await page.getByLabel('Paste the posting').fill(realPosting);
  await expectNoSeriousA11yViolations(page, 'paste screen');
  await page.getByRole('button', { name: 'Read the pasted posting' }).click();
  await reviewScreen(page);

  // Each source line beside the field it went to; what is missing; what could not be placed.
  await expect(lineRow(page, 'Senior Backend Engineer (Lead)').getByLabel(/^Goes to/)).toHaveValue('found');
  await expect(page.getByRole('heading', { name: /Still to fill in \(\d+\)/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Still to fill in/ })).toContainText('Application link or email');
  await expect(page.getByRole('heading', { name: /Not placed \(\d+\)/ })).toBeVisible();

  const moved = lineRow(page, MOVED);
  await expect(moved.getByLabel(/^Goes to/)).toHaveValue('found');
  await expect(moved.getByText(/^In: Qualifications, item \d+$/)).toBeVisible();
  await moved.getByLabel(/^Goes to/).selectOption('responsibilities');
  await expect(moved.getByText('Moved to: Responsibilities', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Moved to Responsibilities (a new item): ${MOVED}` }),
  ).toHaveCount(1);
  const leftOut = lineRow(page, LEFT_OUT);
  await leftOut.getByRole('button', { name: /^Leave out/ }).click();
  await expect(leftOut.getByText('Left out', { exact: true })).toBeVisible();
  // Still on the list, and it can come back: restore it, then leave it out again by its menu.
  await leftOut.getByRole('button', { name: /^Restore/ }).click();
  await expect(leftOut.getByRole('button', { name: /^Leave out/ })).toBeVisible();
  await leftOut.getByLabel(/^Goes to/).selectOption('unused');
  await expectNoSeriousA11yViolations(page, 'review screen');

  const builder = await openBuilderAndSeeChecks(page, 'Senior Backend Engineer (Lead)');
  await expect(builder.preview()).toContainText(MOVED);
  await expect(builder.preview()).not.toContainText(LEFT_OUT);
  // The requirements that are not skills, in the Skills step's own list, without the moved line.
  await builder.goToStep('Skills');
  const qualifications = await listTexts(page, 'qualifications');
  expect(qualifications).toContain(
    "You have a bachelor's degree or equivalent in Computer Science, Math or related field",
  );
  expect(qualifications).not.toContain(MOVED);
  await builder.goToStep('Responsibilities');
  const responsibilities = await listTexts(page, 'responsibilities');
  expect(responsibilities.at(-1)).toBe(MOVED);
  expect(responsibilities).toContain('Optimize table schemata based on usage patterns');
  expect(responsibilities).not.toContain(LEFT_OUT);
  await builder.checkA11y('builder on the imported posting');
});

/** A Word document as people write postings: a title, headings, list paragraphs. */
async function wordPosting(): Promise<Buffer> {
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Platform Engineer', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'About us', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Northwind Freight moves parcels for 4,000 small shops across the Netherlands.'),
          new Paragraph({ text: 'What you will do', heading: HeadingLevel.HEADING_2 }),
          bullet('Build and run the APIs our couriers use every day.'),
          bullet('Keep our PostgreSQL databases fast and safe.'),
          bullet('Bring a good mood to the Friday demo.'),
          new Paragraph({ text: 'What we ask', heading: HeadingLevel.HEADING_2 }),
          bullet('3+ years of experience with Go.'),
          bullet('A degree in computer science or equivalent experience.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

test('bring a Word file on a phone, leave a line out, and open the builder on it', async ({ page }) => {
  await page.setViewportSize(phoneViewport);
  await openImport(page, '/build');
  await page.getByLabel('Posting file').setInputFiles({
    name: 'platform-engineer.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await wordPosting(),
  });
  await reviewScreen(page);
  await expect(page.getByText('From platform-engineer.docx:')).toBeVisible();
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, 'the review screen fits 375 px').toBe(true);

  const mood = lineRow(page, 'Bring a good mood to the Friday demo.');
  await mood.getByRole('button', { name: /^Leave out/ }).click();
  await expect(mood.getByText('Left out', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'review screen, phone');

  const builder = await openBuilderAndSeeChecks(page, 'Platform Engineer');
  await builder.goToStep('Responsibilities');
  const responsibilities = await listTexts(page, 'responsibilities');
  expect(responsibilities).toContain('Build and run the APIs our couriers use every day.');
  expect(responsibilities).not.toContain('Bring a good mood to the Friday demo.');
});

test('a file Postwright does not read is refused on the spot, with what it reads', async ({ page }) => {
  await openImport(page, '/');
  await page.getByLabel('Posting file').setInputFiles({
    name: 'posting.rtf',
    mimeType: 'application/rtf',
    buffer: Buffer.from('{\\rtf1 Platform Engineer}'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: /Postwright reads \.docx, \.pdf, \.md, \.txt, \.html files/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Start from an existing posting' })).toBeVisible();
});

test('a file that is not what its name says is refused by the server, and the page says why', async ({ page }) => {
  await openImport(page, '/');
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await page
    .getByLabel('Posting file')
    .setInputFiles({ name: 'posting.pdf', mimeType: 'application/pdf', buffer: png });
  await expect(page.getByRole('alert').filter({ hasText: 'This file is not a PDF' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'paste screen with an error');
});

// Issue 23: the employer's pages beside the builder follow its UI language: a German browser gets Import,
// My postings and the site-wide 404 in German, `<html lang>` to match; the switch is the builder's.
test.describe('a German browser', () => {
  test.use({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' } });

  test('imports in German, and the switch to French is remembered', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/import');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Mit einer vorhandenen Anzeige beginnen · Postwright');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mit einer vorhandenen Anzeige beginnen');
    await expect(page.getByText('Schritt 1 von 2')).toBeVisible();

    await page.getByRole('button', { name: 'Eingefügte Anzeige einlesen' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Fügen Sie die Anzeige zuerst in das Feld ein.' }),
    ).toBeVisible();
    await page.getByLabel('Datei der Anzeige').setInputFiles({
      name: 'posting.rtf',
      mimeType: 'application/rtf',
      buffer: Buffer.from('{\\rtf1 Platform Engineer}'),
    });
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'Postwright liest .docx, .pdf, .md, .txt, .html-Dateien und eingefügten Text.' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'German import start');

    await page.getByLabel('Anzeige einfügen').fill(realPosting);
    await page.getByRole('button', { name: 'Eingefügte Anzeige einlesen' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Prüfen, wohin jede Zeile kam' });
    // Reading runs on the server's import pool: on a busy machine it takes a while.
    await expect(heading).toBeVisible({ timeout: 60_000 });
    await expect(heading).toBeFocused();
    await expect(page.getByText('Schritt 2 von 2')).toBeVisible();
    await expect(
      page.getByText(/^Aus der eingefügten Anzeige: \d+ von \d+ Zeilen stehen in der Anzeige\./),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: /^Noch auszufüllen \(\d+\)/ })).toContainText(
      'Bewerbungslink oder E-Mail',
    );
    const moved = lineRow(page, MOVED);
    await expect(moved.getByText(/^In: Anforderungen, Eintrag \d+$/)).toBeVisible();
    await moved.getByLabel(/^Kommt nach/).selectOption('responsibilities');
    await expect(moved.getByText('Verschoben nach: Aufgaben', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: `Verschoben nach Aufgaben (als neuer Eintrag): ${MOVED}` }),
    ).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'German import review');
    await page.screenshot({ path: 'docs/screenshots/import-review-de.png' });

    // The switch sits on the first screen (it reloads the page, and what was read lives in the page alone).
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await page.getByLabel('Sprache der Seite').selectOption('fr');
    await page.getByRole('button', { name: 'Wechseln' }).click();
    await expect(page).toHaveURL(/\/import$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partir d’une offre existante');
    await page.goto('/postings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes offres');
  });

  test('My postings in German: the list, its states and the review link', async ({ page, request }) => {
    test.setTimeout(120_000);
    const created = await request.post('/api/postings', { data: exampleDraft });
    expect(created.status()).toBe(201);
    const posting = (await created.json()) as { id: string; editToken: string; viewUrl: string; editUrl: string };
    await page.goto('/');
    await page.evaluate(([key, record]) => localStorage.setItem(key, JSON.stringify([record])), [
      STORAGE_KEYS.sharedPostings,
      {
        ...posting,
        version: 1,
        title: exampleDraft.job.title,
        company: exampleDraft.company.name,
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        language: 'en',
      },
    ] as const);
    await page.goto('/postings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Meine Anzeigen · Postwright');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: exampleDraft.job.title }) });
    await expect(card.getByText(`bei ${exampleDraft.company.name}`)).toBeVisible();
    await expect(card.getByText('Version 1 · aktualisiert am 2. März 2026')).toBeVisible();
    await expect(card.getByTestId('publication-state')).toHaveText('Nicht veröffentlicht');
    await expect(card.getByTestId('review-state')).toHaveText('0 offene Kommentare · noch nicht geprüft');
    await expect(card.getByRole('button', { name: /^Link kopieren/ })).toBeVisible();
    await card.getByRole('button', { name: /^Review-Link erstellen/ }).click();
    await expect(card.getByRole('status').filter({ hasText: 'Review-Link erstellt.' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Review-Link kopieren' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'German My postings');
    await page.screenshot({ path: 'docs/screenshots/my-postings-de.png' });

    page.once('dialog', (dialog) => {
      expect(dialog.message()).toBe(
        `„${exampleDraft.job.title}“ nicht mehr teilen? Die Links funktionieren dann für niemanden mehr.`,
      );
      void dialog.accept();
    });
    await card.getByRole('button', { name: /^Widerrufen/ }).click();
    await expect(page.getByText(`„${exampleDraft.job.title}“ wird nicht mehr geteilt.`)).toBeVisible();
    await expect(card.getByText('Nicht mehr geteilt')).toBeVisible();
  });

  test('the 404 says so in German, with no script', async ({ page }) => {
    const scripts = scriptRequests(page);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Seite nicht gefunden · Postwright');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'German 404');
    expect(scripts).toEqual([]);
  });
});
