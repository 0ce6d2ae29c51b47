import type { Draft } from '../draft/draft-schema';
import { buildJobPostingJsonLd, renderHtml, serializeJsonLdForHtml } from '../render';
import { htmlDocument } from '../html/document';
import { escapeHtml } from '../html/escape-html';
import { sharePageStyles } from './share-page-styles';

export interface SharedPosting {
  id: string;
  version: number;
  draft: Draft;
  createdAt: string;
  updatedAt: string;
}

interface PageInput {
  posting: SharedPosting;
  viewUrl: string;
}

const downloads = [
  { format: 'pdf', query: 'format=pdf&download=1', label: 'PDF (A4)' },
  { format: 'pdf', query: 'format=pdf&pageSize=LETTER&download=1', label: 'PDF (US Letter)' },
  { format: 'markdown', query: 'format=markdown&download=1', label: 'Markdown (.md)' },
  { format: 'text', query: 'format=text&download=1', label: 'Plain text (.txt)' },
  { format: 'html', query: 'format=html&download=1', label: 'HTML fragment' },
  { format: 'jsonld', query: 'format=jsonld&download=1', label: 'Structured data (JSON-LD)' },
] as const;

function describe(draft: Draft): string {
  const where =
    draft.job.workplace === 'remote'
      ? 'Remote'
      : [draft.job.location?.city, draft.job.location?.region, draft.job.location?.country].filter(Boolean).join(', ');
  const pitch = draft.job.summary?.replace(/\s+/g, ' ').trim();
  const base = `${draft.company.name} is hiring: ${draft.job.title}${where ? ` (${where})` : ''}.`;
  const text = pitch ? `${base} ${pitch}` : base;
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function page(title: string, head: string, body: string): string {
  const privacy = `<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">\n`;
  return htmlDocument({ title, head: privacy + head, stylesheet: sharePageStyles, body });
}

/** The read-only preview a hiring manager opens: the posting, every download, and JSON-LD for search engines. */
export function renderSharePage({ posting, viewUrl }: PageInput): string {
  const { draft } = posting;
  const title = `${draft.job.title} at ${draft.company.name}`;
  const description = describe(draft);
  const exportBase = `/api/postings/${encodeURIComponent(posting.id)}/export?`;
  const jsonLd = buildJobPostingJsonLd(draft, { datePosted: posting.createdAt.slice(0, 10), url: viewUrl });
  const head = [
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Postwright">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(viewUrl)}">`,
    `<meta name="twitter:card" content="summary">`,
    `<script type="application/ld+json">${serializeJsonLdForHtml(jsonLd)}</script>`,
  ].join('\n');
  const links = downloads
    .map((d) => `<li><a href="${escapeHtml(exportBase + d.query)}" download>${escapeHtml(d.label)}</a></li>`)
    .join('');
  const body = `<header class="bar"><div class="bar-inner"><a class="brand" href="/">Postwright</a><span>Read-only preview</span></div></header>
<div class="layout"><main class="paper"><article class="posting" aria-label="${escapeHtml(title)}">${renderHtml(draft)}</article></main>
<aside aria-labelledby="downloads-title"><h2 id="downloads-title">Download</h2><ul class="downloads">${links}</ul>
<p class="meta">Last updated <time datetime="${escapeHtml(posting.updatedAt)}">${formatDate(posting.updatedAt)}</time> · version ${posting.version}</p>
<p class="meta">This page prints cleanly: use your browser's Print command.</p></aside></div>`;
  return page(title, head, body);
}

/** Friendly pages for a link that never existed (404) or was revoked or has expired (410). */
export function renderShareNoticePage(kind: 'not_found' | 'revoked' | 'expired'): string {
  const text = {
    not_found: [
      'We can’t find this posting',
      'The link may be mistyped or incomplete. Ask the person who shared it for a new one.',
    ],
    revoked: [
      'This posting is no longer shared',
      'Its owner turned the share link off. Ask them for a new link if you still need it.',
    ],
    expired: [
      'This share link has expired',
      'Links can be set to stop working after a date. Ask the owner for a fresh link.',
    ],
  }[kind];
  const body = `<header class="bar"><div class="bar-inner"><a class="brand" href="/">Postwright</a></div></header>
<main class="notice"><h1>${text[0]}</h1><p>${text[1]}</p><p><a href="/">Go to Postwright</a></p></main>`;
  return page(`${text[0]} · Postwright`, '', body);
}
