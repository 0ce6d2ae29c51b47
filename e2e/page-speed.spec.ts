import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { scriptFreePageHeaders } from '../lib/server/script-free-page/page-headers';
import { COMPILE_HINT } from '../scripts/compile-hints-plugin';
import { RENDER_GATE_CACHE_CONTROL, RENDER_GATE_PATH } from '../lib/shared/http/render-gate';

// Issue 19: pages at the framework's speed. `/` and `/skills` are prerendered by `next build` and sent as
// files, with the headers getServerSideProps used to set; `/p/{id}` and `/jobs/{id}` send each version's
// HTML rendered once, after reading on every request whether it may still be shown.

const identity = { 'accept-encoding': 'identity' };

/** Every header the page was sent with before it was prerendered (its getServerSideProps set these). */
const headersBefore = {
  '/': scriptFreePageHeaders({ cacheControl: 'public, max-age=300' }),
  '/skills': scriptFreePageHeaders({ forms: true, cacheControl: 'public, max-age=300' }),
};

function expectHeaders(response: APIResponse, expected: Record<string, string>) {
  const sent = response.headers();
  for (const [name, value] of Object.entries(expected)) expect(sent[name.toLowerCase()], name).toBe(value);
  expect(sent['content-type']).toBe('text/html; charset=utf-8');
}

async function createPosting(request: APIRequestContext) {
  const created = await request.post('/api/postings', { data: exampleDraft });
  expect(created.status()).toBe(201);
  return (await created.json()) as { id: string; editToken: string };
}

test.describe('prerendered pages', () => {
  test('the build prerenders / and /skills, and the server sends those files as they are', async ({ request }) => {
    const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
      routes: Record<string, unknown>;
    };
    expect(Object.keys(manifest.routes)).toEqual(expect.arrayContaining(['/', '/skills']));
    for (const [path, file] of [
      ['/', 'index'],
      ['/skills', 'skills'],
    ] as const) {
      const response = await request.get(path, { headers: identity });
      expect(response.status()).toBe(200);
      // The bytes written at build time, not a page rendered for this request.
      expect(await response.text()).toBe(readFileSync(`.next/server/pages/${file}.html`, 'utf8'));
    }
  });

  test('a prerendered page is sent with the headers it had when rendered per request', async ({ request }) => {
    for (const [path, headers] of Object.entries(headersBefore)) {
      const response = await request.get(path, { headers: identity });
      expectHeaders(response, headers);
      expect(response.headers()['content-security-policy']).not.toMatch(/script-src|nonce-/);
    }
  });

  test('a filtered view of the catalog is rendered for its query, with the same headers', async ({ request }) => {
    const filtered = await request.get('/skills?q=Postgres', { headers: identity });
    expect(filtered.status()).toBe(200);
    expectHeaders(filtered, headersBefore['/skills']);
    const html = await filtered.text();
    expect(html).toContain('PostgreSQL');
    expect(html).toMatch(/1 skill(<!-- -->)? match/);
    expect(html).not.toContain('>APIs<');
    // The form's empty fields are the unfiltered view: the prerendered page.
    const empty = await request.get('/skills?q=&category=', { headers: identity });
    expect(await empty.text()).toBe(readFileSync('.next/server/pages/skills.html', 'utf8'));
    // A view by category and sort still has its own URL and answer.
    const byName = await (await request.get('/skills?category=microsoft&sort=name')).text();
    expect(byName).toContain('ASP.NET');
    expect(byName).not.toContain('>JavaScript<');
  });
});

