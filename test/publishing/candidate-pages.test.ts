import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { validateDraft } from '../../lib/shared/draft/validate-draft';
import { HOSTILE, hostileDraft } from '../../lib/server/publishing/__fixtures__/hostile-job';
import { jobCardSvg, jobCardText } from '../../lib/server/publishing/job-card';
import { createPosting } from '../support/create-posting';
import { call } from '../support/route-client';
import { onAppWithSqlite, publishCall, servedPage } from '../support/public-pages';

// The candidate's side of issue 22: what someone who lands on /jobs/{id} from a search sees, on SQLite.

const LOGO = 'https://acme.example/logo.png';
const withCompany = (company: Partial<typeof exampleDraft.company>, title = exampleDraft.job.title) => ({
  ...exampleDraft,
  job: { ...exampleDraft.job, title },
  company: { ...exampleDraft.company, ...company },
});

const load = async () => ({
  postings: await import('../../app/api/postings/route'),
  publish: await import('../../app/api/postings/[id]/publish/route'),
  card: await import('../../app/jobs/[id]/card.png/route'),
  accent: await import('../../app/jobs/[id]/accent.css/route'),
  jobPage: await servedPage(await import('../../pages/jobs/[id]'), '/jobs/[id]'),
  jobsPage: await servedPage(await import('../../pages/jobs/index'), '/jobs'),
});
let routes: Awaited<ReturnType<typeof load>>;
onAppWithSqlite('candidate', load, (loaded) => (routes = loaded));

async function published(draft: unknown) {
  const { id, editToken } = await createPosting(routes.postings.POST, draft);
  expect((await publishCall(routes.publish, id, editToken)).status).toBe(200);
  return { id, unpublish: () => publishCall(routes.publish, id, editToken, 'DELETE') };
}

const page = async (id: string) => {
  const res = await call(routes.jobPage, `/jobs/${id}`, { params: { id } });
  return { ...res, html: res.body as string };
};

const asset = (handler: (request: Request, context: never) => Promise<Response>, id: string, file: string) =>
  handler(new Request(`http://postwright.test/jobs/${id}/${file}`), {
    params: Promise.resolve({ id }),
  } as never);

