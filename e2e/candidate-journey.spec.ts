import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { BuilderPage } from './pages/builder-page';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';
import { scriptRequests } from './support/script-requests';

// Issue 22, the candidate's side: the employer fills in its profile (logo, accent), publishes, and a candidate
// who opens the job page in a fresh browser sees the employer's page, not the builder's: its logo and colour,
// no builder navigation, Apply before the details and again after them, ways to share, and no script.

const LOGO_FILE = fileURLToPath(new URL('../public/apple-touch-icon.png', import.meta.url));

test('an employer’s profile on its job page, as a candidate sees it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.completeSteps({
    filled: async (step) => {
      if (step !== 'Company') return;
      // An upload belongs to a saved posting: until there is one, the file input says so and waits.
      await expect(page.getByLabel(/^Upload a logo/)).toBeDisabled();
      await expect(page.getByText(/Uploading needs a saved posting/)).toBeVisible();
      await page.getByLabel(/^Accent colour/).fill('#0b3d2e');
    },
  });
  await builder.next('Review');

  // The review step in the order of the work: share, review, publish, export.
  const panels = page.locator(
    ['share-title', 'review-section-heading', 'publish-title', 'export-title']
      .map((heading) => `section[aria-labelledby="${heading}"]`)
      .join(', '),
  );
  await expect(panels).toHaveCount(4);
  const order = await panels.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-labelledby')));
  expect(order).toEqual(['share-title', 'review-section-heading', 'publish-title', 'export-title']);
  await expect(page.getByRole('region', { name: 'Publish', exact: true })).toContainText('Save a version first');

  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByText(/Shared as version 1/)).toBeVisible();

  // 1. The company profile's logo, uploaded: the server's cleaned copy is previewed and becomes the address.
  await builder.goToStep('Company');
  const upload = page.getByLabel(/^Upload a logo/);
  await upload.setInputFiles(LOGO_FILE);
  await expect(page.getByRole('status').filter({ hasText: /Logo uploaded \(180 × 180 px\)/ })).toBeVisible();
  const logoAddress = page.getByLabel(/^Logo address/);
  await expect(logoAddress).toHaveValue(/^\/api\/postings\/[\w-]{22}\/logo\/[0-9a-f]{64}\.png$/);
  const LOGO = await logoAddress.inputValue();
  const preview = page.getByRole('img', { name: 'Your uploaded logo' });
  await expect(preview).toHaveAttribute('src', LOGO);
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(180);
  await builder.checkA11y('company step with an uploaded logo');
  // Removed, and uploaded again: the same file is the same stored logo.
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(logoAddress).toHaveValue('');
  await expect(preview).toHaveCount(0);
  await upload.setInputFiles(LOGO_FILE);
  await expect(logoAddress).toHaveValue(LOGO);

  await builder.goToStep('Review');
  await page.getByRole('button', { name: 'Save changes to the shared posting' }).click();
  await expect(page.getByText(/Saved as version 2/)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Publish', exact: true });
  await panel.getByRole('button', { name: 'Publish job page' }).click();
  const published = panel.getByRole('status').filter({ hasText: /Published: version 2 at/ });
  await expect(published).toBeVisible();
  const id = new URL((await published.getByRole('link').textContent())!.trim()).pathname.split('/').at(-1)!;

  // A candidate, in a browser that has never seen the builder; the logo comes from our own server.
  const candidate = await browser.newContext();
  const visitor = await candidate.newPage();
  const scripts = scriptRequests(visitor);
  expect((await visitor.goto(`/jobs/${id}`))!.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Senior Back End Developer' })).toBeVisible();
  expect(scripts).toEqual([]);

  // The employer's chrome: its name and logo (loaded under the page's policy), its colour; no builder links.
  await expect(visitor.getByText('Acme Analytics', { exact: true }).first()).toBeVisible();
  const logo = visitor.locator(`img[src="${LOGO}"]`);
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(180);
  await expect(visitor.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  for (const name of ['Build a posting', 'Skill catalog', 'My postings'])
    await expect(visitor.getByRole('link', { name })).toHaveCount(0);
  const band = visitor.locator('.employer-band');
  await expect(band).toHaveCSS('background-color', 'rgb(11, 61, 46)');
  await expect(band).toHaveCSS('color', 'rgb(255, 255, 255)');

  // Apply first, before the posting's details, and again after them.
  const applies = visitor.locator('a.employer-button');
  await expect(applies).toHaveCount(2);
  await expect(applies.first()).toHaveText('Apply now');
  await expect(applies.last()).toHaveText('Apply for this job');
  const [applyTop, title, applyEnd] = await Promise.all([
    applies.first().boundingBox(),
    visitor.getByRole('heading', { level: 1 }).boundingBox(),
    applies.last().boundingBox(),
  ]);
  expect(applyTop!.y).toBeLessThan(title!.y);
  expect(applyEnd!.y).toBeGreaterThan(title!.y);
  await expect(visitor.getByRole('region', { name: 'Share this job' })).toContainText(`/jobs/${id}`);
  await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    new RegExp(`/jobs/${id}/card\\.png\\?v=2$`),
  );
  await expectNoSeriousA11yViolations(visitor, 'job page with logo and accent');

  // At phone width nothing scrolls sideways, and axe still passes.
  await visitor.setViewportSize(phoneViewport);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(visitor, 'job page at 375 px');

  // The card a chat app shows for the link.
  const card = await candidate.request.get(`/jobs/${id}/card.png`);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');

  await visitor.goto('/jobs');
  await expect(visitor.locator(`img[src="${LOGO}"]`).first()).toBeVisible();
  await expect(visitor.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(visitor, 'jobs list with logos');
  await candidate.close();
});
