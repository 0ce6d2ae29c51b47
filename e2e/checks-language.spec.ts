import { expect, test } from '@playwright/test';

// The findings speak the builder's language: a German browser gets the builder in German, and the checks it
// shows (the first ones, drawn by the server, and those the builder asks for as the writer types) are German
// too, the writer's own words quoted as typed.

test.use({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' } });

test('a German builder shows its findings in German', async ({ page }) => {
  test.setTimeout(120_000);
  const asked: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/checks') asked.push(new URL(request.url()).search);
  });
  await page.goto('/build');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  const panel = page.getByRole('region', { name: /Prüfungen/ });

  await page.getByLabel('Kurzbeschreibung der Stelle').fill('We want a Rockstar engineer to own our APIs.');
  const rockstar = panel.locator('li[data-finding="exclusionary:term:rockstar"]');
  await expect(rockstar).toContainText('„Rockstar“ ist eine Floskel.');
  await expect(rockstar).toContainText('Versuchen Sie es mit „Skilled“ (oder „experienced developer“).');
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((search) => search === '?lang=de')).toBe(true);
  await expect(panel).not.toContainText('is cliché wording');
});