describe('the job page a candidate lands on', () => {
  it('wears the employer’s chrome: no builder navigation, the company’s logo, name and accent', async () => {
    const { id } = await published(withCompany({ logoUrl: LOGO, accentColor: '#0B3D2E' }));
    const { html, headers } = await page(id);
    for (const builderLink of [
      'href="/build"',
      'href="/skills"',
      'href="/postings"',
      'Build a posting',
      'Skill catalog',
    ])
      expect(html).not.toContain(builderLink);
    expect(html).toContain(`<img src="${LOGO}" alt="" width="48" height="48" referrerPolicy="no-referrer"`);
    expect(html).toMatch(/<p class="text-lg font-bold[^"]*">Acme Analytics<\/p>/);
    expect(html).toContain(`<link rel="stylesheet" href="/jobs/${id}/accent.css?v=1"/>`);
    // The logo is allowed by the page's policy; still no inline style and no script.
    expect(headers.get('content-security-policy')).toContain("img-src 'self' data: https:");
    expect(headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);

    const css = await asset(routes.accent.GET, id, 'accent.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe(':root{--employer-accent:#0b3d2e;--employer-on-accent:#ffffff}\n');
  });

  it('puts Apply before the details and again after them, and shares the job without script', async () => {
    const { id } = await published(withCompany({}, 'Apply twice'));
    const { html } = await page(id);
    // The Apply buttons (the posting's own "How to apply" text links there too, inside the body).
    const buttons = [...html.matchAll(/<a href="([^"]*)" class="employer-button[^"]*">([^<]*)<\/a>/g)].map((m) => ({
      at: m.index,
      href: m[1],
      label: m[2],
    }));
    const bodyStart = html.search(/<div lang="en" class="posting">/);
    expect(bodyStart).toBeGreaterThan(0);
    expect(buttons.map(({ href, label }) => ({ href, label }))).toEqual([
      { href: exampleDraft.apply.url!.replace(/&/g, '&amp;'), label: 'Apply now' },
      { href: exampleDraft.apply.url!.replace(/&/g, '&amp;'), label: 'Apply for this job' },
    ]);
    expect(buttons[0]!.at).toBeLessThan(bodyStart);
    expect(buttons[1]!.at).toBeGreaterThan(html.indexOf('id="apply-end-title"'));
    const url = encodeURIComponent(`http://postwright.test/jobs/${id}`);
    expect(html).toContain('Share this job');
    expect(html).toContain(`href="https://www.linkedin.com/sharing/share-offsite/?url=${url}"`);
    expect(html).toContain(`href="mailto:?subject=Apply%20twice%20at%20Acme%20Analytics&amp;body=${url}"`);
    expect(html).toContain(`<meta property="og:image" content="http://postwright.test/jobs/${id}/card.png?v=1"/>`);
    expect(html.match(/property="og:image"/g)).toHaveLength(1); // the job's card replaces the default one
  });

  it('applies by email when the posting gives only an address', async () => {
    const { id } = await published({ ...exampleDraft, apply: { email: 'jobs@acme.example' } });
    const { html } = await page(id);
    expect(html.match(/<a href="mailto:jobs@acme.example" class="employer-button/g)).toHaveLength(2);
  });

  it('marks the posting with the language it is written in', async () => {
    const { id } = await published({ ...exampleDraft, language: 'de' });
    const { html } = await page(id);
    expect(html).toMatch(/<div lang="de" class="posting/);
    const english = await page((await published(exampleDraft)).id);
    expect(english.html).toMatch(/<div lang="en" class="posting/);
  });

  it('keeps the theme when the accent is one no text can be read on', async () => {
    const { id } = await published(withCompany({ accentColor: '#6d7a8c' }));
    const { html } = await page(id);
    expect(html).not.toContain('accent.css');
    expect((await asset(routes.accent.GET, id, 'accent.css')).status).toBe(404);
  });

  it('lists jobs with their employers’ logos and no builder navigation', async () => {
    const { id } = await published(withCompany({ logoUrl: LOGO }, 'Listed with a logo'));
    const res = await call(routes.jobsPage, '/jobs');
    const html = res.body as string;
    expect(html).toContain(`href="/jobs/${id}"`);
    expect(html).toContain(`<img src="${LOGO}"`);
    expect(html).not.toContain('Build a posting');
  });
});

describe('the job’s Open Graph card', () => {
  it('is a 1200×630 PNG for a live job and 410 once it is taken down', async () => {
    const { id, unpublish } = await published(withCompany({}, 'Card of a live job'));
    const res = await asset(routes.card.GET, id, 'card.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(200_000);
    const etag = res.headers.get('etag')!;
    const again = await routes.card.GET(
      new Request(`http://postwright.test/jobs/${id}/card.png`, { headers: { 'if-none-match': etag } }),
      { params: Promise.resolve({ id }) },
    );
    expect(again.status).toBe(304);

    await unpublish();
    expect((await asset(routes.card.GET, id, 'card.png')).status).toBe(410);
    expect((await asset(routes.card.GET, 'no-such-job', 'card.png')).status).toBe(404);
  });

  it('keeps hostile text as text: the SVG is well-formed and carries no markup of the draft', () => {
    const svg = jobCardSvg(jobCardText(hostileDraft));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<![CDATA[');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(HOSTILE).toContain('<script>');
  });

  it('draws hostile text into a card (sharp parses the escaped SVG)', async () => {
    const { id } = await published(hostileDraft);
    const res = await asset(routes.card.GET, id, 'card.png');
    expect(res.status).toBe(200);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(1200);
  });
});

describe('company profile fields', () => {
  const issues = (company: object) => {
    const result = validateDraft(withCompany(company));
    return result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('takes an https logo and a #rrggbb accent', () => {
    expect(issues({ logoUrl: LOGO, accentColor: '#0b3d2e' })).toEqual([]);
  });

  it.each([
    [{ logoUrl: 'http://acme.example/logo.png' }, 'company.logoUrl'],
    [{ logoUrl: 'javascript:alert(1)' }, 'company.logoUrl'],
    [{ accentColor: 'red' }, 'company.accentColor'],
    [{ accentColor: '#fff' }, 'company.accentColor'],
    [{ accentColor: '#0b3d2e;}body{x:y' }, 'company.accentColor'],
  ])('refuses %j', (company, field) => {
    expect(issues(company).join('\n')).toContain(field);
  });
});

describe('the site’s icons', () => {
  const publicFile = (name: string) => readFileSync(path.join(import.meta.dirname, '../../public', name));

  it('exist in public/ at the sizes their links promise', async () => {
    expect(publicFile('favicon.ico').subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(publicFile('icon.svg').toString()).toMatch(/^<svg /);
    expect(await sharp(publicFile('apple-touch-icon.png')).metadata()).toMatchObject({ width: 180, height: 180 });
    expect(await sharp(publicFile('og-image.png')).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  it('are linked from every page’s head', async () => {
    const { html } = await page('no-such-job');
    expect(html).toContain('<link rel="icon" href="/favicon.ico" sizes="48x48"/>');
    expect(html).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"/>');
    expect(html).toContain('<meta property="og:image" content="/og-image.png"/>');
  });
});