test.describe('pages sent from their cached HTML', () => {
  test('a share page is rendered once per version; a revocation is seen at once', async ({ request }) => {
    const { id, editToken } = await createPosting(request);
    const first = await request.get(`/p/${id}`, { headers: identity });
    const second = await request.get(`/p/${id}`, { headers: identity });
    expect(second.status()).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(second.headers()).toMatchObject({
      'content-security-policy': first.headers()['content-security-policy']!,
      'x-robots-tag': 'noindex',
      etag: first.headers().etag!,
    });
    // A conditional request for the version the client has: 304, from the cache too.
    const unchanged = await request.get(`/p/${id}`, { headers: { 'if-none-match': first.headers().etag! } });
    expect(unchanged.status()).toBe(304);

    // A new version is a new page.
    const saved = await request.put(`/api/postings/${id}`, {
      headers: { authorization: `Bearer ${editToken}`, 'if-match': '"1"' },
      data: { ...exampleDraft, job: { ...exampleDraft.job, title: 'Senior Back End Developer' } },
    });
    expect(saved.status()).toBe(200);
    expect(await (await request.get(`/p/${id}`)).text()).toContain('Senior Back End Developer');

    const revoked = await request.delete(`/api/postings/${id}`, { headers: { authorization: `Bearer ${editToken}` } });
    expect(revoked.status()).toBe(204);
    expect((await request.get(`/p/${id}`)).status()).toBe(410);
  });

  test('a job page is rendered once per published version; unpublishing is seen at once', async ({ request }) => {
    const { id, editToken } = await createPosting(request);
    const auth = { authorization: `Bearer ${editToken}` };
    expect((await request.post(`/api/postings/${id}/publish`, { headers: auth })).status()).toBe(200);
    const first = await request.get(`/jobs/${id}`, { headers: { 'accept-encoding': 'br' } });
    expect(first.status()).toBe(200);
    const second = await request.get(`/jobs/${id}`, { headers: { 'accept-encoding': 'br' } });
    expect(second.headers()['content-encoding']).toBe('br');
    expect(await second.text()).toBe(await first.text());

    expect((await request.delete(`/api/postings/${id}/publish`, { headers: auth })).status()).toBe(204);
    const gone = await request.get(`/jobs/${id}`);
    expect(gone.status()).toBe(410);
    expect(gone.headers()['x-robots-tag']).toBe('noindex');
  });

  test("a request for the page's data is answered as data, never with the cached HTML", async ({ request }) => {
    const { id } = await createPosting(request);
    await request.get(`/p/${id}`);
    await request.get(`/p/${id}`);
    const buildId = readFileSync('.next/BUILD_ID', 'utf8').trim();
    const data = await request.get(`/_next/data/${buildId}/p/${id}.json`);
    expect(data.headers()['content-type']).toMatch(/^application\/json/);
    // And the page is still the page.
    expect((await request.get(`/p/${id}`)).headers()['content-type']).toBe('text/html; charset=utf-8');
  });
});

test.describe('the builder hydrates its first step only', () => {
  test('the step on screen is in the HTML; the preview and checks are drawn once the page is live', async ({
    page,
  }) => {
    const html = await (await page.request.get('/build')).text();
    expect(html).toContain('id="f-job-title"');
    expect(html).not.toContain('data-testid="preview"');
    // Nothing streamed apart for an inline script (`$RC`) to move into place: the page's CSP refuses it.
    expect(html).not.toContain('<!--$?-->');

    await page.goto('/build');
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('preview')).toContainText('How to apply');
    await expect(page.getByRole('heading', { name: /Checks/ })).toBeVisible();
  });
});

test.describe("the builder's scripts compile off the main thread", () => {
  test("every script the builder loads starts with V8's compile hint; the nomodule polyfills do not", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      // Webpack's chunks; the build's two manifests beside them are a line of data each.
      if (response.request().resourceType() === 'script' && response.url().includes('/_next/static/chunks/')) {
        scripts.push(response.url());
      }
    });
    await page.goto('/build');
    await expect(page.locator('[data-ready="true"]')).toBeVisible();
    // The first load and the chunks loaded once the page is live (the preview and checks).
    expect(scripts.length).toBeGreaterThan(5);
    for (const url of scripts) {
      const body = await (await page.request.get(url)).text();
      expect(body.startsWith(COMPILE_HINT), url).toBe(true);
    }
    const html = await (await page.request.get('/build')).text();
    const polyfills = html.match(/<script[^>]*noModule[^>]*src="([^"]+)"/)?.[1];
    expect(polyfills).toBeTruthy();
    expect((await (await page.request.get(polyfills!)).text()).startsWith(COMPILE_HINT)).toBe(false);
  });
});

test.describe('pages with script paint once, whole', () => {
  for (const path of ['/build', '/import', '/postings']) {
    test(`${path} paints only after its whole document is parsed`, async ({ page }) => {
      // A phone's CPU: the parser then yields with the document half read, which used to be painted, then
      // styled and laid out again after each further slice (long tasks after the first paint).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path);
      await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
      const timing = await page.evaluate(() => ({
        parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
        firstPaint: performance.getEntriesByName('first-paint')[0]!.startTime,
      }));
      expect(timing.firstPaint).toBeGreaterThan(timing.parsed);
    });
  }

  test('the gate is the first deferred script of a page with script, kept by the browser, and absent from the others', async ({
    request,
  }) => {
    const html = await (await request.get('/build')).text();
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
    expect(scripts[0]![0]).toMatch(/\bblocking="render"/);
    expect(scripts[0]![0]).toMatch(/\bdefer=""/);
    expect(scripts[0]![1]).toBe(RENDER_GATE_PATH);
    expect(scripts.slice(1).some(([tag]) => tag.includes('blocking='))).toBe(false);
    const gate = await request.get(RENDER_GATE_PATH);
    expect(gate.status()).toBe(200);
    expect(gate.headers()['cache-control']).toBe(RENDER_GATE_CACHE_CONTROL);
    expect(gate.headers()['content-type']).toMatch(/javascript/);
    // A script-free page paints as it arrives: nothing of it waits.
    for (const path of ['/', '/skills']) expect(await (await request.get(path)).text()).not.toContain(RENDER_GATE_PATH);
  });
});
