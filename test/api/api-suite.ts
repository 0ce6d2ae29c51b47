import { describe, expect, it } from 'vitest';
import { exampleDraft, minimalDraft } from '../../lib/shared/draft/example-draft';
import { createPosting, expectInvalidRequests, postDraft } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import { beforeAllRoutes } from '../support/suite-routes';

type Routes = {
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  exportRoute: typeof import('../../app/api/postings/[id]/export/route');
  versions: typeof import('../../app/api/postings/[id]/versions/route');
  version: typeof import('../../app/api/postings/[id]/versions/[version]/route');
  render: typeof import('../../app/api/render/route');
  checks: typeof import('../../app/api/checks/route');
  catalog: typeof import('../../app/api/catalog/[roleId]/route');
  preview: typeof import('./share-page-route');
  unknownApi: typeof import('../../app/api/[...path]/route');
};

/** The API's status table, end to end through the route handlers, on whichever store the env selects. */
export function defineApiSuite(label: string, loadRoutes: () => Promise<Routes>) {
  describe(`HTTP API (${label})`, () => {
    let r: Routes;
    beforeAllRoutes(loadRoutes, (routes) => (r = routes));

    const create = (draft?: unknown, client?: string) => createPosting(r.postings.POST, draft, client);

    const put = (id: string, draft: unknown, headers: Record<string, string>) =>
      call(r.posting.PUT, `/api/postings/${id}`, {
        method: 'PUT',
        body: draft,
        headers,
        params: { id },
        client: newClient(),
      });

    // A create whose body is sent as written, with the content type given: what a broken client sends.
    const createRaw = (rawBody: string, contentType: string) =>
      call(r.postings.POST, '/api/postings', {
        method: 'POST',
        rawBody,
        headers: { 'content-type': contentType },
        client: newClient(),
      });

    const createExpiring = (expiresAt: string) =>
      postDraft(r.postings.POST, exampleDraft, newClient(), `?expiresAt=${encodeURIComponent(expiresAt)}`);

    it('201 on create, with Location, unguessable id and token, and links', async () => {
      const res = await postDraft(r.postings.POST);
      expect(res.status).toBe(201);
      expect(res.headers.get('location')).toBe(`/api/postings/${res.body.id}`);
      expect(res.body.version).toBe(1);
      expect(res.body.id).toMatch(/^[A-Za-z0-9_-]{21,}$/);
      expect(res.body.editToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(res.body.viewUrl).toBe(`http://postwright.test/p/${res.body.id}`);
      expect(res.body.editUrl).toBe(`http://postwright.test/build#edit=${res.body.id}.${res.body.editToken}`);
    });

    it('200 on get: the same draft back, with an ETag of the version', async () => {
      const { id } = await create();
      const res = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('"1"');
      expect(res.body.draft).toEqual(exampleDraft);
      expect(res.body).toMatchObject({ id, version: 1 });
      expect(typeof res.body.createdAt).toBe('string');
    });

    it('400 for a body that is not JSON, and for an invalid draft naming each failing field', async () => {
      const notJson = await createRaw('{"job":', 'application/json');
      expect(notJson.status).toBe(400);
      expect(notJson.body.error.code).toBe('invalid_json');
      const bad = {
        ...exampleDraft,
        job: { ...exampleDraft.job, title: '' },
        compensation: { currency: 'USD', min: 9, max: 1, period: 'YEAR' },
      };
      const invalid = await call(r.postings.POST, '/api/postings', { method: 'POST', body: bad, client: newClient() });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.code).toBe('invalid_draft');
      const paths = invalid.body.error.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['job.title', 'compensation.max']));
      const unknownSkill = await call(r.render.POST, '/api/render?format=markdown', {
        method: 'POST',
        body: { ...exampleDraft, skills: [{ id: 'cobol', level: 'required' }] },
      });
      expect(unknownSkill.status).toBe(400);
      expect(unknownSkill.body.error.issues[0].path).toBe('skills.0.id');
    });

    it('401 without the edit token, 403 with a wrong one; nothing changes', async () => {
      const { id } = await create();
      const none = await put(id, minimalDraft, { 'if-match': '"1"' });
      expect(none.status).toBe(401);
      const wrong = await put(id, minimalDraft, { 'if-match': '"1"', authorization: 'Bearer not-the-token' });
      expect(wrong.status).toBe(403);
      const del = await call(r.posting.DELETE, `/api/postings/${id}`, {
        method: 'DELETE',
        params: { id },
        headers: { authorization: 'Bearer nope' },
        client: newClient(),
      });
      expect(del.status).toBe(403);
      const after = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(after.body.version).toBe(1);
      expect(after.body.draft).toEqual(exampleDraft);
    });

    it('404 for an unknown posting, format, role or template', async () => {
      const unknownId = 'AAAAAAAAAAAAAAAAAAAAAA';
      expect((await call(r.posting.GET, `/api/postings/${unknownId}`, { params: { id: unknownId } })).status).toBe(404);
      expect((await call(r.posting.GET, '/api/postings/x', { params: { id: 'x' } })).status).toBe(404);
      const { id } = await create();
      expect((await call(r.exportRoute.GET, `/api/postings/${id}/export?format=odt`, { params: { id } })).status).toBe(
        404,
      );
      expect((await call(r.render.POST, '/api/render?format=odt', { method: 'POST', body: exampleDraft })).status).toBe(
        404,
      );
      expect(
        (await call(r.render.POST, '/api/render?format=html&template=nope', { method: 'POST', body: exampleDraft }))
          .status,
      ).toBe(404);
      expect((await call(r.catalog.GET, '/api/catalog/chef', { params: { roleId: 'chef' } })).status).toBe(404);
      const preview = await call(r.preview.GET, `/p/${unknownId}`, { params: { id: unknownId } });
      expect(preview.status).toBe(404);
      expect(preview.body).toContain('find this posting');
    });

    it('410 for everything under a revoked id; 204 on revoke', async () => {
      const { id, editToken } = await create();
      const auth = { authorization: `Bearer ${editToken}` };
      const del = await call(r.posting.DELETE, `/api/postings/${id}`, {
        method: 'DELETE',
        params: { id },
        headers: auth,
        client: newClient(),
      });
      expect(del.status).toBe(204);
      expect((await call(r.posting.GET, `/api/postings/${id}`, { params: { id } })).status).toBe(410);
      expect((await put(id, exampleDraft, { ...auth, 'if-match': '"1"' })).status).toBe(410);
      expect((await call(r.exportRoute.GET, `/api/postings/${id}/export?format=pdf`, { params: { id } })).status).toBe(
        410,
      );
      expect((await call(r.versions.GET, `/api/postings/${id}/versions`, { params: { id } })).status).toBe(410);
      const preview = await call(r.preview.GET, `/p/${id}`, { params: { id } });
      expect(preview.status).toBe(410);
      expect(preview.body).toContain('no longer shared');
    });

    it('410 after a chosen expiry; 400 for an expiry in the past', async () => {
      const past = await createExpiring('2001-01-01');
      expect(past.status).toBe(400);
      expect(past.body.error.issues[0].path).toBe('expiresAt');
      const soon = new Date(Date.now() + 1500).toISOString();
      const res = await createExpiring(soon);
      expect(res.status).toBe(201);
      const { id } = res.body;
      expect((await call(r.posting.GET, `/api/postings/${id}`, { params: { id } })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect((await call(r.posting.GET, `/api/postings/${id}`, { params: { id } })).status).toBe(410);
      const preview = await call(r.preview.GET, `/p/${id}`, { params: { id } });
      expect(preview.status).toBe(410);
      expect(preview.body).toContain('expired');
    });

    it('412 for a stale If-Match (nothing changes), 428 without If-Match, 200 and a new version otherwise', async () => {
      const { id, editToken } = await create();
      const auth = { authorization: `Bearer ${editToken}` };
      expect((await put(id, minimalDraft, auth)).status).toBe(428);
      const ok = await put(id, minimalDraft, { ...auth, 'if-match': '"1"' });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ version: 2 });
      expect(ok.headers.get('etag')).toBe('"2"');
      const stale = await put(id, exampleDraft, { ...auth, 'if-match': '"1"' });
      expect(stale.status).toBe(412);
      const now = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(now.body.version).toBe(2);
      expect(now.body.draft).toEqual(minimalDraft);
      const history = await call(r.versions.GET, `/api/postings/${id}/versions`, { params: { id } });
      expect(history.body.versions.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
      const first = await call(r.version.GET, `/api/postings/${id}/versions/1`, { params: { id, version: '1' } });
      expect(first.body.draft).toEqual(exampleDraft);
    });

    it('concurrent PUTs with the same If-Match: exactly one wins, the others get 412, nothing is lost', async () => {
      const { id, editToken } = await create();
      const drafts = Array.from({ length: 8 }, (_, i) => ({
        ...exampleDraft,
        job: { ...exampleDraft.job, title: `Writer ${i}` },
      }));
      const results = await Promise.all(
        drafts.map((draft) => put(id, draft, { authorization: `Bearer ${editToken}`, 'if-match': '"1"' })),
      );
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
      const winner = drafts[results.findIndex((res) => res.status === 200)]!;
      const now = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(now.body.version).toBe(2);
      expect(now.body.draft).toEqual(winner);
      const original = await call(r.version.GET, `/api/postings/${id}/versions/1`, { params: { id, version: '1' } });
      expect(original.body.draft).toEqual(exampleDraft);
    });

    it('413 for a body over 256 KiB, 415 for a body that is not JSON', async () => {
      const huge = { ...exampleDraft, job: { ...exampleDraft.job, summary: 'x'.repeat(300 * 1024) } };
      const tooBig = await call(r.postings.POST, '/api/postings', { method: 'POST', body: huge, client: newClient() });
      expect(tooBig.status).toBe(413);
      const form = await createRaw('title=x', 'application/x-www-form-urlencoded');
      expect(form.status).toBe(415);
      expect(form.body.error.code).toBe('unsupported_media_type');
    });

    it('429 with Retry-After once a client has used its creates; other clients are unaffected', async () => {
      const client = newClient();
      const limit = Number(process.env.POSTWRIGHT_RATE_LIMIT_CREATE);
      for (let i = 0; i < limit; i++) {
        const res = await call(r.postings.POST, '/api/postings', { method: 'POST', body: minimalDraft, client });
        expect(res.status).toBe(201);
      }
      const limited = await call(r.postings.POST, '/api/postings', { method: 'POST', body: minimalDraft, client });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body.error.code).toBe('rate_limited');
      const other = await call(r.postings.POST, '/api/postings', {
        method: 'POST',
        body: minimalDraft,
        client: newClient(),
      });
      expect(other.status).toBe(201);
    });

    it('export answers like render, for the stored latest version, with a download name', async () => {
      const { id } = await create();
      const md = await call(r.exportRoute.GET, `/api/postings/${id}/export?format=markdown&download=1`, {
        params: { id },
      });
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).toContain('text/markdown');
      expect(md.headers.get('content-disposition')).toContain('senior-back-end-developer-acme-analytics.md');
      const rendered = await call(r.render.POST, '/api/render?format=markdown', { method: 'POST', body: exampleDraft });
      expect(md.body).toBe(rendered.body);
      const pdf = await call(r.exportRoute.GET, `/api/postings/${id}/export?format=pdf`, { params: { id } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const jsonld = await call(r.exportRoute.GET, `/api/postings/${id}/export?format=jsonld`, { params: { id } });
      expect(jsonld.headers.get('content-type')).toContain('application/ld+json');
      expect(jsonld.body['@type']).toBe('JobPosting');
    });

    it('the preview page: the posting, every export, JSON-LD, Open Graph, noindex and no-referrer', async () => {
      const { id } = await create();
      const page = await call(r.preview.GET, `/p/${id}`, { params: { id } });
      expect(page.status).toBe(200);
      expect(page.headers.get('x-robots-tag')).toBe('noindex');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.body).toContain('<h1');
      expect(page.body).toContain('Senior Back End Developer');
      expect(page.body).toContain('<meta property="og:title" content="Senior Back End Developer at Acme Analytics"');
      expect(page.body).toContain('<script type="application/ld+json"');
      for (const format of ['pdf', 'docx', 'markdown', 'text', 'html', 'jsonld']) {
        expect(page.body).toContain(`/api/postings/${id}/export?format=${format}`);
      }
      expect(page.body).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    });

    it('405 JSON with Allow for a method a path does not take; OPTIONS lists the methods', async () => {
      const put = await call(r.postings.PUT, '/api/postings', { method: 'PUT', body: exampleDraft });
      expect(put.status).toBe(405);
      expect(put.headers.get('allow')).toBe('POST, OPTIONS');
      expect(put.body.error.code).toBe('method_not_allowed');
      const { id } = await create();
      const post = await call(r.posting.POST, `/api/postings/${id}`, { method: 'POST', params: { id } });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, PUT, PATCH, DELETE, HEAD, OPTIONS');
      const options = await call(r.posting.OPTIONS, `/api/postings/${id}`, { method: 'OPTIONS', params: { id } });
      expect(options.status).toBe(204);
      expect(options.headers.get('allow')).toBe('GET, PUT, PATCH, DELETE, HEAD, OPTIONS');
      // What server.mjs hands on for TRACE and other methods Next does not take.
      const trace = await call(r.versions.OPTIONS, `/api/postings/${id}/versions`, {
        method: 'OPTIONS',
        params: { id },
        headers: { 'x-postwright-unsupported-method': 'TRACE' },
      });
      expect(trace.status).toBe(405);
      expect(trace.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(trace.body.error.message).toContain('TRACE');
      const unknown = await call(r.unknownApi.DELETE, '/api/nothing/here', { method: 'DELETE' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('not_found');
    });

    it('expiresAt: a real ISO date or timestamp, else 400 (2099-02-30 is not rolled over to March)', async () => {
      const bad = [
        '2099-02-30',
        '2099-13-01',
        'tomorrow',
        '2099-1-5',
        '4102444800',
        '2099-02-28T25:00:00Z',
        '2099-02-28 10:00',
      ];
      await expectInvalidRequests(bad, createExpiring, (body) => expect(body.error.issues[0].path).toBe('expiresAt'));
      const day = await createExpiring('2096-02-29');
      expect(day.status).toBe(201);
      const got = await call(r.posting.GET, `/api/postings/${day.body.id}`, { params: { id: day.body.id } });
      expect(got.body.expiresAt).toBe('2096-02-29T23:59:59.999Z');
      const stamp = await createExpiring('2099-02-28T10:00:00+02:00');
      expect(stamp.status).toBe(201);
      const again = await call(r.posting.GET, `/api/postings/${stamp.body.id}`, { params: { id: stamp.body.id } });
      expect(again.body.expiresAt).toBe('2099-02-28T08:00:00.000Z');
    });

    it('If-Match is compared strongly: W/"1" gets 412 and changes nothing; a malformed one 400; * 428', async () => {
      const { id, editToken } = await create();
      const auth = { authorization: `Bearer ${editToken}` };
      const weak = await put(id, minimalDraft, { ...auth, 'if-match': 'W/"1"' });
      expect(weak.status).toBe(412);
      expect(weak.body.error.code).toBe('precondition_failed');
      expect(weak.headers.get('etag')).toBe('"1"');
      expect((await put(id, minimalDraft, { ...auth, 'if-match': '1' })).status).toBe(400);
      expect((await put(id, minimalDraft, { ...auth, 'if-match': '"1", "2"' })).status).toBe(400);
      expect((await put(id, minimalDraft, { ...auth, 'if-match': '*' })).status).toBe(428);
      const after = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(after.body.version).toBe(1);
      expect(after.body.draft).toEqual(exampleDraft);
    });

    it('401 (not 403) for an Authorization header that carries no bearer token', async () => {
      const { id } = await create();
      for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Token abc', 'Bearer "quoted"']) {
        const res = await put(id, minimalDraft, { 'if-match': '"1"', authorization });
        expect(res.status, authorization).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        const del = await call(r.posting.DELETE, `/api/postings/${id}`, {
          method: 'DELETE',
          params: { id },
          headers: { authorization },
          client: newClient(),
        });
        expect(del.status, authorization).toBe(401);
        const get = await call(r.posting.GET, `/api/postings/${id}`, { params: { id }, headers: { authorization } });
        expect(get.status, authorization).toBe(401);
      }
    });

    it('get with the edit token also returns the edit link; a wrong token is refused', async () => {
      const { id, editToken, viewUrl, editUrl } = await create();
      const open = await call(r.posting.GET, `/api/postings/${id}`, { params: { id } });
      expect(open.body.viewUrl).toBe(viewUrl);
      expect(open.body.editUrl).toBeUndefined();
      const owner = await call(r.posting.GET, `/api/postings/${id}`, {
        params: { id },
        headers: { authorization: `Bearer ${editToken}` },
      });
      expect(owner.body).toMatchObject({ viewUrl, editUrl });
      const wrong = await call(r.posting.GET, `/api/postings/${id}`, {
        params: { id },
        headers: { authorization: 'Bearer not-the-token' },
      });
      expect(wrong.status).toBe(403);
    });

    it('links are built on the origin the request was addressed to (as server.mjs decided it)', async () => {
      const res = await call(r.postings.POST, '/api/postings', {
        method: 'POST',
        body: exampleDraft,
        client: newClient(),
        headers: { 'x-forwarded-host': 'jobs.example.org:8443', 'x-forwarded-proto': 'https' },
      });
      expect(res.body.viewUrl).toBe(`https://jobs.example.org:8443/p/${res.body.id}`);
      expect(res.body.editUrl).toBe(`https://jobs.example.org:8443/build#edit=${res.body.id}.${res.body.editToken}`);
    });

    it('checks and catalog answer for a draft and a role', async () => {
      const draft = { ...exampleDraft, job: { ...exampleDraft.job, summary: 'We want a rockstar who ships.' } };
      const res = await call(r.checks.POST, '/api/checks', { method: 'POST', body: draft });
      expect(res.status).toBe(200);
      const finding = res.body.findings.find((f: { excerpt?: string }) =>
        f.excerpt?.toLowerCase().includes('rockstar'),
      );
      expect(finding).toMatchObject({
        id: 'exclusionary:term:rockstar',
        severity: expect.stringMatching(/warning|error/),
        field: 'job.summary',
      });
      expect(res.body.score.total).toBeGreaterThan(0);
      expect(res.body.score.parts).toHaveLength(4);
      const dismissed = await call(r.checks.POST, '/api/checks', {
        method: 'POST',
        body: { ...draft, dismissed: [{ finding: 'exclusionary:term:rockstar', reason: 'Our band is hiring.' }] },
      });
      const kept = dismissed.body.findings.find((f: { id: string }) => f.id === 'exclusionary:term:rockstar');
      expect(kept).toMatchObject({ dismissed: true, reason: 'Our band is hiring.' });
      // Issue 19: a dismissed finding is sent by id, message and reason, without its details and places again.
      expect(Object.keys(kept).sort()).toEqual(['check', 'dismissed', 'id', 'message', 'reason', 'severity', 'step']);
      expect(dismissed.body.score.total).toBeGreaterThan(res.body.score.total);
      const catalog = await call(r.catalog.GET, '/api/catalog/back-end-developer', {
        params: { roleId: 'back-end-developer' },
      });
      expect(catalog.body.skills).toHaveLength(28);
    });
  });
}

export async function importRoutes(): Promise<Routes> {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    exportRoute: await import('../../app/api/postings/[id]/export/route'),
    versions: await import('../../app/api/postings/[id]/versions/route'),
    version: await import('../../app/api/postings/[id]/versions/[version]/route'),
    render: await import('../../app/api/render/route'),
    checks: await import('../../app/api/checks/route'),
    catalog: await import('../../app/api/catalog/[roleId]/route'),
    preview: await import('./share-page-route'),
    unknownApi: await import('../../app/api/[...path]/route'),
  };
}
