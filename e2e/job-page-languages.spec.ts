import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Draft, Language } from '../lib/shared/draft/draft-schema';
import { frenchDraft, germanDraft } from '../lib/server/render/__fixtures__/language-drafts';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';
import { scriptRequests } from './support/script-requests';

// Issue 23: a job published in German or French is a German or French page, its chrome included: the Apply
// buttons, the facts, the share box and the footer, with <html lang> to match. Still no script.

const SHOTS = 'docs/screenshots';

async function publish(request: APIRequestContext, draft: Draft): Promise<string> {
  const created = await request.post('/api/postings', { data: draft });
  expect(created.status()).toBe(201);
  const { id, editToken } = (await created.json()) as { id: string; editToken: string };
  const published = await request.post(`/api/postings/${id}/publish`, {
    headers: { authorization: `Bearer ${editToken}` },
  });
  expect(published.status()).toBe(200);
  return id;
}

const cases: [Language, Draft, { apply: string; share: string; facts: string; footer: string }][] = [
  [
    'de',
    germanDraft,
    { apply: 'Jetzt bewerben', share: 'Stelle teilen', facts: 'Auf einen Blick', footer: 'Alle offenen Stellen' },
  ],
  [
    'fr',
    frenchDraft,
    { apply: 'Postuler', share: 'Partager cette offre', facts: 'En bref', footer: 'Toutes les offres ouvertes' },
  ],
];

for (const [language, draft, words] of cases) {
  test(`a job published in ${language} is a ${language} page, chrome and all`, async ({ page, request }) => {
    const id = await publish(request, draft);
    const scripts = scriptRequests(page);
    await page.goto(`/jobs/${id}`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('[lang="en"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: words.apply, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.share })).toBeVisible();
    await expect(page.getByRole('heading', { name: words.facts })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: words.footer })).toBeVisible();
    await expect(page.getByText('Share this job')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, `job page in ${language}`);
    await page.screenshot({ path: `${SHOTS}/job-page-${language}-desktop.png`, fullPage: true });
    await page.setViewportSize(phoneViewport);
    await page.screenshot({ path: `${SHOTS}/job-page-${language}-375.png`, fullPage: true });
    expect(scripts).toEqual([]);
  });
}

test('a job nobody knows answers in the browser’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const response = await page.goto('/jobs/doesnotexist0000000000');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nous ne trouvons pas cette offre');
  await expectNoSeriousA11yViolations(page, '404 in French');
  await context.close();
});
