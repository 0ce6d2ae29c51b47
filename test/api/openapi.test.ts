import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { call, newClient, type Handler } from '../support/route-client';

// GET /api/openapi.json: a well-formed OpenAPI 3.1 document of every route, and real answers of the routes
// checked against the schemas it gives them.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const API_DIR = path.resolve(__dirname, '../../app/api');

/** Every route folder under app/api as an OpenAPI path (`[id]` → `{id}`), the catch-all 404 aside. */
function routePaths(dir = API_DIR, prefix = '/api'): { path: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'route.ts' ? [{ path: prefix, file: path.join(dir, entry.name) }] : [];
    if (entry.name.startsWith('[...')) return [];
    return routePaths(path.join(dir, entry.name), `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, '{$1}')}`);
  });
}

let doc: Json;
let ajv: Ajv2020;
let r: {
  openapi: typeof import('../../app/api/openapi.json/route');
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  publish: typeof import('../../app/api/postings/[id]/publish/route');
  reviewLinks: typeof import('../../app/api/postings/[id]/review-links/route');
  comments: typeof import('../../app/api/postings/[id]/comments/route');
  counts: typeof import('../../app/api/postings/[id]/comments/counts/route');
  reviews: typeof import('../../app/api/postings/[id]/reviews/route');
  versions: typeof import('../../app/api/postings/[id]/versions/route');
  checks: typeof import('../../app/api/checks/route');
  catalog: typeof import('../../app/api/catalog/[roleId]/route');
  jobs: typeof import('../../app/api/jobs/route');
  job: typeof import('../../app/api/jobs/[id]/route');
};

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('POSTWRIGHT_SQLITE_PATH', path.join(mkdtempSync(path.join(tmpdir(), 'postwright-openapi-')), 'db.sqlite'));
  r = {
    openapi: await import('../../app/api/openapi.json/route'),
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
    reviewLinks: await import('../../app/api/postings/[id]/review-links/route'),
    comments: await import('../../app/api/postings/[id]/comments/route'),
    counts: await import('../../app/api/postings/[id]/comments/counts/route'),
    reviews: await import('../../app/api/postings/[id]/reviews/route'),
    versions: await import('../../app/api/postings/[id]/versions/route'),
    checks: await import('../../app/api/checks/route'),
    catalog: await import('../../app/api/catalog/[roleId]/route'),
    jobs: await import('../../app/api/jobs/route'),
    job: await import('../../app/api/jobs/[id]/route'),
  };
  const res = await call(r.openapi.GET, '/api/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
  // The components are JSON Schema 2020-12 (OpenAPI 3.1's dialect): each must compile in strict mode.
  // strictRequired off: zod lists an enum-keyed record's keys in `required` without `properties`, which is
  // valid JSON Schema (every key must be there) that ajv's strict mode only lints.
  ajv = new Ajv2020({ strict: true, allErrors: true, strictTuples: false, strictRequired: false });
  addFormats.default(ajv);
  for (const [name, schema] of Object.entries(doc.components.schemas as Json)) {
    ajv.addSchema(schema, `#/components/schemas/${name}`);
  }
}, 60_000);

afterAll(async () => {
  const { closeDb } = await import('../../lib/server/db');
  await closeDb();
});

/** The schema the document gives an operation's answer with this status. */
function responseValidator(method: string, apiPath: string, status: number): ValidateFunction {
  const response = doc.paths[apiPath]?.[method]?.responses?.[status];
  expect(response, `${method.toUpperCase()} ${apiPath} → ${status} is not documented`).toBeDefined();
  const schema = response.content?.['application/json']?.schema;
  expect(schema, `${method.toUpperCase()} ${apiPath} → ${status} has no JSON schema`).toBeDefined();
  return ajv.compile(schema);
}

function expectConforms(method: string, apiPath: string, res: { status: number; body: unknown }) {
  const validate = responseValidator(method, apiPath, res.status);
  const ok = validate(res.body);
  expect(ok ? [] : validate.errors, `${method.toUpperCase()} ${apiPath} → ${res.status}`).toEqual([]);
}

