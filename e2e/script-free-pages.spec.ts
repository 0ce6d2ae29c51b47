import { expect, test } from '@playwright/test';

// The route table of script-free pages (lib/server/script-free-page/routes.ts) as the running server reads it:
// server.mjs marks those requests so that proxy.ts skips them, and takes POST only on the review page.

test.describe('script-free pages, by their one table', () => {
  test('send their own fixed policy; every other page keeps its nonce, even when a client forges the mark', async ({
    request,
  }) => {
    const share = await request.get('/p/AAAAAAAAAAAAAAAAAAAAAA');
    expect(share.status()).toBe(404);
    expect(share.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'; /);
    const forged = await request.get('/build', { headers: { 'x-postwright-script-free': '1' } });
    expect(forged.status()).toBe(200);
    expect(forged.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  });

  test('take the methods the table gives them', async ({ request }) => {
    const review = await request.fetch('/review/AAAAAAAAAAAAAAAAAAAAAA/not-a-token', { method: 'OPTIONS' });
    expect(review.headers()['allow']).toBe('GET, HEAD, POST, OPTIONS');
    expect(review.headers()['x-robots-tag']).toBe('noindex');
    const job = await request.fetch('/jobs/AAAAAAAAAAAAAAAAAAAAAA', { method: 'POST' });
    expect(job.status()).toBe(405);
    expect(job.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  });
});
