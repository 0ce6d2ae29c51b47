import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { validDraft } from '../support/draft-arbitraries';
import { importRoutes } from './api-suite';
import { createPosting } from '../support/create-posting';
import { call, newClient } from '../support/route-client';

let r: Awaited<ReturnType<typeof importRoutes>>;
beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-fuzz-')), 'fuzz.sqlite'));
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_CREATE', '100000');
  vi.stubEnv('POSTWRIGHT_RATE_LIMIT_WRITE', '100000');
  r = await importRoutes();
}, 60_000);

const documented = new Set([400, 401, 403, 404, 410, 412, 413, 415, 428, 429]);

/** Replace one value somewhere inside the draft with anything at all. */
const mutatedDraft = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.anything({ maxDepth: 3 }))
  .map(([choices, value]) => {
    const draft = structuredClone(exampleDraft) as unknown as Record<string, unknown>;
    let node: Record<string, unknown> = draft;
    for (let i = 0; i < choices.length; i++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[choices[i]! % keys.length]!;
      const child = node[key];
      if (i === choices.length - 1 || child === null || typeof child !== 'object') {
        node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return draft;
  });

const hostileBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  mutatedDraft.map((d) => JSON.stringify(d)),
  fc.string({ maxLength: 300 }),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 20_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.constant(JSON.stringify({ ...exampleDraft, job: { ...exampleDraft.job, title: 'x'.repeat(100_000) } })),
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
);

function expectDocumentedError(res: { status: number; headers: Headers; body: unknown }, context: string) {
  expect(res.status, context).toBeLessThan(500);
  if (res.status >= 400) {
    expect(documented.has(res.status), `${context}: undocumented ${res.status}`).toBe(true);
    expect(res.headers.get('content-type'), context).toContain('application/json');
    expect((res.body as { error: { code: string; message: string } }).error.code, context).toMatch(/^[a-z_]+$/);
  }
}

describe('API fuzzing', () => {
  it('never answers 5xx to random, mutated, huge, deep or non-UTF-8 bodies, on any endpoint', async () => {
    const { id, editToken } = await createPosting(r.postings.POST);
    const endpoints = [
      { name: 'render', handler: r.render.POST, url: '/api/render?format=html', method: 'POST', params: {} },
      { name: 'render pdf', handler: r.render.POST, url: '/api/render?format=pdf', method: 'POST', params: {} },
      { name: 'checks', handler: r.checks.POST, url: '/api/checks', method: 'POST', params: {} },
      { name: 'create', handler: r.postings.POST, url: '/api/postings', method: 'POST', params: {} },
      { name: 'update', handler: r.posting.PUT, url: `/api/postings/${id}`, method: 'PUT', params: { id } },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        hostileBody,
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          '',
        ),
        async (endpoint, body, contentType) => {
          const headers: Record<string, string> = { authorization: `Bearer ${editToken}`, 'if-match': '"999"' };
          if (contentType) headers['content-type'] = contentType;
          const res = await call(endpoint.handler, endpoint.url, {
            method: endpoint.method,
            rawBody: body as BodyInit,
            headers,
            params: endpoint.params as Record<string, string>,
            client: newClient(),
          });
          expectDocumentedError(res, `${endpoint.name} (${contentType})`);
        },
      ),
      { numRuns: 250 },
    );
  }, 180_000);

  it('never answers 5xx to odd ids, versions, formats and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), async (id, extra) => {
        const query = `format=${encodeURIComponent(extra)}&pageSize=${encodeURIComponent(extra)}&template=${encodeURIComponent(extra)}`;
        for (const res of [
          await call(r.posting.GET, '/api/postings/x', { params: { id } }),
          await call(r.exportRoute.GET, `/api/postings/x/export?${query}`, { params: { id } }),
          await call(r.version.GET, '/api/postings/x/versions/1', { params: { id, version: extra } }),
          await call(r.posting.DELETE, '/api/postings/x', {
            method: 'DELETE',
            params: { id },
            headers: { authorization: `Bearer ${extra}` },
            client: newClient(),
          }),
        ]) {
          expectDocumentedError(res, `id=${JSON.stringify(id)} extra=${JSON.stringify(extra)}`);
        }
        const preview = await call(r.preview.GET, '/p/x', { params: { id } });
        expect([200, 404, 410]).toContain(preview.status);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('valid drafts always round-trip exactly: create → get returns the same draft', async () => {
    await fc.assert(
      fc.asyncProperty(validDraft, async (draft) => {
        const created = await call(r.postings.POST, '/api/postings', {
          method: 'POST',
          body: draft,
          client: newClient(),
        });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const { id } = created.body as { id: string };
        const fetched = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
        expect(fetched.status).toBe(200);
        // Same values, same keys, nothing added or dropped (key order is not meaningful in JSON).
        expect(fetched.body.draft).toStrictEqual(JSON.parse(JSON.stringify(draft)));
      }),
      { numRuns: 120 },
    );
  }, 180_000);

  it('every valid draft renders to every text format and checks without error', async () => {
    await fc.assert(
      fc.asyncProperty(validDraft, fc.constantFrom('markdown', 'html', 'text', 'jsonld'), async (draft, format) => {
        const res = await call(r.render.POST, `/api/render?format=${format}`, { method: 'POST', body: draft });
        expect(res.status, String(res.body).slice(0, 300)).toBe(200);
        const output = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
        // Leaked placeholders, unless the user typed them.
        for (const leak of ['undefined', '[object Object]', 'NaN']) {
          if (!JSON.stringify(draft).includes(leak)) expect(output).not.toContain(leak);
        }
        const checks = await call(r.checks.POST, '/api/checks', { method: 'POST', body: draft });
        expect(checks.status).toBe(200);
      }),
      { numRuns: 120 },
    );
  }, 180_000);
});
