import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { expectPrivateLinkPage } from './support/private-link-page';
import { storeExampleDraft } from './support/stored-draft';
import { BuilderPage } from './pages/builder-page';

test('build, share, open read-only elsewhere, download, edit via the edit link, revoke', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await storeExampleDraft(page);
  await page.goto('/build?step=review');
  const builder = new BuilderPage(page);
  await expect(builder.heading('Review')).toBeVisible();

  await page.getByRole('button', { name: 'Create share link' }).click();
  const viewUrl = await page.getByLabel('View link').inputValue();
  const editUrl = await page.getByLabel('Edit link (keep it private)').inputValue();
  expect(viewUrl).toMatch(/\/p\/[A-Za-z0-9_-]{22}$/);
  expect(editUrl).toMatch(/\/build#edit=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{40,}$/);

  // A hiring manager: a fresh browser, no local storage.
  const manager = await browser.newContext();
  const view = await manager.newPage();
  const consoleErrors: string[] = [];
  view.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  expectPrivateLinkPage(await view.goto(viewUrl));
  await expect(view.locator('body')).toHaveCSS('margin', '0px');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Senior Back End Developer');
  await expect(view.getByText('version 1')).toBeVisible();
  await expectNoSeriousA11yViolations(view, 'on the share page');
  expect(consoleErrors, 'no CSP violation or script error on the share page').toEqual([]);
  const download = view.waitForEvent('download');
  await view.getByRole('link', { name: 'PDF (A4)' }).click();
  const pdfPath = await (await download).path();
  const text = execFileSync('pdftotext', [pdfPath!, '-']).toString();
  expect(text).toContain('Senior Back End Developer');
  expect(text).toContain('Acme Analytics');

  // The employer, elsewhere, through the edit link.
  const editor = await browser.newContext();
  const edit = await editor.newPage();
  await edit.goto(editUrl);
  await expect(edit.getByText(/Editing the shared posting/)).toBeVisible();
  expect(edit.url()).not.toContain('#edit=');
  await edit.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Role/ }).click();
  await edit.getByLabel('Job title').fill('Staff Back End Developer');
  await edit
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /Review/ })
    .click();
  await edit.getByRole('button', { name: 'Save changes to the shared posting' }).click();
  await expect(edit.getByText('Saved as version 2')).toBeVisible();

  await view.reload();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Staff Back End Developer');
  await expect(view.getByText('version 2')).toBeVisible();

  // The first browser still holds version 1: saving there is a conflict, resolved without losing text.
  await page.getByRole('button', { name: 'Save changes to the shared posting' }).click();
  await expect(page.getByText(/changed elsewhere \(now version 2\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Keep mine and save' }).click();
  await expect(page.getByText('Saved as version 3')).toBeVisible();
  await view.reload();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('Senior Back End Developer');

  // My postings lists it; revoking makes every link answer 410.
  await page.goto('/postings');
  await expect(page.getByRole('heading', { name: /Senior Back End Developer/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on My postings');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Revoke/ }).click();
  await expect(page.getByText('No longer shared')).toBeVisible();
  const gone = await view.reload();
  expect(gone?.status()).toBe(410);
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('This posting is no longer shared');
  await manager.close();
  await editor.close();
});
