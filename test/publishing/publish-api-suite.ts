import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { PRE_ENCODED_REQUEST_HEADER, PRE_ENCODED_RESPONSE_HEADER } from '../../lib/server/http/pre-encoded';
import { createPosting } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import { validateJobPostingJsonLd } from '../../lib/server/render/json-ld-validate';
import { valuesMissingFrom } from './json-ld-visible-values';
import { pageRoute } from '../support/page-route';
import { beforeAllRoutes } from '../support/suite-routes';

export type PublishRoutes = {
  postings: typeof import('../../app/api/postings/route');
  posting: typeof import('../../app/api/postings/[id]/route');
  publish: typeof import('../../app/api/postings/[id]/publish/route');
  reviewLinks: typeof import('../../app/api/postings/[id]/review-links/route');
  indeed: typeof import('../../app/feeds/indeed.xml/route');
  linkedin: typeof import('../../app/feeds/linkedin.xml/route');
  sitemap: typeof import('../../app/sitemap.xml/route');
  robots: typeof import('../../app/robots.txt/route');
  jobPage: ReturnType<typeof pageRoute>;
  jobsPage: ReturnType<typeof pageRoute>;
};

export async function importPublishRoutes(): Promise<PublishRoutes> {
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
    reviewLinks: await import('../../app/api/postings/[id]/review-links/route'),
    indeed: await import('../../app/feeds/indeed.xml/route'),
    linkedin: await import('../../app/feeds/linkedin.xml/route'),
    sitemap: await import('../../app/sitemap.xml/route'),
    robots: await import('../../app/robots.txt/route'),
    jobPage: await import('../../pages/jobs/[id]').then((m) => pageRoute(m.default, m.getServerSideProps as never)),
    jobsPage: await import('../../pages/jobs/index').then((m) => pageRoute(m.default, m.getServerSideProps as never)),
  };
}

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (_name, path) => ['source.job', 'urlset.url'].includes(String(path)),
});

