import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { captureLog, installServerLog } from '../log/capture-log';
import { ApiError } from './api-error';
import { apiRoute } from './api-route';

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const request = (path: string, method = 'GET', headers: Record<string, string> = {}) =>
  new Request(`http://postwright.test${path}`, { method, headers });

describe('apiRoute', () => {
  const route = apiRoute({
    params: z.object({ n: z.string().check(z.regex(/^\d+$/)) }),
    GET: ({ params, query }) => {
      const { limit } = query(z.object({ limit: z.optional(z.coerce.number().check(z.int(), z.lte(10))) }));
      return Response.json({ n: Number(params.n), limit: limit ?? null });
    },
    DELETE: () => {
      throw new ApiError('gone', 'Revoked', [], { 'X-Why': 'revoked' });
    },
    PUT: () => {
      throw new Error('SELECT * FROM secrets failed');
    },
  });

  it('hands typed params and query to the handler, and marks the answer no-store', async () => {
    const res = await route.GET(request('/x/4?limit=3'), context({ n: '4' }));
    expect(await res.json()).toEqual({ n: 4, limit: 3 });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a bad query parameter with 400 naming it, and params that do not fit with 404', async () => {
    const bad = await route.GET(request('/x/4?limit=99'), context({ n: '4' }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'limit' }] });
    const repeated = await route.GET(request('/x/4?limit=1&limit=2'), context({ n: '4' }));
    expect(repeated.status).toBe(400);
    const missing = await route.GET(request('/x/four'), context({ n: 'four' }));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('turns an ApiError into its JSON answer with its headers, anything else into a bare logged 500', async () => {
    const gone = await route.DELETE(request('/x/1', 'DELETE'), context({ n: '1' }));
    expect(gone.status).toBe(410);
    expect(gone.headers.get('x-why')).toBe('revoked');
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect(await gone.json()).toEqual({ error: { code: 'gone', message: 'Revoked' } });
    const { logger, lines } = captureLog('info');
    installServerLog(logger);
    try {
      const broken = await route.PUT(request('/x/1', 'PUT', { 'x-request-id': 'req-42' }), context({ n: '1' }));
      expect(broken.status).toBe(500);
      const text = await broken.text();
      expect(text).not.toContain('secrets');
      expect(JSON.parse(text).error.code).toBe('internal');
      // The cause goes to the log, with the request's id, and only there.
      expect(lines()).toEqual([
        expect.objectContaining({
          level: 50,
          requestId: 'req-42',
          method: 'PUT',
          err: expect.objectContaining({ message: 'SELECT * FROM secrets failed' }),
        }),
      ]);
    } finally {
      installServerLog(undefined);
    }
  });

  it('405 with Allow for methods it does not take; HEAD runs GET; OPTIONS lists the methods', async () => {
    const post = await route.POST(request('/x/1', 'POST'), context({ n: '1' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, PUT, DELETE, HEAD, OPTIONS');
    expect((await post.json()).error.code).toBe('method_not_allowed');
    const head = await route.HEAD(request('/x/2', 'HEAD'), context({ n: '2' }));
    expect(head.status).toBe(200);
    const options = await route.OPTIONS(request('/x/1', 'OPTIONS'), context({ n: '1' }));
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, PUT, DELETE, HEAD, OPTIONS');
  });

  it('keeps a Cache-Control the handler chose', async () => {
    const cached = apiRoute({ GET: () => Response.json({}, { headers: { 'Cache-Control': 'public, max-age=60' } }) });
    const res = await cached.GET(request('/c'), context());
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await cached.HEAD(request('/c', 'HEAD'), context())).status).toBe(200);
    expect((await apiRoute({ POST: () => new Response() }).HEAD(request('/c', 'HEAD'), context())).status).toBe(405);
  });

  describe('with cors', () => {
    const open = apiRoute({
      cors: true,
      GET: () => Response.json({ ok: true }),
    });

    it('lets any origin read every answer, errors included, and answers a preflight', async () => {
      const res = await open.GET(request('/open'), context());
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Link, Retry-After');
      const refused = await open.DELETE(request('/open', 'DELETE'), context());
      expect(refused.status).toBe(405);
      expect(refused.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await open.OPTIONS(
        request('/open', 'OPTIONS', { origin: 'https://a.example', 'access-control-request-method': 'GET' }),
        context(),
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      expect(preflight.headers.get('access-control-max-age')).toBe('86400');
    });

    it('is off unless asked for', async () => {
      const res = await route.GET(request('/x/4'), context({ n: '4' }));
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const options = await route.OPTIONS(
        request('/x/4', 'OPTIONS', { 'access-control-request-method': 'GET' }),
        context(),
      );
      expect(options.headers.get('access-control-allow-methods')).toBeNull();
    });
  });
});
