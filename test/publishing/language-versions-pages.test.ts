import { describe, expect, it } from 'vitest';
import type { Draft } from '../../lib/shared/draft/draft-schema';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { createPosting } from '../support/create-posting';
import { call, newClient } from '../support/route-client';
import { onAppWithSqlite, publishCall, servedPage } from '../support/public-pages';

// Spec "Languages": published language versions link each other on /jobs/{id} and in the sitemap, each is its
// own feed entry, and the pages that show one posting are in its language. On SQLite, through the routes.

const load = async () => {
  const jobModule = await import('../../pages/jobs/[id]');
  return {
    postings: await import('../../app/api/postings/route'),
    translations: await import('../../app/api/postings/[id]/translations/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
    sitemap: await import('../../app/sitemap.xml/route'),
    indeed: await import('../../app/feeds/indeed.xml/route'),
    linkedin: await import('../../app/feeds/linkedin.xml/route'),
    jobPage: await servedPage(jobModule, '/jobs/[id]'),
    sharePage: await servedPage(await import('../../pages/p/[id]'), '/p/[id]'),
    jobGssp: jobModule.getServerSideProps,
  };
};
let routes: Awaited<ReturnType<typeof load>>;
onAppWithSqlite('hreflang', load, (loaded) => (routes = loaded), { POSTWRIGHT_RATE_LIMIT_CREATE: '1000' });

const german: Draft = {
  ...exampleDraft,
  language: 'de',
  job: { ...exampleDraft.job, title: 'Backend-Entwickler (m/w/d)' },
  apply: { url: 'https://acme.example/jobs/42', closingDate: '2099-06-30' },
};
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const publish = (id: string, token: string, method: 'POST' | 'DELETE' = 'POST') =>
  publishCall(routes.publish, id, token, method);

async function group() {
  const de = await createPosting(routes.postings.POST, german);
  const res = await call(routes.translations.POST, `/api/postings/${de.id}/translations`, {
    method: 'POST',
    body: { language: 'en' },
    params: { id: de.id },
    headers: auth(de.editToken),
    client: newClient(),
  });
  expect(res.status).toBe(201);
  const en = res.body as { id: string; editToken: string };
  return { de, en };
}

const alternatesOf = (html: string) =>
  [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
const jobPage = async (id: string) => (await call(routes.jobPage, `/jobs/${id}`, { params: { id } })).body as string;
const url = (id: string) => `http://postwright.test/jobs/${id}`;

describe('published language versions', () => {
  it('link each other on /jobs/{id} with hreflang and x-default (the first posting), self included', async () => {
    const { de, en } = await group();
    // Only the German one is up: nothing to link yet.
    expect((await publish(de.id, de.editToken)).status).toBe(200);
    expect(alternatesOf(await jobPage(de.id))).toEqual([]);

    expect((await publish(en.id, en.editToken)).status).toBe(200);
    const expected = [
      ['de', url(de.id)],
      ['en', url(en.id)],
      ['x-default', url(de.id)],
    ];
    expect(alternatesOf(await jobPage(de.id))).toEqual(expected);
    expect(alternatesOf(await jobPage(en.id))).toEqual(expected);

    // Once the English one is down, the German page (kept under a key that names its alternates) drops them.
    expect((await publish(en.id, en.editToken, 'DELETE')).status).toBe(204);
    expect(alternatesOf(await jobPage(de.id))).toEqual([]);
  });

  it('are each their own sitemap entry with the same alternates, and their own entry in both feeds', async () => {
    const { de, en } = await group();
    await publish(de.id, de.editToken);
    await publish(en.id, en.editToken);
    const request = (file: string) =>
      new Request(`http://postwright.test/${file}`, { headers: { 'x-forwarded-for': newClient() } });
    const sitemap = await (await routes.sitemap.GET(request('sitemap.xml'))).text();
    for (const id of [de.id, en.id]) {
      const entry = sitemap.match(new RegExp(`<url><loc>${url(id)}</loc>.*?</url>`))?.[0] ?? '';
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${url(de.id)}"/>`);
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${url(en.id)}"/>`);
      expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${url(de.id)}"/>`);
    }
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const indeed = await (await routes.indeed.GET(request('feeds/indeed.xml'))).text();
    const linkedin = await (await routes.linkedin.GET(request('feeds/linkedin.xml'))).text();
    for (const id of [de.id, en.id]) {
      expect(indeed).toContain(`<referencenumber><![CDATA[${id}]]></referencenumber>`);
      expect(linkedin).toContain(`<partnerJobId><![CDATA[${id}]]></partnerJobId>`);
    }
  });

  it('are pages in the posting’s language: htmlLang for <html lang>, and the page’s own words too', async () => {
    const { de, en } = await group();
    await publish(de.id, de.editToken);
    const res = { statusCode: 200, setHeader: () => undefined };
    const props = await routes.jobGssp({
      req: { url: `/jobs/${de.id}`, headers: { host: 'postwright.test' } },
      res,
      params: { id: de.id },
      query: {},
      resolvedUrl: `/jobs/${de.id}`,
    } as never);
    expect('props' in props && (props.props as { htmlLang?: string }).htmlLang).toBe('de');
    const html = await jobPage(de.id);
    // The job page's chrome is German too: nothing on it is marked as another language.
    expect(html).not.toContain('lang="en"');
    expect(html).toContain('Jetzt bewerben');
    expect(html).toContain('Alle offenen Stellen');
    const share = (await call(routes.sharePage, `/p/${en.id}`, { params: { id: en.id } })).body as string;
    // English under <html lang="en">: no wrapper needed.
    expect(share).not.toContain('<div lang="en" class="contents">');
    // A German share page: its own words German, inside the builder's (English) header and footer.
    const germanShare = (await call(routes.sharePage, `/p/${de.id}`, { params: { id: de.id } })).body as string;
    expect(germanShare).toContain('<body><div lang="en" class="contents">');
    expect(germanShare).toMatch(/<div lang="de" class="mx-auto grid[^"]*">/);
    expect(germanShare).toContain('Herunterladen');
  });
});
