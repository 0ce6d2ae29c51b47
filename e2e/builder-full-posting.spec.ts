import { expect, test } from '@playwright/test';
import { phoneViewport } from './support/accessibility';
import { BuilderPage } from './pages/builder-page';

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['375 px phone', phoneViewport],
] as const) {
  test(`a full posting from an empty browser (${name})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(viewport);
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.completeSteps({
      role: { keyboard: true, remoteCountry: 'CA' },
      arrived: (step) => builder.checkA11y(`on step ${step}`),
    });
    await builder.next('Review');
    await expect(page.getByText('Your posting is complete')).toBeVisible();
    await expect(page).toHaveURL(/step=review/);

    if (viewport.width < 1000) await page.getByRole('button', { name: /Show preview and checks/ }).click();
    const preview = builder.preview();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Senior Back End Developer');
    await expect(preview).toContainText('Acme Analytics');
    await expect(preview).toContainText('Kafka');
    await expect(preview).toContainText('$140,000');
    await builder.checkA11y('on step Review');

    // Another style re-renders the same posting.
    await page.getByRole('radio', { name: /Concise/ }).check();
    await expect(preview).toContainText('Senior Back End Developer');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    expect((await download).suggestedFilename()).toBe('senior-back-end-developer-acme-analytics.pdf');
    const markdown = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown (.md)' }).click();
    expect((await markdown).suggestedFilename()).toBe('senior-back-end-developer-acme-analytics.md');

    // The browser's back button goes to the previous step, nothing lost.
    await page.goBack();
    await expect(builder.heading('How to apply')).toBeVisible();
    await expect(page.getByLabel('Application link')).toHaveValue('https://acme.example/jobs/42');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}
