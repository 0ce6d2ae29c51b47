import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { renderHtml } from '../../lib/server/render/html';
import { publicDraft } from '../../lib/server/publishing/public-draft';
import { createPosting, expectInvalidRequests } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import { beforeAllRoutes } from '../support/suite-routes';

export type CandidateRoutes = {
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  publish: typeof import('../../app/api/postings/[id]/publish/route');
  reviewLinks: typeof import('../../app/api/postings/[id]/review-links/route');
  reviews: typeof import('../../app/api/postings/[id]/reviews/route');
  jobs: typeof import('../../app/api/jobs/route');
  job: typeof import('../../app/api/jobs/[id]/route');
  db: typeof import('../../lib/server/db');
};

export async function importCandidateRoutes(): Promise<CandidateRoutes> {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
    reviewLinks: await import('../../app/api/postings/[id]/review-links/route'),
    reviews: await import('../../app/api/postings/[id]/reviews/route'),
    jobs: await import('../../app/api/jobs/route'),
    job: await import('../../app/api/jobs/[id]/route'),
    db: await import('../../lib/server/db'),
  };
}

/** The read bucket the suites run with (POSTWRIGHT_RATE_LIMIT_READ), small enough to reach in a test. */
export const TEST_READ_LIMIT = 40;

type Draft = typeof exampleDraft;
const titled = (title: string, change: (d: Draft) => Draft = (d) => d): Draft =>
  change({ ...exampleDraft, job: { ...exampleDraft.job, title } });

