import { describe, expect, it } from 'vitest';
import type { Draft, Language } from '../../lib/shared/draft/draft-schema';
import { jobCardSvg, jobCardText } from '../../lib/server/publishing/job-card';
import { LANGUAGE_DRAFTS } from '../../lib/server/render/__fixtures__/language-drafts';
import { en } from '../../lib/shared/render/messages/en';
import { renderMessages } from '../../lib/shared/render/render-messages';
import { createPosting } from '../support/create-posting';
import { call } from '../support/route-client';
import { onAppWithSqlite, publishCall, servedPage } from '../support/public-pages';

// Issue 23: the public pages around a posting (/jobs/{id}, /jobs, /p/{id}, the 404 / 410 pages and the Open
// Graph card) speak the posting's language, not only its body. On SQLite, through the routes.

const load = async () => {
  const jobModule = await import('../../pages/jobs/[id]');
  const jobsModule = await import('../../pages/jobs/index');
  return {
    postings: await import('../../app/api/postings/route'),
    posting: await import('../../app/api/postings/[id]/route'),
    publish: await import('../../app/api/postings/[id]/publish/route'),
    jobPage: await servedPage(jobModule, '/jobs/[id]'),
    jobsPage: await servedPage(jobsModule, '/jobs'),
    sharePage: await servedPage(await import('../../pages/p/[id]'), '/p/[id]'),
    jobGssp: jobModule.getServerSideProps,
    jobsGssp: jobsModule.getServerSideProps,
  };
};
let routes: Awaited<ReturnType<typeof load>>;
onAppWithSqlite('page-lang', load, (loaded) => (routes = loaded), { POSTWRIGHT_RATE_LIMIT_CREATE: '1000' });

async function published(draft: Draft) {
  const { id, editToken } = await createPosting(routes.postings.POST, draft);
  expect((await publishCall(routes.publish, id, editToken)).status).toBe(200);
  return { id, unpublish: () => publishCall(routes.publish, id, editToken, 'DELETE') };
}

const get = async (handler: typeof routes.jobPage, url: string, params: Record<string, string>, lang?: string) => {
  const res = await call(handler, url, { params, headers: lang ? { 'accept-language': lang } : {} });
  return { status: res.status, headers: res.headers, html: res.body as string };
};

/**
 * The `htmlLang` a page's props give pages/_document.tsx for `<html lang>`. Asked as Next asks for a page's
 * props alone (its data request), which the whole-page cache never answers: the page may be kept already.
 */
async function htmlLangOf(gssp: typeof routes.jobGssp, url: string, params: Record<string, string>, lang?: string) {
  const req = { url, headers: { host: 'postwright.test', ...(lang ? { 'accept-language': lang } : {}) } };
  Object.assign(req, { [Symbol.for('NextInternalRequestMeta')]: { isNextDataReq: true } });
  const result = await gssp({
    req,
    res: { statusCode: 200, setHeader: () => undefined },
    params,
    query: {},
    resolvedUrl: url,
  } as never);
  return 'props' in result ? (result.props as { htmlLang?: string }).htmlLang : undefined;
}

/** Every string of a message table, nested objects included. */
const strings = (table: unknown): string[] =>
  typeof table === 'string' ? [table] : Object.values(table as Record<string, unknown>).flatMap(strings);
const wordsOf = (text: string) => text.replace(/\{\w+\}/g, ' ').match(/\p{L}+/gu) ?? [];

/** The English words the public pages' own chrome can add. */
const ENGLISH_PAGE_WORDS = new Set([en.jobPage, en.jobsList, en.sharePage].flatMap(strings).flatMap(wordsOf));

// Words a language shares with English for real, spelt the same: German and Dutch "in", "Team" and
// "Website"; French "Page", "page", "site", "a", "version" and the "s" of "s’"; Dutch "open", "is", "we",
// "fragment" and "browser"; Spanish "no"; in
// every language our own name and the names of the download formats (PDF, A4, US Letter, Word, HTML…).
const FORMAT_NAMES = ['PDF', 'A', 'US', 'Letter', 'Word', 'docx', 'Markdown', 'md', 'txt', 'HTML', 'JSON', 'LD'];
const SHARED: Record<Exclude<Language, 'en'>, string[]> = {
  de: ['in', 'Team', 'Website', 'Postwright', ...FORMAT_NAMES],
  fr: ['Page', 'page', 'site', 'a', 's', 'version', 'Postwright', ...FORMAT_NAMES],
  es: ['No', 'no', 'Postwright', ...FORMAT_NAMES],
  nl: ['in', 'Team', 'Website', 'open', 'is', 'we', 'We', 'fragment', 'browser', 'Postwright', ...FORMAT_NAMES],
};

