import { describe, expect, it } from 'vitest';
import { resolveRequestSource } from '../http/request-source';
import { isCrossSiteForm, reviewerCookie, reviewerCookieIsSecure } from './form-request';

// What server.mjs hands the page: X-Forwarded-Proto/-Host replaced by what it resolved (request-source.ts).
function asServerHandsIt(headers: Record<string, string>, trustProxy: boolean) {
  const source = resolveRequestSource({ socket: { remoteAddress: '127.0.0.1' }, headers }, { trustProxy, hops: 1 });
  return {
    headers: { ...headers, 'x-forwarded-proto': source.proto, 'x-forwarded-host': source.host },
  };
}

describe('the reviewer cookie (issue 19)', () => {
  it('is Secure behind a trusted proxy that says https, and only then', () => {
    const viaHttps = asServerHandsIt({ host: 'app:3000', 'x-forwarded-proto': 'https' }, true);
    expect(reviewerCookieIsSecure(viaHttps, '')).toBe(true);
    expect(reviewerCookie('Priya', reviewerCookieIsSecure(viaHttps, ''))).toMatch(/; Secure$/);
    // An untrusted client saying https changes nothing; plain http is not Secure (the browser would drop it).
    expect(reviewerCookieIsSecure(asServerHandsIt({ host: 'app:3000', 'x-forwarded-proto': 'https' }, false), '')).toBe(
      false,
    );
    expect(reviewerCookieIsSecure(asServerHandsIt({ host: 'app:3000', 'x-forwarded-proto': 'http' }, true), '')).toBe(
      false,
    );
  });

  it('is Secure when the public URL is https', () => {
    expect(reviewerCookieIsSecure(asServerHandsIt({ host: 'app:3000' }, false), 'https://jobs.example.org')).toBe(true);
  });
});

describe('form posts from another site (issue 19)', () => {
  const own = (headers: Record<string, string>) => asServerHandsIt({ host: 'jobs.example.org', ...headers }, false);

  it('refuses Sec-Fetch-Site: cross-site, and an Origin that is not ours', () => {
    expect(isCrossSiteForm(own({ 'sec-fetch-site': 'cross-site' }), '')).toBe(true);
    expect(isCrossSiteForm(own({ 'sec-fetch-site': 'cross-site', origin: 'null' }), '')).toBe(true);
    expect(isCrossSiteForm(own({ origin: 'https://evil.example' }), '')).toBe(true);
    expect(isCrossSiteForm(own({ origin: 'http://jobs.example.org:8080' }), '')).toBe(true);
    expect(isCrossSiteForm(own({ origin: 'https://jobs.example.org' }), '')).toBe(true); // we were reached over http
  });

  it('takes our own page’s posts: same origin, Origin: null (no-referrer), or no such headers at all', () => {
    expect(isCrossSiteForm(own({ 'sec-fetch-site': 'same-origin', origin: 'http://jobs.example.org' }), '')).toBe(
      false,
    );
    expect(isCrossSiteForm(own({ 'sec-fetch-site': 'same-origin', origin: 'null' }), '')).toBe(false);
    expect(isCrossSiteForm(own({}), '')).toBe(false);
  });

  it('takes the configured public origin too', () => {
    expect(isCrossSiteForm(own({ origin: 'https://jobs.example.org' }), 'https://jobs.example.org/')).toBe(false);
  });
});