/** The public jobs API through its route handlers, on whichever store the environment selects. */
export function defineJobsApiSuite(label: string, load: () => Promise<CandidateRoutes>) {
  describe(`public jobs API (${label})`, () => {
    let r: CandidateRoutes;
    beforeAllRoutes(load, (routes) => (r = routes));

    async function published(draft: Draft) {
      const created = await createPosting(r.postings.POST, draft);
      const res = await call(r.publish.POST, `/api/postings/${created.id}/publish`, {
        method: 'POST',
        params: { id: created.id },
        headers: { authorization: `Bearer ${created.editToken}` },
        client: newClient(),
      });
      expect(res.status).toBe(200);
      return created;
    }
    const unpublish = (id: string, token: string) =>
      call(r.publish.DELETE, `/api/postings/${id}/publish`, {
        method: 'DELETE',
        params: { id },
        headers: { authorization: `Bearer ${token}` },
        client: newClient(),
      });
    const list = (query = '', headers: Record<string, string> = {}, client = newClient()) =>
      call(r.jobs.GET, `/api/jobs${query}`, { headers, client });
    const one = (id: string, headers: Record<string, string> = {}) =>
      call(r.job.GET, `/api/jobs/${id}`, { params: { id }, headers, client: newClient() });
    /** A conditional GET, the bodiless answer as it is. */
    const revalidate = (path: string, etag: string, id?: string) =>
      (id ? r.job.GET : r.jobs.GET)(
        new Request(`http://postwright.test${path}`, {
          headers: { 'if-none-match': etag, 'x-forwarded-for': newClient() },
        }),
        { params: Promise.resolve(id ? { id } : {}) },
      );
    /** Every live job, across pages. */
    async function allIds(): Promise<string[]> {
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const res = await list(`?per_page=500&page=${page}`);
        expect(res.status).toBe(200);
        ids.push(...res.body.jobs.map((j: { id: string }) => j.id));
        if (res.body.jobs.length < 500) return ids;
      }
    }

    it("answers Greenhouse's job-board fields for each live job, pay in cents", async () => {
      const { id } = await published(titled('Jobs API shape'));
      const res = await list('?per_page=500');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const job = res.body.jobs.find((j: { id: string }) => j.id === id);
      expect(Object.keys(job).sort()).toEqual(
        ['absolute_url', 'departments', 'id', 'language', 'location', 'pay_input_ranges', 'title', 'updated_at'].sort(),
      );
      expect(job).toMatchObject({
        title: 'Jobs API shape',
        absolute_url: `http://postwright.test/jobs/${id}`,
        language: 'en',
        location: { name: 'Austin, TX, United States' },
        departments: [{ name: 'Platform' }],
        pay_input_ranges: [
          { min_cents: 14_000_000, max_cents: 17_000_000, currency_type: 'USD', title: 'per year', period: 'YEAR' },
        ],
      });
      expect(Date.parse(job.updated_at)).not.toBeNaN();
      expect(res.body.meta).toMatchObject({ page: 1, per_page: 500 });
      expect(res.body.meta.total).toBeGreaterThanOrEqual(1);

      const bare = await published(
        titled('No pay, no department', (d) => ({
          ...d,
          compensation: undefined,
          job: { ...d.job, department: undefined },
        })),
      );
      const bareJob = (await list('?per_page=500')).body.jobs.find((j: { id: string }) => j.id === bare.id);
      expect(bareJob.departments).toEqual([]);
      expect(bareJob).not.toHaveProperty('pay_input_ranges');
    });

    it('lists only published, unexpired postings: unpublished, revoked and expired ones leave', async () => {
      const never = await createPosting(r.postings.POST, titled('Never published'));
      const down = await published(titled('Taken down'));
      const revoked = await published(titled('Revoked'));
      const expired = await published(titled('Link expired'));
      const live = await published(titled('Still live'));
      expect(await allIds()).toEqual(expect.arrayContaining([down.id, revoked.id, expired.id, live.id]));

      expect((await unpublish(down.id, down.editToken)).status).toBe(204);
      const gone = await call(r.posting.DELETE, `/api/postings/${revoked.id}`, {
        method: 'DELETE',
        params: { id: revoked.id },
        headers: { authorization: `Bearer ${revoked.editToken}` },
        client: newClient(),
      });
      expect(gone.status).toBe(204);
      const db = await r.db.getDb();
      await db
        .updateTable('postings')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', expired.id)
        .execute();

      const ids = await allIds();
      expect(ids).toContain(live.id);
      for (const id of [never.id, down.id, revoked.id, expired.id]) expect(ids).not.toContain(id);
      expect((await list()).body.meta.total).toBe(ids.length);

      expect((await one(never.id)).status).toBe(404);
      for (const id of [down.id, revoked.id, expired.id]) {
        expect(await one(id)).toMatchObject({ status: 410, body: { error: { code: 'gone' } } });
      }
      expect((await one('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    });

    it('adds content (the sanitized HTML the job page shows) with ?content=true, and always for one job', async () => {
      const hostile = titled('Content <script>alert(1)</script>', (d) => ({
        ...d,
        job: { ...d.job, summary: 'We <img src=x onerror=alert(1)> build **APIs**.' },
      }));
      const { id } = await published(hostile);
      const expected = renderHtml(publicDraft(hostile));
      const without = (await list('?per_page=500')).body.jobs.find((j: { id: string }) => j.id === id);
      expect(without).not.toHaveProperty('content');
      const withContent = await list('?content=true');
      const job = withContent.body.jobs.find((j: { id: string }) => j.id === id);
      expect(job.content).toBe(expected);
      expect(job.content).not.toMatch(/<script|<img/); // the markup is text, escaped
      expect(withContent.body.meta.per_page).toBe(50);

      const single = await one(id);
      expect(single.status).toBe(200);
      expect(single.body).toMatchObject({ id, title: 'Content <script>alert(1)</script>', content: expected });
    });

    it('lets any origin read it (CORS) and answers the preflight', async () => {
      const { id } = await published(titled('Read from a careers page'));
      for (const res of [await list('', { origin: 'https://careers.example' }), await one(id)]) {
        expect(res.status).toBe(200);
        expect(res.headers.get('access-control-allow-origin')).toBe('*');
        expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
      }
      // Errors too, so a widget can read why.
      expect((await list('?page=0')).headers.get('access-control-allow-origin')).toBe('*');

      const preflight = await r.jobs.OPTIONS(
        new Request('http://postwright.test/api/jobs', {
          method: 'OPTIONS',
          headers: {
            origin: 'https://careers.example',
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'if-none-match',
          },
        }),
        { params: Promise.resolve({}) },
      );
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('If-None-Match');

      const write = await call(r.jobs.POST, '/api/jobs', { method: 'POST', body: {} });
      expect(write.status).toBe(405);
      expect(write.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    });

    it('answers 304 to If-None-Match while nothing changed, and anew once the live set did', async () => {
      await published(titled('Before the ETag'));
      const first = await list();
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const again = await revalidate('/api/jobs', etag);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      // Another page or the content is another body, with its own ETag.
      expect((await list('?content=true', { 'if-none-match': etag })).status).toBe(200);

      const { id } = await published(titled('Changes the list'));
      expect((await revalidate('/api/jobs', etag)).status).toBe(200);
      const changed = await list('', { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(changed.body.jobs[0].id).toBe(id); // newest first

      const single = await one(id);
      expect((await revalidate(`/api/jobs/${id}`, single.headers.get('etag')!, id)).status).toBe(304);
    });

    it('pages through every live job within a documented bound, refusing a bad page or size', async () => {
      for (const n of [1, 2, 3]) await published(titled(`Paged ${n}`));
      const total = (await list()).body.meta.total as number;
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(total / 2); page++) {
        const res = await list(`?per_page=2&page=${page}`);
        expect(res.body.meta).toEqual({ total, page, per_page: 2 });
        expect(res.body.jobs.length).toBe(Math.min(2, total - (page - 1) * 2));
        seen.push(...res.body.jobs.map((j: { id: string }) => j.id));
      }
      expect(new Set(seen).size).toBe(total);
      expect((await list(`?per_page=2&page=${Math.ceil(total / 2) + 1}`)).body.jobs).toEqual([]);
      expect((await list()).body.meta.per_page).toBe(100);

      const bad = ['?per_page=501', '?per_page=0', '?page=0', '?page=x', '?content=yes', '?content=true&per_page=51'];
      await expectInvalidRequests(bad, list);
    });

    it(`limits reads per client (${TEST_READ_LIMIT} a window): then 429 with Retry-After`, async () => {
      const client = newClient();
      for (let i = 0; i < TEST_READ_LIMIT; i++) expect((await list('', {}, client)).status).toBe(200);
      const limited = await list('', {}, client);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.headers.get('access-control-allow-origin')).toBe('*');
      expect((await list('', {}, newClient())).status).toBe(200);
    });
  });
}
