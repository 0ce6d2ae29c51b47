import { expect, test } from '@playwright/test';
import { BuilderPage } from './pages/builder-page';

test('a finding appears while typing "rockstar" and disappears when its suggestion is applied', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  const checks = page.getByRole('region', { name: /Checks/ });
  await page.getByLabel('Summary of the role').fill('We want a rockstar engineer to own our APIs.');
  const finding = checks.locator('li', { hasText: /rockstar/i }).first();
  await expect(finding).toBeVisible();
  await finding.getByRole('button', { name: /Apply suggestion/ }).click();
  await expect(page.getByLabel('Summary of the role')).not.toHaveValue(/rockstar/i);
  await expect(checks.locator('li', { hasText: /rockstar/i })).toHaveCount(0);
  // The share page and exports never show the checks.
});