describe('GET /api/openapi.json', () => {
  it('is valid against the official OpenAPI 3.1 schema (a standard validator)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], 'OpenAPI schema errors').toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is an OpenAPI 3.1 document whose every reference resolves and whose schemas compile as JSON Schema 2020-12', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: '1' });
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`#/components/schemas/${name}`), name).not.toThrow();
    }
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const raw of new Set(refs)) {
      const target = raw.slice(8, -1);
      expect(target, raw).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[target.split('/').pop()!], raw).toBeDefined();
    }
    const ids: string[] = [];
    for (const [apiPath, item] of Object.entries(doc.paths as Json)) {
      const templated = [...apiPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        ids.push(op.operationId);
        const pathParams = op.parameters.filter((p: Json) => p.in === 'path').map((p: Json) => p.name);
        expect(pathParams.sort(), `${method} ${apiPath}`).toEqual([...templated].sort());
        for (const p of op.parameters) {
          expect(p.schema, `${method} ${apiPath} ${p.name}`).toBeDefined();
          ajv.compile(p.schema);
        }
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every API route and exactly the methods each one takes (its Allow)', async () => {
    const routes = routePaths();
    expect(routes.map((route) => route.path).sort()).toEqual(Object.keys(doc.paths).sort());
    for (const route of routes) {
      const mod = (await import(route.file)) as { OPTIONS: Handler };
      const res = await mod.OPTIONS(new Request(`http://postwright.test${route.path}`, { method: 'OPTIONS' }), {
        params: Promise.resolve({}),
      });
      const allowed = res.headers
        .get('allow')!
        .split(', ')
        .map((m) => m.toLowerCase())
        .filter((m) => m !== 'head' && m !== 'options');
      expect(Object.keys(doc.paths[route.path]).sort(), route.path).toEqual(allowed.sort());
    }
  }, 60_000);

  it('is built once and revalidates with its ETag; any origin may read it', async () => {
    const first = await call(r.openapi.GET, '/api/openapi.json');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const again = await r.openapi.GET(
      new Request('http://postwright.test/api/openapi.json', { headers: { 'if-none-match': etag } }),
      { params: Promise.resolve({}) },
    );
    expect(again.status).toBe(304);
  });

  it("checks the routes' real answers, successes and errors, against the document's schemas", async () => {
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const created = await call(r.postings.POST, '/api/postings', {
      method: 'POST',
      body: exampleDraft,
      client: newClient(),
    });
    expectConforms('post', '/api/postings', created);
    const { id, editToken } = created.body;
    const params = { id };

    expectConforms('get', '/api/postings/{id}', await call(r.posting.GET, `/api/postings/${id}`, { params }));
    expectConforms(
      'patch',
      '/api/postings/{id}',
      await call(r.posting.PATCH, `/api/postings/${id}`, {
        method: 'PATCH',
        params,
        body: { requireApproval: false },
        headers: auth(editToken),
        client: newClient(),
      }),
    );
    const link = await call(r.reviewLinks.POST, `/api/postings/${id}/review-links`, {
      method: 'POST',
      params,
      headers: auth(editToken),
      client: newClient(),
    });
    expectConforms('post', '/api/postings/{id}/review-links', link);
    const reviewer = auth(link.body.reviewToken);
    expectConforms(
      'post',
      '/api/postings/{id}/comments',
      await call(r.comments.POST, `/api/postings/${id}/comments`, {
        method: 'POST',
        params,
        body: { version: 1, section: 'title', body: 'Shorter?', author: 'Priya' },
        headers: reviewer,
        client: newClient(),
      }),
    );
    expectConforms(
      'get',
      '/api/postings/{id}/comments',
      await call(r.comments.GET, `/api/postings/${id}/comments`, { params, headers: reviewer }),
    );
    expectConforms(
      'get',
      '/api/postings/{id}/comments/counts',
      await call(r.counts.GET, `/api/postings/${id}/comments/counts`, { params, headers: reviewer }),
    );
    expectConforms(
      'post',
      '/api/postings/{id}/reviews',
      await call(r.reviews.POST, `/api/postings/${id}/reviews`, {
        method: 'POST',
        params,
        body: { version: 1, verdict: 'changes', author: 'Priya' },
        headers: reviewer,
        client: newClient(),
      }),
    );
    expectConforms(
      'get',
      '/api/postings/{id}/reviews',
      await call(r.reviews.GET, `/api/postings/${id}/reviews`, { params, headers: reviewer }),
    );
    const published = await call(r.publish.POST, `/api/postings/${id}/publish`, {
      method: 'POST',
      params,
      headers: auth(editToken),
      client: newClient(),
    });
    expect(published.body.approved).toBe(false);
    expectConforms('post', '/api/postings/{id}/publish', published);
    const owner = await call(r.posting.GET, `/api/postings/${id}`, { params, headers: auth(editToken) });
    expect(owner.body).toHaveProperty('requireApproval', false);
    expectConforms('get', '/api/postings/{id}', owner);
    expectConforms(
      'get',
      '/api/postings/{id}/versions',
      await call(r.versions.GET, `/api/postings/${id}/versions`, { params }),
    );
    expectConforms('get', '/api/jobs', await call(r.jobs.GET, '/api/jobs?content=true', { client: newClient() }));
    expectConforms('get', '/api/jobs/{id}', await call(r.job.GET, `/api/jobs/${id}`, { params, client: newClient() }));
    expectConforms(
      'post',
      '/api/checks',
      await call(r.checks.POST, '/api/checks', { method: 'POST', body: exampleDraft, client: newClient() }),
    );
    expectConforms(
      'get',
      '/api/catalog/{roleId}',
      await call(r.catalog.GET, '/api/catalog/back-end-developer', { params: { roleId: 'back-end-developer' } }),
    );
    expectConforms(
      'get',
      '/api/catalog/{roleId}',
      await call(r.catalog.GET, '/api/catalog/back-end-developer?lang=de', {
        params: { roleId: 'back-end-developer' },
      }),
    );
    const badLang = await call(r.catalog.GET, '/api/catalog/back-end-developer?lang=xx', {
      params: { roleId: 'back-end-developer' },
    });
    expect(badLang.status).toBe(400);
    expectConforms('get', '/api/catalog/{roleId}', badLang);

    // Errors, in the one error shape.
    const missing = await call(r.job.GET, '/api/jobs/AAAAAAAAAAAAAAAAAAAAAA', {
      params: { id: 'AAAAAAAAAAAAAAAAAAAAAA' },
      client: newClient(),
    });
    expect(missing.status).toBe(404);
    expectConforms('get', '/api/jobs/{id}', missing);
    const badPage = await call(r.jobs.GET, '/api/jobs?per_page=9999', { client: newClient() });
    expect(badPage.status).toBe(400);
    expectConforms('get', '/api/jobs', badPage);
    const denied = await call(r.publish.POST, `/api/postings/${id}/publish`, {
      method: 'POST',
      params,
      headers: auth('x'.repeat(43)),
      client: newClient(),
    });
    expect(denied.status).toBe(403);
    expectConforms('post', '/api/postings/{id}/publish', denied);
  });
});
