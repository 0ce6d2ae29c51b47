import { htmlDocument } from '../html/document';
import { escapeHtml } from '../html/escape-html';
import { staticPageCsp } from '../html/static-page-csp';
import type { RoleCatalog } from '../catalog';
import { siteNavigation } from './navigation';
import { sitePageStyles } from './site-page-styles';

// The home page and the skill catalog are content: they need no script, and without the App Router's
// client runtime (138 KB compressed, hydrating the whole page) they load several times faster on a
// phone (Lighthouse mobile performance 76–79 as React pages, 95–98 as these). So they are plain HTML documents,
// built here like the share page, with every piece of text escaped.

export const sitePageCsp = staticPageCsp(sitePageStyles, { forms: true });

export interface SiteDocument {
  title: string;
  description: string;
  /** The path of the page, to mark its link in the navigation. */
  path: string;
  /** Already-escaped HTML for inside <main>. */
  main: string;
  source?: RoleCatalog['source'];
}

export function renderSiteDocument({ title, description, path, main, source }: SiteDocument): string {
  const links = siteNavigation
    .map(
      (link) =>
        `<li><a href="${link.href}"${link.href === path ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`,
    )
    .join('');
  const credit = source
    ? `<p>Skill figures (share of postings, typical years of experience) from <cite>${escapeHtml(source.title)}</cite>, ${escapeHtml(source.publisher)}. Definitions and all other text written by Postwright.</p>`
    : '';
  return htmlDocument({
    title,
    head: `<meta name="description" content="${escapeHtml(description)}">
<meta name="application-name" content="Postwright"><meta name="theme-color" content="#1d5fd6">`,
    stylesheet: sitePageStyles,
    body: `<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/">Postwright</a>
<nav class="site-nav" aria-label="Main"><ul>${links}</ul></nav></div></header>
<main id="main">${main}</main>
<footer class="site-footer"><div class="wrap">${credit}</div></footer>`,
  });
}
