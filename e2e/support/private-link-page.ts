import { expect, type Response } from '@playwright/test';

/**
 * The answer of a page that only its link opens (the share preview, the review page): found, never indexed,
 * its address never sent on to other sites, and under a strict policy of its own (no script at all, no
 * inline style, only the site's one stylesheet).
 */
export function expectPrivateLinkPage(response: Response | null) {
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toBe('noindex');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  expect(response?.headers()['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'; /);
}