/** Publishing through the route handlers, on whichever store the environment selects. */
export function definePublishApiSuite(label: string, load: () => Promise<PublishRoutes>) {
  describe(`publishing API (${label})`, () => {
    let r: PublishRoutes;
    beforeAllRoutes(load, (routes) => (r = routes));

    const create = (title: string) =>
      createPosting(r.postings.POST, { ...exampleDraft, job: { ...exampleDraft.job, title } });
    const publish = (id: string, token?: string, method = 'POST') =>
      call(r.publish[method as 'POST' | 'DELETE'], `/api/postings/${id}/publish`, {
        method,
        params: { id },
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
        client: newClient(),
      });

    async function everywhere(id: string) {
      const indeed = await call(r.indeed.GET, '/feeds/indeed.xml');
      const linkedin = await call(r.linkedin.GET, '/feeds/linkedin.xml');
      const sitemap = await call(r.sitemap.GET, '/sitemap.xml');
      for (const doc of [indeed, linkedin, sitemap]) {
        expect(doc.status).toBe(200);
        expect(doc.headers.get('content-type')).toBe('application/xml; charset=utf-8');
        expect(XMLValidator.validate(doc.body as string)).toBe(true);
      }
      const indeedIds = (parser.parse(indeed.body).source.job ?? []).map(
        (j: { referencenumber: string }) => j.referencenumber,
      );
      const linkedinIds = (parser.parse(linkedin.body).source.job ?? []).map(
        (j: { partnerJobId: string }) => j.partnerJobId,
      );
      const sitemapUrls = parser.parse(sitemap.body).urlset.url.map((u: { loc: string }) => u.loc);
      const jobs = await call(r.jobsPage, '/jobs');
      expect(jobs.status).toBe(200);
      return {
        jobsPage: (jobs.body as string).includes(`href="/jobs/${id}"`),
        indeed: indeedIds.includes(id),
        linkedin: linkedinIds.includes(id),
        sitemap: sitemapUrls.includes(`http://postwright.test/jobs/${id}`),
      };
    }

    it('publishes with the edit token and answers the public URL; unpublishing takes it out of every feed', async () => {
      const { id, editToken } = await create('Published through the API');
      expect(await everywhere(id)).toEqual({ jobsPage: false, indeed: false, linkedin: false, sitemap: false });

      const published = await publish(id, editToken);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ publicUrl: `http://postwright.test/jobs/${id}`, version: 1 });
      expect(await everywhere(id)).toEqual({ jobsPage: true, indeed: true, linkedin: true, sitemap: true });

      const down = await publish(id, editToken, 'DELETE');
      expect(down.status).toBe(204);
      expect(await everywhere(id)).toEqual({ jobsPage: false, indeed: false, linkedin: false, sitemap: false });
    });

    const jobPage = (id: string) => call(r.jobPage, `/jobs/${id}`, { params: { id } });

    it('serves the job page: indexable, canonical, Open Graph, JSON-LD whose every value is visible', async () => {
      const { id, editToken } = await create('Page through the route');
      expect((await jobPage(id)).status).toBe(404); // not published yet
      await publish(id, editToken);
      const page = await jobPage(id);
      expect(page.status).toBe(200);
      const html = page.body as string;
      expect(page.headers.get('x-robots-tag')).toBeNull();
      expect(html).not.toMatch(/noindex/);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(html).toContain(`<link rel="canonical" href="http://postwright.test/jobs/${id}"/>`);
      expect(html).toContain(`<meta property="og:url" content="http://postwright.test/jobs/${id}"/>`);
      expect(html).toContain('<meta property="og:title" content="Page through the route at Acme Analytics"/>');
      const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
      const jsonLd = JSON.parse(script);
      expect(validateJobPostingJsonLd(jsonLd)).toEqual([]);
      expect(jsonLd).toMatchObject({ url: `http://postwright.test/jobs/${id}`, validThrough: '2026-12-31T23:59:59' });
      // Visible text: the body without its head, scripts and tags.
      const body = html.slice(html.indexOf('<body>')).replace(/<script[\s\S]*?<\/script>/g, '');
      const text = body
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'")
        .replace(/&quot;/g, '"');
      expect(valuesMissingFrom(text, jsonLd)).toEqual([]);
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);

      await publish(id, editToken, 'DELETE');
      const gone = await jobPage(id);
      expect(gone.status).toBe(410);
      expect(gone.body).toContain('This job is no longer open');
      expect(gone.body).not.toContain('application/ld+json');
    });

    it('drops a revoked posting from every feed at once', async () => {
      const { id, editToken } = await create('Revoked after publishing');
      await publish(id, editToken);
      expect(await everywhere(id)).toEqual({ jobsPage: true, indeed: true, linkedin: true, sitemap: true });
      const revoked = await call(r.posting.DELETE, `/api/postings/${id}`, {
        method: 'DELETE',
        params: { id },
        headers: { authorization: `Bearer ${editToken}` },
        client: newClient(),
      });
      expect(revoked.status).toBe(204);
      expect(await everywhere(id)).toEqual({ jobsPage: false, indeed: false, linkedin: false, sitemap: false });
      expect((await publish(id, editToken)).status).toBe(410);
      expect((await jobPage(id)).status).toBe(410);
    });

    describe('the publication in the owner view (GET /api/postings/{id} with the edit token)', () => {
      const read = (id: string, token?: string) =>
        call(r.posting.GET, `/api/postings/${id}`, {
          params: { id },
          headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
        });
      const save = (id: string, token: string, version: number, title: string) =>
        call(r.posting.PUT, `/api/postings/${id}`, {
          method: 'PUT',
          params: { id },
          body: { ...exampleDraft, job: { ...exampleDraft.job, title } },
          headers: { authorization: `Bearer ${token}`, 'if-match': `"${version}"` },
          client: newClient(),
        });

      it('null until published; then the public version, kept while newer versions are saved; null once down', async () => {
        const { id, editToken } = await create('Owner view v1');
        const publicUrl = `http://postwright.test/jobs/${id}`;
        expect(await read(id, editToken)).toMatchObject({ status: 200, body: { version: 1, publication: null } });

        const first = await publish(id, editToken);
        expect((await read(id, editToken)).body).toMatchObject({
          version: 1,
          publication: { publicUrl, version: 1, publishedAt: first.body.publishedAt },
        });

        // A saved version is not public until published: the page and the owner view both still say v1.
        expect((await save(id, editToken, 1, 'Owner view v2')).body).toEqual({ version: 2 });
        const edited = await read(id, editToken);
        expect(edited.body).toMatchObject({
          version: 2,
          publication: { publicUrl, version: 1, publishedAt: first.body.publishedAt },
        });
        expect(edited.body.version).toBeGreaterThan(edited.body.publication.version);
        expect(edited.headers.get('etag')).toBe('"2"');
        const page = await jobPage(id);
        expect(page.body).toContain('Owner view v1');
        expect(page.body).not.toContain('Owner view v2');

        const again = await publish(id, editToken);
        expect((await read(id, editToken)).body).toMatchObject({
          version: 2,
          publication: { publicUrl, version: 2, publishedAt: again.body.publishedAt },
        });

        expect((await publish(id, editToken, 'DELETE')).status).toBe(204);
        expect((await read(id, editToken)).body).toMatchObject({ version: 2, publication: null });
      });

      it('tells a viewer nothing more than before: no token, no publication (nor edit link); other tokens, 403', async () => {
        const { id, editToken } = await create('Owner view, seen by others');
        await publish(id, editToken);
        const viewer = await read(id);
        expect(viewer.status).toBe(200);
        expect(Object.keys(viewer.body).sort()).toEqual([
          'createdAt',
          'draft',
          'expiresAt',
          'id',
          // Spec "Languages": every reader of a posting sees its other language versions.
          'translations',
          'updatedAt',
          'version',
          'viewUrl',
        ]);

        // A review token grants comments and verdicts, not the owner view; nor does a wrong token.
        const link = await call(r.reviewLinks.POST, `/api/postings/${id}/review-links`, {
          method: 'POST',
          params: { id },
          headers: { authorization: `Bearer ${editToken}` },
          client: newClient(),
        });
        expect(link.status).toBe(201);
        for (const token of [link.body.reviewToken as string, 'x'.repeat(43)]) {
          const denied = await read(id, token);
          expect(denied.status).toBe(403);
          expect(Object.keys(denied.body)).toEqual(['error']);
        }
      });
    });

    it('answers the spec errors: 401 without a token, 403 with a wrong one, 404 for no posting', async () => {
      const { id } = await create('Guarded');
      expect(await publish(id)).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
      expect(await publish(id, 'wrong')).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      expect(await publish(id, 'wrong', 'DELETE')).toMatchObject({ status: 403 });
      expect(await publish('AAAAAAAAAAAAAAAAAAAAAA', 'x')).toMatchObject({
        status: 404,
        body: { error: { code: 'not_found' } },
      });
    });

    it('refuses a posting whose closing date has passed, naming the field', async () => {
      const draft = { ...exampleDraft, apply: { ...exampleDraft.apply, closingDate: '2020-01-01' } };
      const created = await createPosting(r.postings.POST, draft);
      const res = await publish(created.id, created.editToken);
      expect(res).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_request', issues: [{ path: 'apply.closingDate' }] } },
      });
    });

    it('serves a feed again as 304 while nothing changed, and anew once something did', async () => {
      const first = await call(r.indeed.GET, '/feeds/indeed.xml');
      const etag = first.headers.get('etag')!;
      expect(first.headers.get('cache-control')).toBe('public, no-cache');
      const again = await call(r.indeed.GET, '/feeds/indeed.xml', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const { id, editToken } = await create('Changes the feed');
      await publish(id, editToken);
      const changed = await call(r.indeed.GET, '/feeds/indeed.xml', { headers: { 'if-none-match': etag } });
      expect(changed.status).toBe(200);
      expect(changed.body).toContain(id);
    });

    it('hands server.mjs each feed compressed once, in the coding the client prefers', async () => {
      const { id, editToken } = await create('Compressed once');
      expect((await publish(id, editToken)).status).toBe(200);
      for (const route of [r.indeed, r.linkedin, r.sitemap]) {
        const plain = await call(route.GET, '/feeds/x.xml', { headers: { [PRE_ENCODED_REQUEST_HEADER]: '1' } });
        expect(plain.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBeNull();
        for (const [coding, decode] of [
          ['gzip', gunzipSync],
          ['br', brotliDecompressSync],
        ] as const) {
          const request = new Request('http://postwright.test/feeds/x.xml', {
            headers: { 'accept-encoding': coding, [PRE_ENCODED_REQUEST_HEADER]: '1' },
          });
          const res = await route.GET(request);
          expect(res.headers.get(PRE_ENCODED_RESPONSE_HEADER)).toBe(coding);
          expect(res.headers.get('vary')).toBe('Accept-Encoding');
          expect(res.headers.get('etag')).toBe(`${plain.headers.get('etag')!.slice(0, -1)}-${coding}"`);
          expect(decode(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(plain.body);
        }
      }
    });

    it('serves robots.txt pointing to the sitemap, keeping /p/ out', async () => {
      const robots = await call(async (request: Request) => r.robots.GET(request), '/robots.txt');
      expect(robots.status).toBe(200);
      expect(robots.body).toContain('Disallow: /p/');
      expect(robots.body).toContain('Sitemap: http://postwright.test/sitemap.xml');
    });
  });
}
