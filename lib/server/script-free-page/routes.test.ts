import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config as proxyConfig } from '../../../proxy';
import { pageMethods } from '../http/http-methods';
import { SCRIPT_FREE_PAGES, SCRIPT_FREE_REQUEST_HEADER, scriptFreeArea, scriptFreeRoute } from './routes';

// Every page that runs no script is declared once: its entry in routes.ts, and scriptFreePage() around its
// data (or getStaticProps, prerendered). These read the pages' files to hold that.

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const pagesDir = path.join(repo, 'pages');

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pageFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** pages/jobs/[id].tsx → /jobs/:id, pages/index.tsx → / */
function routeOf(file: string): string {
  const route = path
    .relative(pagesDir, file)
    .replace(/\.tsx?$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\[([^\]]+)\]/g, ':$1');
  return `/${route}`;
}

const pages = pageFiles(pagesDir).map((file) => ({ file, route: routeOf(file), source: readFileSync(file, 'utf8') }));
// Next's own files and the not-found pages, which have no address of their own.
const NOT_ROUTES = new Set(['/_app', '/_document', '/404', '/:...unknown']);
const tablePaths = Object.values(SCRIPT_FREE_PAGES).map((route) => route.path);

describe('the script-free pages', () => {
  it('are all in the route table, and every route in the table is a page', () => {
    const scriptFree = pages
      .filter(({ route, source }) => !NOT_ROUTES.has(route) && /unstable_runtimeJS:\s*false/.test(source))
      .map(({ route }) => route);
    expect(scriptFree.length).toBeGreaterThan(0);
    expect([...scriptFree].sort()).toEqual([...tablePaths].sort());
  });

  it('are declared through the table and the wrapper, never with headers written by hand', () => {
    for (const [name, route] of Object.entries(SCRIPT_FREE_PAGES)) {
      const page = pages.find((p) => p.route === route.path)!;
      if ('prerendered' in route) expect(page.source, page.file).toMatch(/getStaticProps/);
      else expect(page.source, page.file).toContain(`scriptFreePage<`);
      if (!('prerendered' in route)) expect(page.source, page.file).toContain(`SCRIPT_FREE_PAGES.${name}`);
    }
    const byHand = pages.filter(({ source }) =>
      /scriptFreePageHeaders|setHeaders\(|staticPageHeaders|Content-Security-Policy|unsafe-inline|setHeader\(\s*['"](Cache-Control|X-Robots-Tag)/.test(
        source,
      ),
    );
    expect(byHand.map(({ file }) => path.relative(repo, file))).toEqual([]);
  });

  it('are skipped by the proxy by the mark server.mjs sets, not by a copy of their paths', () => {
    const matcher = proxyConfig.matcher[0]!;
    expect(matcher.missing).toContainEqual({ type: 'header', key: SCRIPT_FREE_REQUEST_HEADER });
    for (const segment of new Set(tablePaths.map((p) => p.split('/')[1]).filter(Boolean))) {
      expect(matcher.source).not.toMatch(new RegExp(`[(|]${segment}[/$|)]`));
    }
  });

  it('are found by path: the page itself, and what lies under it', () => {
    expect(scriptFreeRoute('/')).toBe(SCRIPT_FREE_PAGES.home);
    expect(scriptFreeRoute('/review/abc/tok')).toBe(SCRIPT_FREE_PAGES.review);
    expect(scriptFreeRoute('/review/abc')).toBeUndefined();
    expect(scriptFreeRoute('/jobs/abc/card.png')).toBeUndefined();
    expect(scriptFreeArea('/jobs/abc/card.png')).toBe(SCRIPT_FREE_PAGES.job);
    expect(scriptFreeArea('/review/abc/tok/')).toBe(SCRIPT_FREE_PAGES.review);
    expect(scriptFreeArea('/review//tok')?.privateLink).toBe(true);
    expect(scriptFreeArea('/skills/language/de')).toBe(SCRIPT_FREE_PAGES.catalogLanguage);
    for (const other of ['/build', '/postings', '/import', '/feeds/indeed.xml', '/jobsx', '/p']) {
      expect(scriptFreeArea(other), other).toBeUndefined();
    }
  });

  it('take POST only where their forms post back', () => {
    expect(pageMethods(scriptFreeRoute('/review/abc/tok'))).toContain('POST');
    expect(pageMethods(scriptFreeRoute('/review/abc/tok/more'))).not.toContain('POST');
    expect(pageMethods(scriptFreeRoute('/p/abc'))).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(pageMethods(undefined)).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });
});
