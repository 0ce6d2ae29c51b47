import { escapeHtml } from '../html/escape-html';
import type { RoleCatalog } from '../catalog';
import { renderSiteDocument } from './document';

const features = [
  {
    title: 'Guided, step by step',
    body: 'Role, company, skills, responsibilities, pay and how to apply: one short step at a time, with a live preview.',
  },
  {
    title: 'A skill catalog with real figures',
    body: 'Each of the 28 most-asked Back End Developer skills with a plain definition, the experience employers usually ask and how common it is.',
  },
  {
    title: 'Checks while you write',
    body: 'Inclusive wording, readability, realistic experience asks and pay-transparency laws, flagged as you type.',
  },
  {
    title: 'Export and share',
    body: 'Download Markdown or PDF, copy into your applicant tracking system, or share a read-only preview link.',
  },
];

/** `/`: what Postwright does, in one screen, and the way in. */
export function renderHomePage(catalog: RoleCatalog): string {
  const cards = features
    .map((f) => `<li class="card"><h3>${escapeHtml(f.title)}</h3><p>${escapeHtml(f.body)}</p></li>`)
    .join('');
  const main = `<div class="wrap hero">
<section aria-labelledby="hero-title">
<h1 id="hero-title">Write a Back End Developer job posting that people want to answer.</h1>
<p class="lead">Postwright walks you through a complete posting in a few minutes, suggests skills and responsibilities from data on real postings, checks it as you write, and gives you a finished document to publish.</p>
<p class="actions"><a class="button button-primary" href="/build">Start a new posting</a><a class="button button-secondary" href="/skills">Browse the skill catalog</a></p>
</section>
<section aria-labelledby="features-title"><h2 id="features-title" class="sr-only">What Postwright does</h2>
<ul class="features">${cards}</ul></section></div>`;
  return renderSiteDocument({
    title: 'Postwright: build a Back End Developer job posting',
    description:
      'Build a finished Back End Developer job posting step by step, with a data-backed skill catalog, checks for inclusive wording and pay transparency, and Markdown or PDF export.',
    path: '/',
    main,
    source: catalog.source,
  });
}
