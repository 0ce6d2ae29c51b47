import { expect, test } from '@playwright/test';
import { exampleDraft } from '../lib/draft/example-draft';
import { BuilderPage } from './pages/builder-page';

test('a finding appears while typing "rockstar" and disappears when its suggestion is applied', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  const checks = page.getByRole('region', { name: /Checks/ });
  await page.getByLabel('Summary of the role').fill('We want a rockstar engineer to own our APIs.');
  const finding = checks.locator('li', { hasText: /rockstar/i }).first();
  await expect(finding).toBeVisible();
  // The checks speak beside the form, never inside the posting the applicant will read.
  await expect(builder.preview()).toContainText('rockstar');
  await expect(builder.preview()).not.toContainText(/cliché/i);
  await finding.getByRole('button', { name: /Apply suggestion/ }).click();
  await expect(page.getByLabel('Summary of the role')).not.toHaveValue(/rockstar/i);
  await expect(checks.locator('li', { hasText: /rockstar/i })).toHaveCount(0);
});

test('exports show the writer’s words, never the checks about them', async ({ request }) => {
  const draft = { ...exampleDraft, job: { ...exampleDraft.job, summary: 'We want a rockstar engineer.' } };
  const checks = await (await request.post('/api/checks', { data: draft })).json();
  const message: string = checks.findings.find((f: { id: string }) => f.id === 'exclusionary:term:rockstar').message;
  for (const format of ['html', 'markdown', 'text']) {
    const response = await request.post(`/api/render?format=${format}`, { data: draft });
    expect(response.ok(), format).toBe(true);
    const body = await response.text();
    expect(body, format).toContain('rockstar');
    expect(body, format).not.toContain(message);
    expect(body, format).not.toMatch(/cliché|masculine-coded|reading ease/i);
  }
});
