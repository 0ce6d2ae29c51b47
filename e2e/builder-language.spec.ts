import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';

// The builder's own words in the visitor's language: German from a German browser, a switch to French that
// the server remembers (cookie) across a reload, and the switch working as a plain form without script.

test.use({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' } });

async function openBuilder(page: Page, path = '/build') {
  await page.goto(path);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}

async function shoot(page: Page, name: string) {
  // The preview and checks are drawn after hydration (on a phone, behind a button); wait for them.
  await expect(page.locator('#preview-title')).toHaveCount(1);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

test('a German browser gets the builder in German, validation messages included', async ({ page }) => {
  await openBuilder(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle('Stellenanzeige erstellen · Postwright');
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(/^Stellenanzeige erstellen/);
  await expect(page.getByRole('heading', { level: 2, name: 'Stelle', exact: true })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Schritte' });
  await expect(steps.getByRole('listitem')).toHaveText([
    /Stelle/,
    /Unternehmen/,
    /Kenntnisse/,
    /Aufgaben/,
    /Gehalt und Leistungen/,
    /Bewerbung/,
    /Prüfen/,
  ]);
  await expect(page.getByText('Schritt 1 von 7')).toBeVisible();
  await expect(page.getByLabel('Erfahrungsstufe')).toContainText('Erfahren');

  // The form starts with the role's title: emptied, it is refused in German.
  await page.getByLabel('Stellenbezeichnung').fill('');
  await page.getByRole('button', { name: 'Weiter: Unternehmen' }).click();
  await expect(page.getByText('Stellenbezeichnung ist ein Pflichtfeld')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'German builder with an error');

  await page.getByLabel('Stellenbezeichnung').fill('Senior Backend-Entwickler (m/w/d)');
  await page.getByLabel('Stadt').fill('Berlin');
  await page.getByRole('combobox', { name: /^Land\b/ }).selectOption('DE');
  await page.getByRole('button', { name: 'Weiter: Unternehmen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unternehmen', exact: true })).toBeVisible();
  await expect(page.getByLabel('Name des Unternehmens')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'builder-de-desktop');
  await page.setViewportSize(phoneViewport);
  await shoot(page, 'builder-de-375');
});

test('the switch to French is remembered across a reload, and axe finds nothing serious', async ({ page }) => {
  await openBuilder(page);
  await page.getByLabel('Sprache des Editors').selectOption('fr');
  await page.getByRole('button', { name: 'Wechseln' }).click();
  await expect(page).toHaveURL(/\/build$/);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Poste', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Étapes' })).toBeVisible();
  await expect(page.getByLabel('Langue de l’éditeur')).toHaveValue('fr');
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === 'pw_locale')?.value).toBe('fr');
  await expectNoSeriousA11yViolations(page, 'French builder');

  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'builder-fr-desktop');
  await page.setViewportSize(phoneViewport);
  await shoot(page, 'builder-fr-375');
});

test('the switch is a plain GET: a 303 back to the page, the rest of the query kept, the choice in a cookie', async ({
  request,
}) => {
  const response = await request.get('/build?step=role&lang=es', { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/build?step=role');
  expect(response.headers()['set-cookie']).toContain('pw_locale=es');

  const page = await request.get('/build', { headers: { Cookie: 'pw_locale=nl', 'Accept-Language': 'de' } });
  const html = await page.text();
  expect(html).toContain('<html lang="nl"');
  expect(html).toContain('Vacature opstellen');
  // Only the page's language travels with it: no other language's words.
  expect(html).not.toContain('Stellenanzeige erstellen');
});
