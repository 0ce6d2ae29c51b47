import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEYS } from '../lib/browser/storage/browser-storage';
import type { Draft } from '../lib/shared/draft/draft-schema';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { fromDraft } from '../lib/shared/draft/form-values';
import { BuilderPage } from './pages/builder-page';
import { expectNoSeriousA11yViolations } from './support/accessibility';

// Spec "Languages", end to end from a German browser: a posting written in German, an English version added
// from the builder, the English text written beside the German, both published, and each job page linking
// the other (hreflang, x-default the German first posting) in its own <html lang>.

// The builder's own words stay English here (the switch, remembered in `pw_locale`): this journey is about the
// posting's languages; the builder in German is e2e/builder-language.spec.ts.
test.use({
  locale: 'de-DE',
  extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' },
  storageState: {
    cookies: [
      {
        name: 'pw_locale',
        value: 'en',
        domain: '127.0.0.1',
        path: '/',
        expires: -1,
        httpOnly: false,
        secure: false,
        sameSite: 'Lax',
      },
    ],
    origins: [],
  },
});

const GERMAN_TITLE = 'Senior Backend-Entwickler (m/w/d)';
const ENGLISH_TITLE = 'Senior Back End Developer';
const german: Draft = {
  ...exampleDraft,
  language: 'de',
  job: {
    ...exampleDraft.job,
    title: GERMAN_TITLE,
    location: { city: 'Berlin', country: 'DE' },
    remoteCountries: ['DE', 'AT'],
    summary: 'Du entwickelst die Dienste hinter unseren Dashboards für Speditionen, gemeinsam mit sechs Leuten.',
  },
  compensation: { currency: 'EUR', min: 70000, max: 90000, period: 'YEAR' },
  apply: { url: 'https://acme.example/jobs/42', closingDate: '2099-01-31' },
};

async function storeGermanDraft(page: Page) {
  await page.goto('/');
  await page.evaluate(
    ([key, values]) => {
      localStorage.setItem(key, JSON.stringify({ values, furthestStep: 6, savedAt: new Date().toISOString() }));
    },
    [STORAGE_KEYS.autosave, fromDraft(german)] as const,
  );
}

async function publish(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Publish', exact: true });
  await panel.getByRole('button', { name: /^Publish/ }).click();
  const published = panel.getByRole('status').filter({ hasText: /Published: version \d+ at/ });
  await expect(published).toBeVisible();
  return new URL((await published.getByRole('link').textContent())!.trim()).pathname.split('/').at(-1)!;
}

test('a German posting, an English version beside it, both published and linked by hreflang', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const builder = new BuilderPage(page);
  await storeGermanDraft(page);
  await builder.openReview();

  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByText(/Shared as version 1/)).toBeVisible();
  const versions = page.getByRole('region', { name: 'Language versions' });
  await expect(versions).toContainText('This version is in German.');
  await builder.checkA11y('review step with the language versions panel');

  // Add an English version: the builder opens it, with the German text to translate in place.
  await versions.getByLabel('Language of the new version').selectOption('en');
  await versions.getByRole('button', { name: 'Add a language version' }).click();
  await expect(page.getByText(`Editing the shared posting “${GERMAN_TITLE}” (version 1)`)).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);

  // Beside the title: the German version's title, folded away until opened.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Role/ }).click();
  await expect(builder.heading('Role')).toBeVisible();
  const germanTitle = page.locator('details').filter({ hasText: 'Job title in German' });
  await expect(germanTitle).toBeVisible();
  await germanTitle.locator('summary').click();
  await expect(germanTitle.locator('p[lang="de"]')).toHaveText(GERMAN_TITLE);
  await page.getByLabel(/^Job title/).fill(ENGLISH_TITLE);
  await page.getByLabel(/^Summary of the role/).fill('You build the services behind our dashboards for carriers.');
  await builder.checkA11y('role step with the German text beside it');

  await builder.goToStep('Review');
  await expect(versions).toContainText('This version is in English.');
  await page.getByRole('button', { name: 'Save changes to the shared posting' }).click();
  await expect(page.getByText(/Saved as version 2/)).toBeVisible();
  const englishId = await publish(page);

  // Back to the German version from the panel, and publish it too.
  await versions.getByRole('link', { name: /Open in the builder/ }).click();
  await expect(page.getByText(`Editing the shared posting “${GERMAN_TITLE}”`)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await builder.goToStep('Review');
  await expect(versions).toContainText('This version is in German.');
  const germanId = await publish(page);
  expect(germanId).not.toBe(englishId);

  // A stranger opens each job page: in its own language, linking both versions and the German first one.
  const stranger = await browser.newContext({ locale: 'de-DE' });
  const visitor = await stranger.newPage();
  const origin = new URL(page.url()).origin;
  const expected = [
    ['de', `${origin}/jobs/${germanId}`],
    ['en', `${origin}/jobs/${englishId}`],
    ['x-default', `${origin}/jobs/${germanId}`],
  ];
  for (const [id, lang, title] of [
    [germanId, 'de', GERMAN_TITLE],
    [englishId, 'en', ENGLISH_TITLE],
  ] as const) {
    const response = await visitor.goto(`/jobs/${id}`);
    expect(response!.status()).toBe(200);
    await expect(visitor.locator('html')).toHaveAttribute('lang', lang);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const alternates = await visitor
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates).toEqual(expected);
    await expectNoSeriousA11yViolations(visitor, `job page in ${lang}`);
  }

  // The sitemap lists both, each with the same alternates.
  const sitemap = await (await stranger.request.get('/sitemap.xml')).text();
  for (const id of [germanId, englishId]) {
    const entry = sitemap.match(new RegExp(`<url><loc>[^<]*/jobs/${id}</loc>.*?</url>`))?.[0] ?? '';
    expect(entry).toContain(`hreflang="de" href="${origin}/jobs/${germanId}"`);
    expect(entry).toContain(`hreflang="en" href="${origin}/jobs/${englishId}"`);
    expect(entry).toContain(`hreflang="x-default" href="${origin}/jobs/${germanId}"`);
  }

  // My postings shows the two versions together.
  await page.goto('/postings');
  const group = page.getByRole('listitem').filter({ hasText: 'One posting in 2 languages: de, en' });
  await expect(group).toBeVisible();
  await expect(group.getByRole('heading', { name: new RegExp(ENGLISH_TITLE) })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'My postings with language versions');
  await stranger.close();
});
