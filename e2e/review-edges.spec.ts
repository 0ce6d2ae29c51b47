import { expect, test } from '@playwright/test';
import { exampleDraft } from '../lib/shared/draft/example-draft';
import { rawRequest } from './support/raw-request';
import { ownServer } from './support/server-process';

// Issue 19, at the edges of the reviewer's page, against the real server.mjs (behind a pretend trusted
// proxy): redirects keep the private headers, absolute-form targets never send anyone off-site, the cookie
// is Secure over https, OPTIONS names POST, cross-site posts are refused, and the edit token opens nothing.

const port = Number(process.env.E2E_REVIEW_EDGES_PORT ?? 3414);
const base = `http://127.0.0.1:${port}`;
let id: string;
let editToken: string;
let reviewToken: string;

const PRIVATE = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };

function expectPrivate(headers: Headers | Record<string, string>) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  for (const [name, value] of Object.entries(PRIVATE)) expect(get(name), name).toBe(value);
}

const commentForm = (body: string) =>
  new URLSearchParams({ form: 'comment', section: 'pay', version: '1', author: 'Priya', body }).toString();

const postForm = (token: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/review/${id}/${token}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });

async function commentBodies(): Promise<string[]> {
  const res = await fetch(`${base}/api/postings/${id}/comments`, { headers: { authorization: `Bearer ${editToken}` } });
  const { comments } = (await res.json()) as { comments: { body: string }[] };
  return comments.map((c) => c.body);
}

test.describe('the review page at its edges', () => {
  ownServer(port, 'review-edges', { POSTWRIGHT_TRUST_PROXY: 'true', POSTWRIGHT_PUBLIC_URL: '' });

  test.beforeAll(async () => {
    const created = await fetch(`${base}/api/postings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(exampleDraft),
    });
    ({ id, editToken } = (await created.json()) as { id: string; editToken: string });
    const link = await fetch(`${base}/api/postings/${id}/review-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editToken}` },
    });
    ({ reviewToken } = (await link.json()) as { reviewToken: string });
  });

  test('every redirect keeps the private headers: the trailing slash and the form’s 303', async () => {
    const slash = await fetch(`${base}/review/${id}/${reviewToken}/`, { redirect: 'manual' });
    expect(slash.status).toBeGreaterThanOrEqual(300);
    expect(slash.status).toBeLessThan(400);
    expect(slash.headers.get('location')).toBe(`/review/${id}/${reviewToken}`);
    expectPrivate(slash.headers);
    const saved = await postForm(reviewToken, commentForm('Redirect check'));
    expect(saved.status).toBe(303);
    expectPrivate(saved.headers);
    expectPrivate((await fetch(`${base}/review/${id}/${reviewToken}`)).headers);
  });

  test('an absolute-form request target never produces an off-site Location', async () => {
    for (const target of [
      'http://evil.example/jobs',
      'http://evil.example/jobs/',
      `http://evil.example/review/${id}/${reviewToken}/`,
      'http://evil.example//evil.example/',
      '//evil.example/',
    ]) {
      const res = await rawRequest(
        port,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(res.status, target).toBeLessThan(500);
      const location = res.headers.location;
      if (location !== undefined) {
        expect(location, target).toMatch(/^\/(?!\/)/);
        expect(location, target).not.toContain('evil.example/');
      }
    }
    // The path of an absolute-form target is served as if it were asked for plainly.
    const jobs = await rawRequest(
      port,
      `GET http://evil.example/jobs HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(jobs.status).toBe(200);
    expect(jobs.body).not.toContain('evil.example');
  });

  test('the reviewer cookie is Secure behind a trusted proxy that says https', async () => {
    const overHttps = await postForm(reviewToken, commentForm('Over https'), { 'x-forwarded-proto': 'https' });
    expect(overHttps.status).toBe(303);
    expect(overHttps.headers.get('set-cookie')).toMatch(/^pw_reviewer=Priya;.*; Secure$/);
    const overHttp = await postForm(reviewToken, commentForm('Over http'), { 'x-forwarded-proto': 'http' });
    expect(overHttp.status).toBe(303);
    expect(overHttp.headers.get('set-cookie')).not.toContain('Secure');
  });

  test('OPTIONS on the review page lists POST; a method it does not take gets 405 with the same Allow', async () => {
    const options = await fetch(`${base}/review/${id}/${reviewToken}`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    const put = await fetch(`${base}/review/${id}/${reviewToken}`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await fetch(`${base}/p/${id}`, { method: 'OPTIONS' })).headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  test('a form posted from another site is refused with 403 and saves nothing', async () => {
    const crossSite = await postForm(reviewToken, commentForm('From evil, by fetch metadata'), {
      'sec-fetch-site': 'cross-site',
      origin: 'null',
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('This form was sent from another site. Nothing was saved.');
    const otherOrigin = await postForm(reviewToken, commentForm('From evil, by origin'), {
      origin: 'https://evil.example',
    });
    expect(otherOrigin.status).toBe(403);
    expect(await commentBodies()).not.toEqual(expect.arrayContaining([expect.stringContaining('From evil')]));
    // The page's own post: same origin, or Origin: null (it is served with no-referrer).
    const own = await postForm(reviewToken, commentForm('From our page'), {
      'sec-fetch-site': 'same-origin',
      origin: 'null',
    });
    expect(own.status).toBe(303);
    expect(await commentBodies()).toContain('From our page');
  });

  test('the edit token gets the answer a wrong token gets, on the page and its forms', async () => {
    const wrong = await fetch(`${base}/review/${id}/${'A'.repeat(editToken.length)}`);
    const edit = await fetch(`${base}/review/${id}/${editToken}`);
    expect(wrong.status).toBe(403);
    expect(edit.status).toBe(403);
    expect(await edit.text()).toBe(await wrong.text());
    const posted = await postForm(editToken, commentForm('Posted with the edit token'));
    expect(posted.status).toBe(403);
    expect(await commentBodies()).not.toContain('Posted with the edit token');
  });
});
