import { expect, test, type Page } from '@playwright/test';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { phoneViewport } from './support/accessibility';
import { BuilderPage } from './pages/builder-page';

const SHOTS = 'test-results/checks-screens';
const desktop = { width: 1280, height: 900 };
const SCREENS = [
  ['desktop', desktop],
  ['phone', phoneViewport],
] as const;

const checksPanel = (page: Page) => page.getByRole('region', { name: /Checks/ });
const summaryMarks = (page: Page) => page.locator('[data-field-marks="job.summary"] mark');
const score = async (page: Page) => Number(await checksPanel(page).locator('[data-score]').getAttribute('data-score'));

/** The score once the checks have caught up with the form on screen (the panel is busy until they have). */
async function settledScore(page: Page): Promise<number> {
  await expect(checksPanel(page)).toHaveAttribute('aria-busy', 'false');
  return score(page);
}

/** The builder with its first checks answered (a title typed, the score shown): warm before any stopwatch. */
async function openChecked(page: Page, title = 'Back End Developer') {
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Job title').fill(title);
  await expect(checksPanel(page).locator('[data-score]')).toBeVisible();
  return builder;
}

test('an empty draft at step 1 shows at most three findings in view', async ({ page }) => {
  test.setTimeout(120_000);
  const builder = await openChecked(page);
  const cards = checksPanel(page).locator('li[data-finding]');
  let inView = 0;
  for (let i = 0; i < (await cards.count()); i++) if (await cards.nth(i).isVisible()) inView += 1;
  expect(inView).toBeLessThanOrEqual(3);
  await expect(checksPanel(page).locator('[data-group="waiting"]')).toContainText('not filled in yet');
  await builder.checkA11y('checks on an empty step 1');
});