/** What a reader sees of a page: its text, title, labels and link-preview words (no URLs, no JSON-LD). */
function visibleWords(html: string): Set<string> {
  const withoutData = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  const attributes = [
    ...withoutData.matchAll(/\s(?:aria-label|alt)="([^"]*)"/g),
    ...withoutData.matchAll(
      /<meta (?:name="description"|property="og:(?:title|description|image:alt)") content="([^"]*)"/g,
    ),
  ].map((m) => m[1]!);
  const text = withoutData.replace(/<[^>]+>/g, ' ');
  return new Set([...attributes, text].map((part) => part.replace(/https?:\/\/[^\s<"]+/g, ' ')).flatMap(wordsOf));
}

/** The English chrome words on a page, leaving out the posting's own words (its body is checked by the goldens). */
function englishLeft(html: string, language: Exclude<Language, 'en'>, draft: Draft, bodyHtml = '') {
  const own = new Set([...wordsOf(JSON.stringify(draft)), ...wordsOf(bodyHtml.replace(/<[^>]+>/g, ' '))]);
  return [...visibleWords(html)].filter(
    (word) => ENGLISH_PAGE_WORDS.has(word) && !SHARED[language].includes(word) && !own.has(word),
  );
}

const postingBody = (html: string) =>
  html.match(/<div class="posting" lang="[a-z]{2}">[\s\S]*?<\/div><section/)?.[0] ?? '';

describe.each(Object.entries(LANGUAGE_DRAFTS) as [Exclude<Language, 'en'>, Draft][])(
  'a posting in %s',
  (language, draft) => {
    const words = renderMessages(language);

    it('has a job page whose every word is in its language, <html lang> included', async () => {
      const { id } = await published(draft);
      const { status, html } = await get(routes.jobPage, `/jobs/${id}`, { id }, 'en-US,en;q=0.9');
      expect(status).toBe(200);
      expect(englishLeft(html, language, draft, postingBody(html))).toEqual([]);
      for (const word of [
        words.jobPage.applyNow,
        words.jobPage.shareThisJob,
        words.jobPage.atAGlance,
        words.jobPage.allOpenJobs,
      ])
        expect(html).toContain(word);
      expect(html).not.toContain('lang="en"');
      expect(await htmlLangOf(routes.jobGssp, `/jobs/${id}`, { id }, 'en')).toBe(language);
    });

    it('the check can fail: an English chrome word on the page is reported', async () => {
      const { id } = await published(draft);
      const { html } = await get(routes.jobPage, `/jobs/${id}`, { id });
      expect(
        englishLeft(html.replace('</main>', '<p>Share this job</p></main>'), language, draft, postingBody(html)),
      ).toEqual(expect.arrayContaining(['Share', 'this']));
    });

    it('has a 410 page in its language once it is taken down, whatever the browser asks for', async () => {
      const { id, unpublish } = await published(draft);
      expect((await unpublish()).status).toBe(204);
      const { status, html } = await get(routes.jobPage, `/jobs/${id}`, { id }, 'en-GB,en;q=0.9');
      expect(status).toBe(410);
      expect(html).toContain(words.jobPage.gone.title);
      expect(html).toContain(words.jobPage.seeOpenJobs);
      expect(englishLeft(html, language, draft)).toEqual([]);
      expect(await htmlLangOf(routes.jobGssp, `/jobs/${id}`, { id }, 'en')).toBe(language);
    });

    it('has a share page and an Open Graph card in its language', async () => {
      const { id } = await createPosting(routes.postings.POST, draft);
      const { html } = await get(routes.sharePage, `/p/${id}`, { id });
      expect(html).toContain(`<div lang="${language}" class="mx-auto grid`);
      for (const word of [words.sharePage.download, words.sharePage.readOnly, words.sharePage.downloads.text])
        expect(html).toContain(word);
      // Outside the posting's part only the builder's header and footer, marked English.
      const own = html.slice(html.indexOf(`<div lang="${language}" class="mx-auto grid`));
      const part = own.slice(0, own.indexOf('</aside>'));
      expect(englishLeft(part, language, draft, postingBody(part))).toEqual([]);
      const card = jobCardText(draft);
      expect(card.footer).toBe(words.jobPage.cardFooter);
      expect(jobCardSvg(card)).toContain(`>${words.jobPage.cardFooter}</text>`);
    });
  },
);

describe('a job page nobody can name the language of', () => {
  it('answers 404 in the browser’s language, varying by it, and English with no header', async () => {
    const id = 'doesnotexist0000000000';
    const french = await get(routes.jobPage, `/jobs/${id}`, { id }, 'fr-FR,fr;q=0.9,en;q=0.5');
    expect(french.status).toBe(404);
    expect(french.html).toContain(renderMessages('fr').jobPage.notFound.title);
    expect(french.headers.get('vary')).toBe('Accept-Language');
    expect(await htmlLangOf(routes.jobGssp, `/jobs/${id}`, { id }, 'fr-FR,fr;q=0.9')).toBe('fr');
    expect(await htmlLangOf(routes.jobGssp, `/jobs/${id}`, { id }, 'ja')).toBe('en');
    const none = await get(routes.jobPage, `/jobs/${id}`, { id });
    expect(none.html).toContain('We can’t find this job');
  });
});

describe('a share link that cannot be shown', () => {
  it('says so in the browser’s language (404; 410 once revoked), varying by it, and in English with no header', async () => {
    const missing = 'doesnotexist0000000000';
    const german = await get(routes.sharePage, `/p/${missing}`, { id: missing }, 'de-DE,de;q=0.9');
    expect(german.status).toBe(404);
    expect(german.headers.get('vary')).toBe('Accept-Language');
    expect(german.html).toContain(renderMessages('de').sharePage.notices.not_found.title);
    expect(german.html).not.toContain(en.sharePage.notices.not_found.title);

    const { id, editToken } = await createPosting(routes.postings.POST, LANGUAGE_DRAFTS.de);
    const revoke = await call(routes.posting.DELETE, `/api/postings/${id}`, {
      method: 'DELETE',
      params: { id },
      headers: { authorization: `Bearer ${editToken}` },
    });
    expect(revoke.status).toBe(204);
    const spanish = await get(routes.sharePage, `/p/${id}`, { id }, 'es-ES,es;q=0.9');
    expect(spanish.status).toBe(410);
    expect(spanish.html).toContain(renderMessages('es').sharePage.notices.revoked.title);
    const none = await get(routes.sharePage, `/p/${id}`, { id });
    expect(none.html).toContain(en.sharePage.notices.revoked.title);
  });
});

describe('the /jobs list', () => {
  it('marks each card with its posting’s language and writes its words in it; the list’s own in the browser’s', async () => {
    const { id } = await published(LANGUAGE_DRAFTS.de);
    const { html, headers } = await get(routes.jobsPage, '/jobs', {}, 'nl-NL,nl;q=0.9');
    expect(headers.get('vary')).toBe('Accept-Language');
    const card = html.match(new RegExp(`<li lang="de"[^>]*>(?:(?!</li>).)*/jobs/${id}(?:(?!</li>).)*</li>`, 's'))?.[0];
    expect(card).toBeDefined();
    expect(card).toContain('Veröffentlicht am');
    expect(card).toContain('Vollzeit');
    expect(html).toContain(renderMessages('nl').jobsList.title);
    expect(await htmlLangOf(routes.jobsGssp as never, '/jobs', {}, 'nl-NL,nl;q=0.9')).toBe('nl');
    expect(await htmlLangOf(routes.jobsGssp as never, '/jobs', {})).toBe('en');
  });
});

describe('the page tables', () => {
  // A string identical to the English one is either a shared technical name or a word left untranslated.
  const SAME_IN_EVERY_LANGUAGE = new Set([
    'PDF (A4)',
    'Word (.docx)',
    'Markdown (.md)',
    'PDF (US Letter)',
    '· version {version}',
    '',
  ]);
  it.each(['de', 'fr', 'es', 'nl'] as const)('%s translates every page word', (language) => {
    const table = renderMessages(language);
    for (const section of ['jobPage', 'jobsList', 'sharePage'] as const) {
      const theirs = strings(table[section]);
      const ours = strings(en[section]);
      expect(theirs).toHaveLength(ours.length);
      const same = ours.filter((text, i) => text === theirs[i] && !SAME_IN_EVERY_LANGUAGE.has(text));
      expect(same).toEqual([]);
    }
  });
});
