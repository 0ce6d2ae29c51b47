import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';

// The skill catalog in the posting languages: `/skills?lang=de` is the prerendered German catalog, its
// filters stay German, and the same ids and figures show in every language.

test.describe('skill catalog in other languages', () => {
  test('German catalog: words, html lang, filters that keep the language, no serious axe violation', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const response = await page.goto('/skills?lang=de');
    expect(response?.status()).toBe(200);
    // Prerendered: no script, and served with the catalog's own headers.
    expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'; /);
    expect(await response?.text()).not.toContain('<script');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skill-Katalog: Backend-Entwickler:in');
    await expect(page.getByRole('status')).toHaveText('28 Skills');

    const apis = page.getByRole('article').first();
    await expect(apis.locator('h2')).toHaveText('APIs');
    await expect(apis).toContainText('46,8 %');
    await expect(apis).toContainText('4–5 Jahre');
    await expect(page.getByRole('article', { name: 'Unit-Tests' })).toContainText('automatisierte Tests');
    await expectNoSeriousA11yViolations(page, 'on /skills?lang=de');

    // A search by the English name finds the German card; the answer is still German.
    await page.getByLabel('Nach Name oder Alias suchen').fill('Unit testing');
    await page.getByRole('button', { name: 'Skills anzeigen' }).click();
    await expect(page).toHaveURL(/lang=de/);
    await expect(page).toHaveURL(/q=Unit\+testing/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('status')).toContainText('1 Skill passt zu „Unit testing“');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article').locator('h2')).toHaveText('Unit-Tests');
    await expectNoSeriousA11yViolations(page, 'on a filtered German view');

    // Clearing the filters goes back to the German catalog; a phone shows nothing wider than its screen.
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect(page).toHaveURL(/\/skills\?lang=de$/);
    await page.setViewportSize(phoneViewport);
    await page.goto('/skills?lang=de');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phoneViewport.width);
  });

  test('each language links the others, and the page and API agree on names', async ({ page, request }) => {
    for (const [lang, heading, debugging] of [
      ['fr', 'Catalogue des compétences', 'Débogage'],
      ['es', 'Catálogo de competencias', 'Depuración'],
      ['nl', 'Skillcatalogus', 'Debuggen'],
    ] as const) {
      await page.goto(`/skills?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      await expect(page.getByRole('article', { name: debugging })).toBeVisible();
      const api = await request.get(`/api/catalog/back-end-developer?lang=${lang}`);
      expect(api.headers()['content-language']).toBe(lang);
      const body = await api.json();
      expect(body.skills.find((s: { id: string }) => s.id === 'debugging').name).toBe(debugging);
    }
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/skills\?lang=de$/);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/skills$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect((await request.get('/api/catalog/back-end-developer?lang=xx')).status()).toBe(400);
  });
});
