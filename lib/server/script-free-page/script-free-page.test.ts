import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { SCRIPT_FREE_PAGES } from './routes';
import { scriptFreePage } from './script-free-page';

function call(
  page: ReturnType<typeof scriptFreePage<{ shown: string }, { id: string }, string>>,
  {
    method = 'GET',
    headers = {},
    body = '',
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const req = Object.assign(Readable.from(body ? [Buffer.from(body)] : []), {
    method,
    url: '/review/abc/tok',
    headers: { host: 'postwright.test', 'x-forwarded-for': '203.0.113.9', ...headers },
  }) as unknown as IncomingMessage;
  const sent = new Map<string, string>();
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: string) => sent.set(name.toLowerCase(), value),
  } as unknown as ServerResponse;
  return page({ req, res, params: { id: 'abc' }, query: {} }).then((result) => ({ result, res, sent }));
}

const form = { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://postwright.test' };

describe('scriptFreePage', () => {
  it("sends the route's policy and headers, and the page's props", async () => {
    const page = scriptFreePage<{ shown: string }, { id: string }>(SCRIPT_FREE_PAGES.share, {
      load: async ({ params, request }) => ({ props: { shown: `${params.id} ${request.headers.get('host')}` } }),
    });
    const { result, res, sent } = await call(page);
    expect(result).toEqual({ props: { shown: 'abc postwright.test' } });
    expect(res.statusCode).toBe(200);
    expect(sent.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(sent.get('content-security-policy')).toContain(`form-action 'none'`);
    expect(sent.get('cache-control')).toBe('private, no-cache');
    expect(sent.get('x-robots-tag')).toBe('noindex');
  });

  it('answers a failure with the status the API gives it, never 401, and keeps it out of search results', async () => {
    const statuses = [];
    for (const failure of [
      { status: 'not_found' },
      { status: 'gone', reason: 'unpublished' },
      { status: 'forbidden' },
      { status: 'unauthorized' },
    ] as const) {
      const page = scriptFreePage<{ shown: string }, { id: string }>(SCRIPT_FREE_PAGES.job, {
        load: async () => ({ failure, props: { shown: 'notice' } }),
      });
      const { result, res, sent } = await call(page);
      expect(result).toEqual({ props: { shown: 'notice' } });
      expect(sent.get('x-robots-tag')).toBe('noindex');
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([404, 410, 403, 403]);
  });

  it('reads a posted form and redirects with 303, or shows the page again with the post’s status', async () => {
    const post = vi.fn(async (_context: unknown, fields: URLSearchParams) =>
      fields.get('body') === 'ok' ? { redirect: '/review/abc/tok?saved=comment' } : { status: 400, form: 'retry' },
    );
    const load = vi.fn(async ({ posted }: { posted?: unknown }) => ({ props: { shown: JSON.stringify(posted) } }));
    const page = scriptFreePage<{ shown: string }, { id: string }, string>(SCRIPT_FREE_PAGES.review, { post, load });
    const saved = await call(page, { method: 'POST', headers: form, body: 'body=ok' });
    expect(saved.result).toEqual({ redirect: { destination: '/review/abc/tok?saved=comment', statusCode: 303 } });
    const invalid = await call(page, { method: 'POST', headers: form, body: 'body=' });
    expect(invalid.res.statusCode).toBe(400);
    expect(invalid.result).toEqual({ props: { shown: JSON.stringify({ status: 400, form: 'retry' }) } });
  });

  it('refuses a form from another site or not sent as a web form, without calling the page’s post', async () => {
    const post = vi.fn(async () => ({ redirect: '/' }));
    const page = scriptFreePage<{ shown: string }, { id: string }, string>(SCRIPT_FREE_PAGES.review, {
      post,
      load: async ({ posted }) => ({ props: { shown: posted && 'refused' in posted ? posted.refused : '' } }),
    });
    const crossSite = await call(page, {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.test' },
      body: 'body=x',
    });
    expect(crossSite.res.statusCode).toBe(403);
    expect(crossSite.result).toEqual({ props: { shown: 'This form was sent from another site.' } });
    const notAForm = await call(page, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    expect(notAForm.res.statusCode).toBe(415);
    expect(post).not.toHaveBeenCalled();
  });

  it('takes posts for exactly the routes whose forms post back', () => {
    expect(() =>
      scriptFreePage(SCRIPT_FREE_PAGES.share, { load: async () => ({ props: {} }), post: async () => null }),
    ).toThrow();
    expect(() => scriptFreePage(SCRIPT_FREE_PAGES.review, { load: async () => ({ props: {} }) })).toThrow();
  });
});
