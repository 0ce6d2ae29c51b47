import { createLru, stringBytes } from '../runtime/lru';
import type { Draft, Language } from '../../shared/draft/draft-schema';
import type { StoredPosting } from '../../shared/postings/stored-posting';
import { buildJobPostingJsonLd, EXPORT_CHOICES, renderHtml, serializeJsonLdForHtml } from '../render';
import { formatLongDate } from '../render/intl-format';
import { fillMessage, renderMessages, type RenderMessages } from '../../shared/render/render-messages';

/** What the share page needs of a stored posting (lib/shared/postings/stored-posting.ts holds the shape). */
export type SharedPosting = Pick<StoredPosting, 'id' | 'version' | 'draft' | 'createdAt' | 'updatedAt'>;

/** Everything the read-only share page shows, as plain data (the page's React view draws it). */
export interface ShareView {
  title: string;
  description: string;
  viewUrl: string;
  /** The sanitized posting fragment from the render pipeline (the one HTML string lib/ hands out). */
  postingHtml: string;
  /** The language the posting is written in, and so of the page's own words. */
  postingLanguage: Language;
  words: RenderMessages['sharePage'];
  /** JSON-LD for search engines, serialized so that nothing in it can close its `<script>` data block. */
  jsonLd: string;
  downloads: { href: string; label: string }[];
  version: number;
  updatedAt: string;
  updatedLabel: string;
}

/** One line for link previews and search results, at most 200 characters, in the posting's language. */
export function describePosting(draft: Draft): string {
  const words = renderMessages(draft.language);
  const where =
    draft.job.workplace === 'remote'
      ? words.workplace.remote
      : [draft.job.location?.city, draft.job.location?.region, draft.job.location?.country].filter(Boolean).join(', ');
  const pitch = draft.job.summary?.replace(/\s+/g, ' ').trim();
  const hiring = fillMessage(words.jobPage.isHiring, { company: draft.company.name, title: draft.job.title });
  const base = `${hiring}${where ? ` (${where})` : ''}.`;
  const text = pitch ? `${base} ${pitch}` : base;
  return text.length > 200 ? `${text.slice(0, 197).trimEnd()}…` : text;
}

export function buildShareView(posting: SharedPosting, viewUrl: string): ShareView {
  const { draft } = posting;
  const language = draft.language ?? 'en';
  const words = renderMessages(language);
  const exportBase = `/api/postings/${encodeURIComponent(posting.id)}/export?`;
  return {
    title: fillMessage(words.jobPage.titleAtCompany, { title: draft.job.title, company: draft.company.name }),
    description: describePosting(draft),
    viewUrl,
    postingHtml: renderHtml(draft),
    postingLanguage: language,
    words: words.sharePage,
    jsonLd: serializeJsonLdForHtml(
      buildJobPostingJsonLd(draft, { datePosted: posting.createdAt.slice(0, 10), url: viewUrl }),
    ),
    // Every export format the API offers (lib/server/render/format.ts), so a new format appears here by itself.
    downloads: EXPORT_CHOICES.map((d) => ({ href: exportBase + d.query, label: words.sharePage.downloads[d.id] })),
    version: posting.version,
    updatedAt: posting.updatedAt,
    updatedLabel: formatLongDate(posting.updatedAt.slice(0, 10), language),
  };
}

// A version of a posting never changes, so its view is built once and served from memory after that;
// revocation and expiry are still decided per request, from the store, before this is consulted. Bounded
// by bytes as well as by count: a view is ~13 KB for the example posting and can be a hundred times that for a
// draft near the 256 KiB limit (its HTML and JSON-LD each carry the whole text).
const views = createLru<ShareView>(500, {
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (view) =>
    stringBytes(view.title, view.description, view.viewUrl, view.postingHtml, view.jsonLd, view.updatedLabel) +
    view.downloads.reduce((sum, d) => sum + stringBytes(d.href, d.label), 0),
});

/** Names everything the share page of a posting shows: the version, its time, and the address it is viewed at. */
export function shareViewKey(posting: SharedPosting, viewUrl: string): string {
  return `${posting.id}\u0000${posting.version}\u0000${posting.updatedAt}\u0000${viewUrl}`;
}

export function cachedShareView(posting: SharedPosting, viewUrl: string): ShareView {
  return views.getOrSet(shareViewKey(posting, viewUrl), () => buildShareView(posting, viewUrl));
}
