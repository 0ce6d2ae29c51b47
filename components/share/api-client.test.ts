import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { createReviewLink, fetchVerdicts } from '../review/review-client';
import { callApi, readAnswer } from './api-client';
import { renderDraft } from './render-api';
import { exampleDraft } from '@/lib/shared/draft/example-draft';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  vi.fn(async () =>
    typeof body === 'string'
      ? new Response(body, { status, headers })
      : Response.json(body, { status, headers: { ...headers } }),
  );

afterEach(() => vi.unstubAllGlobals());

describe('the browser API client', () => {
  it('parses a success with the contract and sends the edit token', async () => {
    const fetch = answer(201, { reviewToken: 'r1', reviewUrl: 'https://example.test/review/a/r1' });
    vi.stubGlobal('fetch', fetch);
    const result = await createReviewLink('a b', 'secret');
    expect(result).toEqual({ ok: true, data: { reviewToken: 'r1', reviewUrl: 'https://example.test/review/a/r1' } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/postings/a%20b/review-links');
    expect(init).toMatchObject({ method: 'POST', cache: 'no-store', headers: { Authorization: 'Bearer secret' } });
  });

  it('turns a 4xx into its error code, message and issues', async () => {
    const error = { code: 'forbidden', message: 'Only the edit token may do this', issues: [] };
    vi.stubGlobal('fetch', answer(403, { error }));
    expect(await fetchVerdicts('a', 'wrong')).toEqual({ ok: false, ...error });
  });

  it('names an error code it does not know, or an error page that is not the contract, unexpected_response', async () => {
    vi.stubGlobal('fetch', answer(418, { error: { code: 'teapot', message: 'no' } }));
    expect(await callApi(null, '/api/x', {})).toMatchObject({ ok: false, code: 'unexpected_response', message: 'no' });
    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>', { 'content-type': 'text/html' }));
    expect(await callApi(null, '/api/x', {})).toMatchObject({ ok: false, code: 'unexpected_response' });
  });

  it('says network when no answer came', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await fetchVerdicts('a', 't')).toMatchObject({ ok: false, code: 'network' });
  });

  it('refuses a success body that does not follow the contract', async () => {
    vi.stubGlobal('fetch', answer(200, { reviews: 'none', latestVersion: '2' }));
    expect(await fetchVerdicts('a', 't')).toMatchObject({ ok: false, code: 'unexpected_response' });
    vi.stubGlobal('fetch', answer(200, 'not json'));
    expect(await callApi(z.object({ a: z.number() }), '/api/x', {})).toMatchObject({
      ok: false,
      code: 'unexpected_response',
    });
  });

  it('hands over a binary answer as it came, with its headers', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const fetch = vi.fn(
      async () => new Response(bytes, { headers: { 'content-disposition': 'attachment; filename="lead.pdf"' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const result = await renderDraft(exampleDraft, { format: 'pdf', download: true, pageSize: 'LETTER' });
    if (!result.ok) throw new Error(result.message);
    expect(new Uint8Array(await (await result.data.blob()).arrayBuffer())).toEqual(bytes);
    expect(result.data.headers.get('content-disposition')).toContain('lead.pdf');
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('/api/render?format=pdf&download=1&pageSize=LETTER');
  });

  it('keeps an abort while the body is read an abort, not a bad answer', async () => {
    const response = Object.assign(new Response('{}'), {
      json: () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')),
    });
    await expect(readAnswer(z.object({}), response)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
