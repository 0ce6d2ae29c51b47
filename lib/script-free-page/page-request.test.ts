import { describe, expect, it } from 'vitest';
import { publicOrigin } from '../http/share-urls';
import { pageRequest } from './page-request';

describe('a page request as a web Request', () => {
  it('keeps the path and the origin server.mjs settled on', () => {
    const request = pageRequest({
      url: '/p/abc?x=1',
      headers: { host: '127.0.0.1:3000', 'x-forwarded-host': 'jobs.example', 'x-forwarded-proto': 'https' },
    });
    expect(new URL(request.url).pathname).toBe('/p/abc');
    expect(publicOrigin(request)).toBe('https://jobs.example');
  });

  it('falls back to the Host header', () => {
    expect(publicOrigin(pageRequest({ url: '/p/abc', headers: { host: 'localhost:3440' } }))).toBe(
      'http://localhost:3440',
    );
  });
});
