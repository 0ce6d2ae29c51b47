import { expect, test } from '@playwright/test';
import { BUILDER_THREAD_PAGE_SIZE, REVIEW_PAGE_THREAD_SIZE } from '../lib/shared/review/comment-limits';
import { expectNoSeriousA11yViolations } from './support/accessibility';
import { storeExampleDraft } from './support/stored-draft';
import { BuilderPage } from './pages/builder-page';

// A posting with more comments than a thread shows at once: the reviewer's page pages a section back with
// plain links, the builder with a button that fetches the page before, and My postings shows the counts.

const COMMENTS = BUILDER_THREAD_PAGE_SIZE + 5;

test('many comments: latest first, Show earlier on the review page and in the builder, counts in My postings', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  await storeExampleDraft(page);
  const builder = new BuilderPage(page);
  await page.goto('/build?step=review');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Create share link' }).click();
  await expect(page.getByLabel('View link')).toBeVisible();
  await page.getByRole('button', { name: 'Create review link' }).click();
  const reviewUrl = await page.getByLabel('Review link').inputValue();
  const [, id, reviewToken] = new URL(reviewUrl).pathname.match(/^\/review\/([^/]+)\/([^/]+)$/)!;

  for (let i = 1; i <= COMMENTS; i++) {
    const res = await request.post(`/api/postings/${id}/comments`, {
      headers: { authorization: `Bearer ${reviewToken}` },
      data: { version: 1, section: 'requirements', body: `Flood comment ${i}`, author: 'Sam' },
    });
    expect(res.status()).toBe(201);
  }

  // The reviewer's page: the latest few, then one page back by a link, and back to the latest.
  const reviewer = await (await browser.newContext()).newPage();
  await reviewer.goto(reviewUrl);
  const requirements = reviewer.getByRole('region', { name: 'Requirements', exact: true });
  await expect(requirements.getByRole('heading', { name: `Comments on Requirements (${COMMENTS})` })).toBeVisible();
  await expect(requirements.getByText(/^Flood comment \d+$/)).toHaveCount(REVIEW_PAGE_THREAD_SIZE);
  await expect(requirements.getByText(`Flood comment ${COMMENTS}`, { exact: true })).toBeVisible();
  await requirements.getByRole('link', { name: 'Show earlier comments on Requirements' }).click();
  await expect(
    requirements.getByText(`Flood comment ${COMMENTS - REVIEW_PAGE_THREAD_SIZE}`, { exact: true }),
  ).toBeVisible();
  await expect(requirements.getByText(`Flood comment ${COMMENTS}`, { exact: true })).toHaveCount(0);
  await expectNoSeriousA11yViolations(reviewer, 'on the review page paged back');
  await requirements.getByRole('link', { name: 'Back to the latest comments on Requirements' }).click();
  await expect(requirements.getByText(`Flood comment ${COMMENTS}`, { exact: true })).toBeVisible();

  // The builder: the latest page in the thread, the rest on request; the badge counts every open comment.
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /^Skills/ }).locator('[data-badge="review"]')).toHaveText(
    new RegExp(`${COMMENTS} open review comments`),
  );
  await steps.getByRole('button', { name: /^Skills/ }).click();
  await builder.stepLoaded();
  const thread = page.locator('[data-review-thread="requirements"]');
  await expect(thread.getByRole('listitem')).toHaveCount(BUILDER_THREAD_PAGE_SIZE);
  await expect(thread.getByText(`Showing the latest ${BUILDER_THREAD_PAGE_SIZE} of ${COMMENTS}.`)).toBeVisible();
  await thread.getByRole('button', { name: 'Show earlier comments on Requirements' }).click();
  await expect(thread.getByRole('listitem')).toHaveCount(COMMENTS);
  await expect(thread.getByText('Flood comment 1', { exact: true })).toBeVisible();
  await expect(thread.getByRole('button', { name: /Show earlier comments/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'on a builder step with a long review thread');

  await page.goto('/postings');
  await expect(page.getByTestId('review-state')).toContainText(`${COMMENTS} open comments`);
});
