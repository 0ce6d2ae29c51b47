import { RouterContext } from 'next/dist/shared/lib/router-context.shared-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportReview } from '@/components/import/import-review';
import { siteUiText } from '@/components/server/site-ui-text';
import { SiteTextProvider } from '@/components/site-text/site-text';
import type { ImportResult } from '@/lib/shared/import/import-contract';
import ImportPage, { getServerSideProps as importProps } from '@/pages/import';
import MyPostingsPage, { getServerSideProps as postingsProps } from '@/pages/postings';
import NotFoundPage from '@/pages/404';
import UnknownPage, { getServerSideProps as unknownProps } from '@/pages/[...unknown]';
import { expectToContainAll } from '@/test/support/contains-all';
import { pageRoute } from '@/test/support/page-route';

// Issue 23: My postings, Import and the site-wide 404 speak the employer's UI language, as the builder does:
// the `pw_locale` cookie first, then Accept-Language, `?lang=` to switch; `<html lang>` follows (the pages'
// `htmlLang` prop, which pages/_document.tsx reads).

const postings = pageRoute(MyPostingsPage, postingsProps);
const importPage = pageRoute(ImportPage, importProps);

async function page(route: typeof postings, url: string, headers: Record<string, string>) {
  const response = await route(new Request(`http://postwright.test${url}`, { headers }), {
    params: Promise.resolve({}),
  });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

async function htmlLang(
  gssp: typeof postingsProps | typeof unknownProps,
  url: string,
  headers: Record<string, string>,
) {
  const result = await gssp({ req: { url, headers }, res: { setHeader: () => undefined }, query: {} } as never);
  if (!('props' in result)) throw new Error('expected props');
  return (await result.props).htmlLang;
}

describe('My postings in the UI language', () => {
  it('is German for a German browser, words and <html lang>', async () => {
    const { html, headers } = await page(postings, '/postings', { 'accept-language': 'de-DE,de;q=0.9' });
    expectToContainAll(html, [
      '<title>Meine Anzeigen · Postwright</title>',
      '<h1 class="text-2xl font-bold sm:text-3xl">Meine Anzeigen</h1>',
      'Ihre Bearbeitungslinks sind nur hier gespeichert',
      'Sprache der Seite',
      'Wird geladen …',
      '<div lang="de" class="contents">',
    ]);
    expect(html).not.toContain('My postings');
    expect(headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(await htmlLang(postingsProps, '/postings', { 'accept-language': 'de-DE' })).toBe('de');
  });

  it('is French when the switch said so, whatever the browser prefers', async () => {
    const french = { cookie: 'pw_locale=fr', 'accept-language': 'de-DE,de;q=0.9' };
    const { html } = await page(postings, '/postings', french);
    expectToContainAll(html, [
      '<title>Mes offres · Postwright</title>',
      'Les offres partagées depuis ce navigateur.',
      'Langue de la page',
    ]);
    expect(html).not.toContain('Meine Anzeigen');
    expect(await htmlLang(postingsProps, '/postings', french)).toBe('fr');
  });

  it('switches with ?lang=: a 303 back to the page, the choice in the cookie', async () => {
    const { status, headers } = await page(postings, '/postings?lang=nl', {});
    expect(status).toBe(303);
    expect(headers.get('location')).toBe('/postings');
    expect(headers.get('set-cookie')).toContain('pw_locale=nl');
  });

  it('sends only its own words, not Import’s', async () => {
    const { html } = await page(postings, '/postings', { 'accept-language': 'de' });
    expect(html).not.toContain('Anzeige einfügen');
  });
});

describe('Import in the UI language', () => {
  it('is German for a German browser', async () => {
    const { html } = await page(importPage, '/import', { 'accept-language': 'de-DE,de;q=0.9' });
    expectToContainAll(html, [
      '<title>Mit einer vorhandenen Anzeige beginnen · Postwright</title>',
      'Schritt 1 von 2',
      '>Anzeige einfügen</label>',
      'Eingefügte Anzeige einlesen',
      'Legen Sie sie hier ab oder wählen Sie sie aus: .docx, .pdf, .md, .txt, .html, bis 5 MB.',
    ]);
    expect(html).not.toContain('Paste the posting');
    expect(await htmlLang(importProps, '/import', { 'accept-language': 'de' })).toBe('de');
  });

  it('is French from the cookie', async () => {
    const { html } = await page(importPage, '/import', { cookie: 'pw_locale=fr' });
    expectToContainAll(html, [
      '<title>Partir d’une offre existante · Postwright</title>',
      'Étape 1 sur 2',
      '>Collez l’offre</label>',
      'Ou apportez un fichier',
    ]);
  });

  const result: ImportResult = {
    draft: {
      job: { title: 'Backend Engineer' },
      responsibilities: ['Design the location service.'],
      qualifications: ['3+ years leading an engineering team.'],
    },
    missing: ['apply', 'company.name'],
    placed: [
      { field: 'job.title', from: '## Backend Engineer' },
      { field: 'responsibilities.0', from: '- Design the location service' },
      { field: 'qualifications.0', from: '+ 3+ years leading an engineering team.' },
    ],
    unplaced: ['A crack shot with a Nerf gun.'],
    warnings: ['The file had no headings.'],
  };
  const review = (locale: 'de' | 'fr') =>
    renderToStaticMarkup(
      // The review screen takes Next's router (to open the builder); rendering alone never calls it.
      <RouterContext.Provider value={{} as never}>
        <SiteTextProvider text={siteUiText(locale, ['import', 'line', 'field'])}>
          <ImportReview result={result} source={{ file: 'stelle.docx' }} onStartAgain={() => undefined} />
        </SiteTextProvider>
      </RouterContext.Provider>,
    );

  it.each([
    {
      locale: 'de',
      parts: [
        'Aus stelle.docx: 3 von 4 Zeilen stehen in der Anzeige.',
        'Noch auszufüllen (3)',
        '<li>Bewerbungslink oder E-Mail</li><li>Name des Unternehmens</li><li>Land</li>',
        'In: Aufgaben, Eintrag 1',
        '<optgroup label="Verschieben nach">',
        'Anforderungen (als neuer Eintrag)',
        'Nicht zugeordnet (1)',
        'Im Editor öffnen',
      ],
    },
    {
      locale: 'fr',
      parts: [
        'De stelle.docx : 3 lignes sur 4 sont dans l’offre.',
        'Encore à remplir (3)',
        'Dans : Intitulé du poste',
        'Va dans',
        'Écarter',
      ],
    },
  ] as const)('reviews the lines in $locale: field names, tags, choices and reasons', ({ locale, parts }) => {
    expectToContainAll(review(locale), parts);
  });

  it('keeps the importer’s notes in English, marked so: they are the API’s', () => {
    expect(review('de')).toContain(
      '<ul lang="en" class="mt-2 list-disc pl-5 text-sm text-slate-700"><li>The file had no headings.</li>',
    );
  });
});

describe('the site-wide 404', () => {
  const unknown = pageRoute(UnknownPage, unknownProps);

  it('says it in the browser’s language, with <html lang> to match and no script allowed', async () => {
    const french = await page(unknown, '/no/such/page', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(french.status).toBe(404);
    expect(french.html).toContain('<title>Page introuvable · Postwright</title>');
    expect(french.html).toContain('<h1 class="text-2xl font-bold">Page introuvable</h1>');
    expect(french.html).toContain('Aller à la page d’accueil');
    expect(french.headers.get('vary')).toBe('Accept-Language, Cookie');
    expect(french.headers.get('content-security-policy')).toContain(`default-src 'none'`);
    expect(await htmlLang(unknownProps, '/no/such/page', { 'accept-language': 'fr-FR' })).toBe('fr');

    const german = await page(unknown, '/no/such/page', { 'accept-language': 'en;q=0.5', cookie: 'pw_locale=de' });
    expect(german.html).toContain('Seite nicht gefunden');
    expect(await htmlLang(unknownProps, '/x', { cookie: 'pw_locale=de' })).toBe('de');
  });

  it('is English, prerendered, where Next renders the 404 itself', () => {
    expect(renderToStaticMarkup(<NotFoundPage />)).toContain('<h1 class="text-2xl font-bold">Page not found</h1>');
  });
});
