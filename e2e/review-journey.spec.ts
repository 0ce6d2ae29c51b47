import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { expectPrivateLinkPage } from './support/private-link-page';
import { scriptRequests } from './support/script-requests';
import { storeExampleDraft } from './support/stored-draft';
import { BuilderPage } from './pages/builder-page';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';

/** Any dialog (an alert from injected script) fails the test. */
function noDialogs(page: Page, dialogs: string[]) {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

test('review on the share link: comment and request changes, resolve and save v2, see the changes and approve', async ({
  page,
  browser,
}) => {
  test.setTimeout(360_000);
  const dialogs: string[] = [];
  noDialogs(page, dialogs);

  // The author: a finished posting in the builder, shared, then a review link made on the review step.
  await storeExampleDraft(page);
  const builder = new BuilderPage(page);
  await page.goto('/build?step=review');
  await expect(builder.heading('Review')).toBeVisible();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByLabel('View link')).toBeVisible();
  await page.getByRole('button', { name: 'Create review link' }).click();
  const reviewUrl = await page.getByLabel('Review link').inputValue();
  expect(reviewUrl).toMatch(/\/review\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{43}$/);
  const editUrl = await page.getByLabel('Edit link (keep it private)').inputValue();
  expect(reviewUrl).not.toContain(editUrl.split('.').pop()!);
  await expectNoSeriousA11yViolations(page, 'on the review step with a review link');

  // The reviewer: a fresh browser with no storage, no account.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  noDialogs(reviewer, dialogs);
  const scripts = scriptRequests(reviewer);
  const response = await reviewer.goto(reviewUrl);
  expectPrivateLinkPage(response);
  expect(response?.headers()['cache-control']).toBe('no-store');
  await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('Senior Back End Developer');
  await expectNoSeriousA11yViolations(reviewer, 'on the review page');

  const requirements = reviewer.getByRole('region', { name: 'Requirements', exact: true });
  await requirements.getByText('Comment on Requirements').click();
  await requirements.getByLabel('Your name').fill('Priya');
  await requirements.getByLabel('The words you comment on (optional)').fill('APIs (4+ years)');
  await requirements
    .getByLabel('Comment', { exact: true })
    .fill('Four years of APIs will put off strong mid-level people. Two?');
  await requirements.getByRole('button', { name: 'Add comment' }).click();
  await expect(reviewer.getByRole('status')).toHaveText(/Your comment was saved/);
  await expect(requirements.getByText('Four years of APIs will put off strong mid-level people. Two?')).toBeVisible();

  // Hostile text is shown as text, on the reviewer's page and (below) in the builder.
  const pay = reviewer.getByRole('region', { name: 'Pay', exact: true });
  await pay.getByText('Comment on Pay').click();
  await expect(pay.getByLabel('Your name')).toHaveValue('Priya'); // remembered by this browser
  await pay.getByLabel('Comment', { exact: true }).fill(HOSTILE);
  await pay.getByRole('button', { name: 'Add comment' }).click();
  await expect(pay.getByText(HOSTILE)).toBeVisible();

  const verdict = reviewer.getByRole('region', { name: /Your verdict on version 1/ });
  await verdict.getByLabel('Note (optional)').fill('Please lower the API years before we publish.');
  await verdict.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByRole('status')).toHaveText(/You asked for changes/);
  await expect(verdict.getByText('Changes requested on v1 by Priya', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(reviewer, 'on the review page with comments');

  // The author sees the badge on the Skills step and the thread by the field.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /^Skills/ }).locator('[data-badge="review"]')).toHaveText(
    /1 open review comments/,
  );
  await expect(page.getByText('Changes requested on v1 by Priya', { exact: true })).toBeVisible();
  await steps.getByRole('button', { name: /^Skills/ }).click();
  await builder.stepLoaded();
  const thread = page.locator('[data-review-thread="requirements"]');
  await expect(thread.getByText('Four years of APIs will put off strong mid-level people. Two?')).toBeVisible();
  await expect(thread.getByText('APIs (4+ years)')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'on a builder step with a review thread');

  // The author edits, saves version 2, resolves the comment.
  await steps.getByRole('button', { name: /^Role/ }).click();
  await page.getByLabel('Job title').fill('Back End Developer (APIs)');
  await steps.getByRole('button', { name: /^Review/ }).click();
  await page.getByRole('button', { name: 'Save changes to the shared posting' }).click();
  await expect(page.getByText('Saved as version 2')).toBeVisible();
  await steps.getByRole('button', { name: /^Skills/ }).click();
  await thread.getByRole('button', { name: 'Resolve the comment by Priya' }).click();
  await expect(thread.getByText('Resolved', { exact: true })).toBeVisible();
  await expect(steps.getByRole('button', { name: /^Skills/ }).locator('[data-badge="review"]')).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /^Pay and benefits/ })
    .click();
  await expect(page.getByText(HOSTILE)).toBeVisible();

  // The reviewer sees what changed since they commented, and approves version 2.
  await reviewer.reload();
  const changes = reviewer.getByRole('region', { name: 'Changed since you last commented' });
  await expect(changes.locator('ins')).toContainText(['(APIs)']);
  await expect(changes.locator('del')).toContainText(['Senior']);
  await expect(requirements.getByText('Resolved', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(reviewer, 'on the review page showing changes');
  await reviewer.getByRole('button', { name: 'Approve this version' }).click();
  await expect(reviewer.getByRole('status')).toHaveText(/You approved this version/);
  expect(scripts, 'the review page loads no script').toEqual([]);

  // The author sees "Approved v2", in the builder and in My postings.
  await page.reload();
  await steps.getByRole('button', { name: /^Review/ }).click();
  await expect(page.getByText('Approved v2 by Priya', { exact: true })).toBeVisible();
  await expect(page.getByTestId('approval-state')).toHaveText('Version 2 is approved.');
  await page.goto('/postings');
  await expect(page.getByTestId('review-state')).toContainText('Approved v2');
  await expectNoSeriousA11yViolations(page, 'on My postings');
  expect(dialogs, 'no injected script ran').toEqual([]);
  await reviewerContext.close();
});
