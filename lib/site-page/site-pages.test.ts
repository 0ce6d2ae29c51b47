import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_ID, getRoleCatalog } from '../catalog';
import { expectStylesheetAllowedByCsp } from '../html/__fixtures__/stylesheet-hash';
import { htmlTagCounts } from '../render/__fixtures__/structure';
import { parseCatalogQuery, renderCatalogPage } from './catalog-page';
import { sitePageCsp } from './document';
import { renderHomePage } from './home-page';

const catalog = getRoleCatalog(DEFAULT_ROLE_ID)!;
const page = (search: string) => renderCatalogPage(catalog, parseCatalogQuery(new URLSearchParams(search), catalog));
const cards = (html: string) =>
  [...html.matchAll(/<article class="skill" aria-labelledby="skill-([a-z0-9-]+)"/g)].map((m) => m[1]);

describe('site pages (home and catalog)', () => {
  it('run no script, and their policy allows exactly their one stylesheet', () => {
    for (const html of [renderHomePage(catalog), page('')]) {
      expect(html).not.toMatch(/<script|\son[a-z]+=|style="/i);
      expectStylesheetAllowedByCsp(html, sitePageCsp);
    }
    expect(sitePageCsp).toMatch(/^default-src 'none'; /);
    expect(sitePageCsp).toContain(`form-action 'self'`);
  });

  it('list all 28 skills with definition, typical ask and share, most common first', () => {
    const html = page('');
    const ids = cards(html);
    expect(ids).toHaveLength(28);
    const shares = ids.map((id) => catalog.skills.find((s) => s.id === id)!.postingShare);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const first = catalog.skills.find((s) => s.id === ids[0])!;
    expect(html).toContain(
      `<p class="definition">${first.definition.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</p>`,
    );
    expect(html).toContain(`Found in <strong>${first.postingShare}%</strong> of postings`);
    // The bar's width comes from a rule of the page's own stylesheet.
    expect(html).toContain(`<span class="share-${Math.round(first.postingShare * 10)}"></span>`);
    expect(html).toContain(`.share-${Math.round(first.postingShare * 10)}{width:${first.postingShare}%}`);
    expect(html).toMatch(/Typical ask: <strong>\d+–\d+ years<\/strong>/);
  });

  it('search by alias, filter by category and sort by name, from the URL', () => {
    const js = page('q=JS');
    expect(cards(js)).toContain('javascript');
    expect(js).toMatch(/Matched “JS”/i);
    expect(cards(page('q=Postgres'))).toContain('postgresql');
    const category = catalog.categories[0]!;
    const inCategory = cards(page(`category=${category.id}&sort=name`));
    const expected = catalog.skills
      .filter((s) => s.category === category.id)
      .map((s) => s.name)
      .sort((a, b) => a.localeCompare(b));
    expect(inCategory.map((id) => catalog.skills.find((s) => s.id === id)!.name)).toEqual(expected);
    expect(page(`category=${category.id}`)).toContain(`<option value="${category.id}" selected>`);
  });

  it('ignore unknown filters and keep a hostile query as text', () => {
    expect(parseCatalogQuery(new URLSearchParams('category=nope&sort=evil'), catalog)).toEqual({
      query: '',
      category: '',
      sort: 'share',
    });
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = page(`q=${encodeURIComponent(hostile)}`);
    // Same elements and attributes as an ordinary search that finds nothing: the query added none.
    expect(htmlTagCounts(html)).toEqual(htmlTagCounts(page('q=zzzz')));
    expect(html).toContain('No skill matches.');
  });
});
