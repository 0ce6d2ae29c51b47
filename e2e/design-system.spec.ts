import { expect, test, type Page } from '@playwright/test';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { expectNoSeriousA11yViolations, phoneViewport } from './support/accessibility';
import { storeExampleDraft } from './support/stored-draft';

// One design system: every page from the same React components and one Tailwind build; the content pages
// (home, catalog, share page) run no script at all.

async function sharePosting(page: Page): Promise<string> {
  const created = await page.request.post('/api/postings', { data: exampleDraft });
  expect(created.status()).toBe(201);
  return `/p/${((await created.json()) as { id: string }).id}`;
}

/** Loads a page and records every script it requests. */
async function visit(page: Page, path: string) {
  const scripts: string[] = [];
  const onRequest = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  };
  page.on('request', onRequest);
  const response = await page.goto(path, { waitUntil: 'load' });
  page.off('request', onRequest);
  return { response: response!, scripts };
}

const stylesheets = (page: Page) =>
  page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));

test.describe('one design system', () => {
  test('home, catalog and share page load zero scripts; all four pages share one stylesheet', async ({ page }) => {
    const sharePath = await sharePosting(page);
    const sheets: Record<string, (string | null)[]> = {};
    for (const path of ['/', '/skills', sharePath]) {
      const { response, scripts } = await visit(page, path);
      expect(response.status(), path).toBe(200);
      expect(scripts, `scripts requested by ${path}`).toEqual([]);
      // The only <script> element allowed is the share page's JSON-LD: data, which no browser runs.
      const types = await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('type')));
      expect(
        types.every((type) => type === 'application/ld+json'),
        `${path}: ${types}`,
      ).toBe(true);
      expect(await page.content()).not.toContain('__NEXT_DATA__');
      expect(await page.locator('[style]').count(), `${path} has no inline style`).toBe(0);
      sheets[path] = await stylesheets(page);
    }
    await visit(page, '/build');
    sheets['/build'] = await stylesheets(page);
    const all = Object.values(sheets);
    expect(all[0]).toHaveLength(1);
    for (const list of all) expect(list).toEqual(all[0]);
  });

  test('the same header and footer on every page, marking the current link', async ({ page }) => {
    const sharePath = await sharePosting(page);
    const chrome: Record<string, { header: string; footer: string }> = {};
    for (const [path, current] of [
      ['/', null],
      ['/skills', 'Skill catalog'],
      [sharePath, null],
      ['/build', 'Build a posting'],
      ['/postings', 'My postings'],
    ] as const) {
      await page.goto(path);
      const nav = page.getByRole('navigation', { name: 'Main' });
      const marked = nav.locator('[aria-current="page"]');
      if (current) await expect(marked).toHaveText(current);
      else await expect(marked).toHaveCount(0);
      chrome[path] = await page.evaluate(() => {
        const header = document.querySelector('body header')!.cloneNode(true) as HTMLElement;
        header.querySelectorAll('[aria-current]').forEach((a) => a.removeAttribute('aria-current'));
        return { header: header.outerHTML, footer: document.querySelector('footer')!.outerHTML };
      });
    }
    const [first, ...rest] = Object.values(chrome);
    for (const other of rest) expect(other).toEqual(first);
  });

  test('the share page and the live preview set a posting in the same type scale', async ({ page, browser }) => {
    const sharePath = await sharePosting(page);
    await storeExampleDraft(page, '/skills');
    await page.goto('/build?step=review');
    const preview = page.getByTestId('preview');
    await expect(preview.locator('h1')).toHaveText('Senior Back End Developer');

    const reader = await browser.newPage({ viewport: page.viewportSize()! });
    await reader.goto(sharePath);
    const shared = reader.locator('article .posting');
    await expect(shared.locator('h1')).toHaveText('Senior Back End Developer');

    const scale = (root: typeof preview) =>
      Promise.all(
        ['h1', 'h2', 'p', 'li'].map((tag) =>
          root
            .locator(tag)
            .first()
            .evaluate((el, tag) => {
              const s = getComputedStyle(el);
              return { tag, size: s.fontSize, weight: s.fontWeight, lineHeight: s.lineHeight, margin: s.margin };
            }, tag),
        ),
      );
    const previewScale = await scale(preview);
    expect(await scale(shared)).toEqual(previewScale);
    // And it is a scale: the title is larger than section headings, which are larger than body text.
    const px = (tag: string) => parseFloat(previewScale.find((s) => s.tag === tag)!.size);
    expect(px('h1')).toBeGreaterThan(px('h2'));
    expect(px('h2')).toBeGreaterThan(px('p'));
    await reader.close();
  });

  test('a phone: no page is wider than the screen, and axe finds nothing serious', async ({ page }) => {
    const sharePath = await sharePosting(page);
    await page.setViewportSize(phoneViewport);
    for (const path of ['/', '/skills', sharePath, '/build']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
    await page.goto(sharePath);
    await expectNoSeriousA11yViolations(page, 'on the share page at 375 px');
  });
});
