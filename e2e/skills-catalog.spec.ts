import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';

test.describe('skill catalog', () => {
  test('search by alias, filter, sort, and read a skill', async ({ page }) => {
    await page.goto('/skills');
    await expect(page.getByRole('heading', { level: 1, name: /skill catalog/i })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/28 skills/);

    // An alias: "Postgres" finds PostgreSQL.
    await page.getByLabel('Search by name or alias').fill('Postgres');
    await page.getByRole('button', { name: 'Show skills' }).click();
    await expect(page).toHaveURL(/q=Postgres/);
    const postgres = page.getByRole('article', { name: 'PostgreSQL' });
    await expect(postgres).toBeVisible();
    await expect(postgres).toContainText('3–4 years');
    await expect(postgres).toContainText('13.8%');
    await expect(postgres.locator('p').nth(1)).not.toBeEmpty();

    // A category filter keeps only that category.
    await page.getByLabel('Search by name or alias').fill('');
    await page.getByLabel('Category').selectOption({ label: 'The Microsoft stack' });
    await page.getByRole('button', { name: 'Show skills' }).click();
    await expect(page).toHaveURL(/category=microsoft/);
    await expect(page.getByRole('article', { name: 'ASP.NET', exact: true })).toBeVisible();
    await expect(page.getByRole('article', { name: 'JavaScript' })).toHaveCount(0);

    // Sort by name: alphabetical order.
    await page.getByLabel('Category').selectOption('');
    await page.getByLabel('Sort by').selectOption('name');
    await page.getByRole('button', { name: 'Show skills' }).click();
    // The form loads a new page: read the cards once it has arrived.
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByRole('article')).toHaveCount(28);
    const names = await page.getByRole('article').locator('h2').allTextContents();
    expect(names).toHaveLength(28);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    // By share (default): APIs first at 46.8%.
    await page.getByLabel('Sort by').selectOption('share');
    await page.getByRole('button', { name: 'Show skills' }).click();
    await expect(page).toHaveURL(/sort=share/);
    const apis = page.getByRole('article').first();
    await expect(apis.locator('h2')).toHaveText('APIs');
    await expect(apis).toContainText('46.8%');
    await expect(apis).toContainText('4–5 years');
  });

  test('home and catalog have no serious accessibility violations', async ({ page }) => {
    // Two axe runs and four page loads: on a busy machine this takes longer than the default minute.
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Start a new posting' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'on /');
    await page.goto('/skills');
    await expectNoSeriousA11yViolations(page, 'on /skills');
    // A phone: nothing wider than the screen.
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ['/', '/skills']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    }
  });

  test('security headers on pages and the API', async ({ request }) => {
    // React pages: scripts only with this request's nonce.
    const builder = await request.get('/build');
    expect(builder.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(builder.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The script-free home and catalog: no script at all, only our own stylesheet (no inline style).
    for (const path of ['/', '/skills?q=js']) {
      const page = await request.get(path);
      expect(page.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'; /);
      expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers()['x-content-type-options']).toBe('nosniff');
      expect(page.headers()['referrer-policy']).toBe('no-referrer');
      expect(await page.text()).not.toContain('<script');
    }
    const api = await request.get('/api/catalog/back-end-developer');
    expect(api.status()).toBe(200);
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
    const body = await api.json();
    expect(body.skills).toHaveLength(28);
    expect((await request.get('/api/catalog/front-end-developer')).status()).toBe(404);
  });
});
