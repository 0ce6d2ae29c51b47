import { createLru } from '../cache/lru';
import type { Draft } from '../draft/draft-schema';
import { buildJobPostingJsonLd, renderHtml, serializeJsonLdForHtml } from '../render';

export interface SharedPosting {
  id: string;
  version: number;
  draft: Draft;
  createdAt: string;
  updatedAt: string;
}

/** Everything the read-only share page shows, as plain data (the page's React view draws it). */
export interface ShareView {
  title: string;
  description: string;
  viewUrl: string;
  /** The sanitized posting fragment from the render pipeline (the one HTML string lib/ hands out). */
  postingHtml: string;
  /** JSON-LD for search engines, serialized so that nothing in it can close its `<script>` data block. */
  jsonLd: string;
  downloads: { href: string; label: string }[];
  version: number;
  updatedAt: string;
  updatedLabel: string;
}

const downloads = [
  { query: 'format=pdf&download=1', label: 'PDF (A4)' },
  { query: 'format=pdf&pageSize=LETTER&download=1', label: 'PDF (US Letter)' },
  { query: 'format=markdown&download=1', label: 'Markdown (.md)' },
  { query: 'format=text&download=1', label: 'Plain text (.txt)' },
  { query: 'format=html&download=1', label: 'HTML fragment' },
  { query: 'format=jsonld&download=1', label: 'Structured data (JSON-LD)' },
] as const;

/** One line for link previews and search results, at most 200 characters. */
export function describePosting(draft: Draft): string {
  const where =
    draft.job.workplace === 'remote'
      ? 'Remote'
      : [draft.job.location?.city, draft.job.location?.region, draft.job.location?.country].filter(Boolean).join(', ');
  const pitch = draft.job.summary?.replace(/\s+/g, ' ').trim();
  const base = `${draft.company.name} is hiring: ${draft.job.title}${where ? ` (${where})` : ''}.`;
  const text = pitch ? `${base} ${pitch}` : base;
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
}

const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function buildShareView(posting: SharedPosting, viewUrl: string): ShareView {
  const { draft } = posting;
  const exportBase = `/api/postings/${encodeURIComponent(posting.id)}/export?`;
  return {
    title: `${draft.job.title} at ${draft.company.name}`,
    description: describePosting(draft),
    viewUrl,
    postingHtml: renderHtml(draft),
    jsonLd: serializeJsonLdForHtml(
      buildJobPostingJsonLd(draft, { datePosted: posting.createdAt.slice(0, 10), url: viewUrl }),
    ),
    downloads: downloads.map((d) => ({ href: exportBase + d.query, label: d.label })),
    version: posting.version,
    updatedAt: posting.updatedAt,
    updatedLabel: formatDate(posting.updatedAt),
  };
}

// A version of a posting never changes, so its view is built once and served from memory after that;
// revocation and expiry are still decided per request, from the store, before this is consulted.
const views = createLru<ShareView>(500);

export function cachedShareView(posting: SharedPosting, viewUrl: string): ShareView {
  const key = `${posting.id}\u0000${posting.version}\u0000${posting.updatedAt}\u0000${viewUrl}`;
  return views.getOrSet(key, () => buildShareView(posting, viewUrl));
}