test('a flagged word is marked where it is typed; its fix from the mark removes mark and finding', async ({ page }) => {
  test.setTimeout(120_000);
  const builder = await openChecked(page);
  const summary = page.getByLabel('Summary of the role');
  await summary.fill('We want a rockstar engineer to own our APIs.');
  await expect(summaryMarks(page).filter({ hasText: 'rockstar' })).toBeVisible();
  await expect(checksPanel(page).locator('li[data-finding="exclusionary:term:rockstar"]')).toBeVisible();
  await builder.checkA11y('a mark in the summary');
  for (const [name, viewport] of SCREENS) {
    await page.setViewportSize(viewport);
    await page.locator('[data-marks-list="job.summary"] button').first().focus();
    await expect(page.locator('[data-mark-details="exclusionary:term:rockstar"]')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/marks-${name}.png`, fullPage: name === 'phone' });
  }
  await page.setViewportSize(desktop);
  await page.locator('[data-marks-list="job.summary"] button').first().focus();
  await page.getByRole('button', { name: /Apply fix/ }).click();
  await expect(summary).toHaveValue('We want a skilled engineer to own our APIs.');
  await expect(summaryMarks(page)).toHaveCount(0);
  await expect(checksPanel(page).locator('li[data-finding="exclusionary:term:rockstar"]')).toHaveCount(0);
});

test('the checks panel is busy from an edit until its checks arrive', async ({ page }) => {
  test.setTimeout(120_000);
  await openChecked(page);
  await expect(checksPanel(page)).toHaveAttribute('aria-busy', 'false');
  // Hold the next answer back: the panel says it is busy, and the old score stays until the new one lands.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/checks(?:\?|$)/, async (route) => {
    await held;
    await route.continue().catch(() => {}); // a newer edit may have cancelled it
  });
  await page.getByLabel('Summary of the role').fill('We want a rockstar engineer to own our APIs.');
  await expect(checksPanel(page)).toHaveAttribute('aria-busy', 'true');
  await expect(summaryMarks(page)).toHaveCount(0);
  release();
  await expect(checksPanel(page)).toHaveAttribute('aria-busy', 'false');
  await expect(summaryMarks(page).filter({ hasText: 'rockstar' })).toBeVisible();
});

test('a dismissal with a reason survives a reload and a share-link round trip', async ({ page, request }) => {
  test.setTimeout(180_000);
  const builder = new BuilderPage(page);
  await builder.open();
  await page.getByLabel('Summary of the role').fill('We want a rockstar engineer to own our APIs.');
  const card = checksPanel(page).locator('li[data-finding="exclusionary:term:rockstar"]');
  await card.getByRole('button', { name: 'Dismiss…' }).click();
  await card.getByLabel(/Why keep it/).fill('Our band is hiring.');
  await card.getByRole('button', { name: 'Dismiss with this reason' }).click();
  const dismissed = checksPanel(page).locator('[data-dismissed="exclusionary:term:rockstar"]');
  await expect(dismissed).toBeAttached();
  await expect(summaryMarks(page)).toHaveCount(0);
  await builder.checkA11y('a dismissed finding');

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(dismissed).toBeAttached();
  await expect(dismissed).toContainText('Our band is hiring.');

  // Stored with the posting: a share link carries it, and the builder opened from it shows it folded.
  const draft = {
    ...exampleDraft,
    job: { ...exampleDraft.job, summary: 'We want a rockstar engineer to own our APIs.' },
    dismissed: [{ finding: 'exclusionary:term:rockstar', reason: 'Our band is hiring.' }],
  };
  const created = await (await request.post('/api/postings', { data: draft })).json();
  const stored = await (await request.get(`/api/postings/${created.id}`)).json();
  expect(stored.draft.dismissed).toEqual(draft.dismissed);
  await page.goto(new URL(created.editUrl).pathname + new URL(created.editUrl).hash);
  await expect(checksPanel(page).locator('[data-dismissed="exclusionary:term:rockstar"]')).toContainText(
    'Our band is hiring.',
  );
  await checksPanel(page).locator('[data-group="dismissed"] summary').click();
  await checksPanel(page).getByRole('button', { name: 'Restore' }).click();
  await expect(checksPanel(page).locator('li[data-finding="exclusionary:term:rockstar"]')).toBeVisible();
});

test('the score rises as the example posting is completed', async ({ page }) => {
  test.setTimeout(240_000);
  const builder = await openChecked(page, 'Senior Back End Developer');
  const scores = [await settledScore(page)];
  const settle = async () => {
    scores.push(await settledScore(page));
  };
  await builder.completeSteps({ filled: settle });
  await builder.next('Review');
  await settle();
  // It may dip when a step adds something a check flags (a skill pick can be one required skill too many),
  // but never below where it started, and the finished posting scores highest.
  for (const value of scores) expect(value).toBeGreaterThanOrEqual(scores[0]!);
  expect(scores.at(-1)!).toBe(Math.max(...scores));
  expect(scores.at(-1)!).toBeGreaterThan(scores[0]! + 30);
  await expect(page.getByTestId('score-review')).toBeVisible();
  await builder.checkA11y('score on the review step');
  for (const [name, viewport] of SCREENS) {
    await page.setViewportSize(viewport);
    if (viewport.width < 1000) await page.getByRole('button', { name: /Show preview and checks/ }).click();
    await checksPanel(page).screenshot({ path: `${SHOTS}/panel-${name}.png` });
  }
});

test('exports show the writer’s words, never the checks about them', async ({ request }) => {
  const draft = { ...exampleDraft, job: { ...exampleDraft.job, summary: 'We want a rockstar engineer.' } };
  const checks = await (await request.post('/api/checks', { data: draft })).json();
  const message: string = checks.findings.find((f: { id: string }) => f.id === 'exclusionary:term:rockstar').message;
  for (const format of ['html', 'markdown', 'text']) {
    const response = await request.post(`/api/render?format=${format}`, { data: draft });
    expect(response.ok(), format).toBe(true);
    const body = await response.text();
    expect(body, format).toContain('rockstar');
    expect(body, format).not.toContain(message);
    expect(body, format).not.toMatch(/cliché|masculine-coded|reading ease/i);
  }
});
