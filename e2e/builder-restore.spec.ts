import { expect, test } from '@playwright/test';
import { STORAGE_KEYS } from '../lib/browser/storage/browser-storage';
import { BuilderPage } from './pages/builder-page';

test('a reload in the middle of step 4 restores everything; Start over clears it', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.completeSteps({ until: 'Responsibilities' });
  await page.getByLabel('Responsibility 1 of 3').fill('Own the billing service end to end.');
  // The autosave has written the last edit.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.autosave))
    .toContain('Own the billing service end to end.');

  await page.reload();
  await expect(builder.heading('Responsibilities')).toBeVisible();
  await expect(page).toHaveURL(/step=responsibilities/);
  await expect(page.getByLabel('Responsibility 1 of 3')).toHaveValue('Own the billing service end to end.');
  await expect(page.getByLabel('Responsibility 2 of 3')).toHaveValue(
    'Mentor two junior developers through their first year.',
  );

  // Earlier steps kept their values too.
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Skills/ })
    .click();
  await expect(page.getByRole('heading', { name: /Selected skills \(8 of 40\)/ })).toBeVisible();
  await expect(page.getByLabel('Kafka: level')).toHaveValue('preferred');
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Role/ }).click();
  await expect(page.getByLabel('Job title')).toHaveValue('Senior Back End Developer');
  await expect(page.getByLabel('City')).toHaveValue('Austin');

  // A closed tab: a new page in the same browser context.
  const again = await page.context().newPage();
  await again.goto('/build?step=company');
  await expect(again.getByLabel('Company name')).toHaveValue('Acme Analytics');
  await again.close();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(builder.heading('Role')).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Back End Developer');
  await expect(page.getByLabel('City')).toHaveValue('');
});
