import { expect, test } from '@playwright/test';
import { BuilderPage } from './pages/builder-page';

test('invalid input blocks the step with a message next to the field, fixed in place', async ({ page, browser }) => {
  const builder = new BuilderPage(page);
  await builder.open();

  // An empty title.
  await builder.fillRole();
  await page.getByLabel('Job title').fill('');
  await page.getByRole('button', { name: /^Next: Company/ }).click();
  await expect(builder.heading('Role')).toBeVisible();
  const title = page.getByLabel('Job title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  await expect(page.getByText('Job title is required')).toBeVisible();
  await builder.checkA11y('with an error on Role');
  await title.fill('Back End Developer');
  await expect(page.getByText('Job title is required')).toHaveCount(0);
  await builder.next('Company');

  // A bad URL.
  await builder.fillCompany();
  await page.getByLabel('Website').fill('acme dot example');
  await page.getByRole('button', { name: /^Next: Skills/ }).click();
  await expect(page.getByText('Website must be a full web address starting with https://')).toBeVisible();
  await page.getByLabel('Website').fill('https://acme.example');
  await builder.next('Skills');
  await builder.next('Responsibilities');
  await builder.next('Pay and benefits');

  // Minimum pay above maximum pay.
  await page.getByLabel('Minimum').fill('200000');
  await page.getByLabel('Maximum').fill('150000');
  await page.getByRole('button', { name: /^Next: How to apply/ }).click();
  await expect(builder.heading('Pay and benefits')).toBeVisible();
  await expect(page.getByText('Maximum pay must be at least the minimum')).toBeVisible();
  await expect(page.getByLabel('Maximum')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Maximum').fill('230000');
  await builder.next('How to apply');

  // No way to apply.
  await page.getByRole('button', { name: /^Next: Review/ }).click();
  await expect(page.getByText('Give an application link or an email address')).toBeVisible();
  await page.getByLabel('Application email').fill('jobs@acme.example');
  await builder.next('Review');

  // In a browser that has not reached it, a step cannot be opened by URL.
  const fresh = await browser.newPage();
  await fresh.goto('/build?step=review');
  await expect(new BuilderPage(fresh).heading('Role')).toBeVisible();
  await expect(fresh).toHaveURL(/step=role/);
  await fresh.close();
});
