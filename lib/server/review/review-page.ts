import '#server-only';
import { createLru, stringBytes } from '../runtime/lru';
import { listVersions } from '../postings';
import type { Draft } from '../../shared/draft/draft-schema';
import type { Unavailable } from '../postings/results';
import { appReviewStore, type ReviewStore } from './review-store';
import { REVIEW_PAGE_THREAD_SIZE, REVIEW_PAGE_VERDICTS } from '../../shared/review/comment-limits';
import { postingSections, type PostingSection } from './posting-sections';
import { commentLimitMessage } from './review-api-errors';
import { pagedBackFrom, sectionThreads, type SectionThread, type ThreadQuery } from './review-page-threads';
import {
  approvedVersion,
  AUTHOR_MAX,
  commentInputSchema,
  REVIEW_SECTIONS,
  verdictInputSchema,
  type ReviewSection,
  type ReviewVerdict,
} from '../../shared/review/review-schema';
import { cachedVersionDiff } from './cached-version-diff';
import type { VersionDiff } from './version-diff';

// The reviewer's page, without client script: what it shows (loadReviewPage) and what its two plain forms
// do (submitReviewForm). The route only moves these values between HTTP and React.

export type ReviewFormKind = 'comment' | 'verdict';

export interface ReviewFormState {
  kind: ReviewFormKind;
  /** The section of a comment form; the verdict form has none. */
  section?: ReviewSection;
  values: Record<string, string>;
  errors: Record<string, string>;
  message: string;
}

export interface ReviewPageView {
  id: string;
  version: number;
  /** The language the posting is written in (the page's own words are English). */
  language: string;
  title: string;
  company: string;
  /** Each section with its latest comments (or the page of them asked for) and its counts. */
  sections: (PostingSection & SectionThread)[];
  /** Open comments on the whole posting. */
  openComments: number;
  /** The latest verdicts (REVIEW_PAGE_VERDICTS), oldest first, and how many earlier ones are not shown. */
  verdicts: ReviewVerdict[];
  earlierVerdicts: number;
  approvedVersion: number | null;
  reviewerName: string;
  /** Earlier versions still stored (lib/server/postings/version-retention.ts), newest first, for "show what changed since". */
  olderVersions: number[];
  changes: VersionDiff | null;
  /** Why these changes are shown: the reviewer's last comment or verdict was on an older version, or they asked. */
  changesSince: 'last-comment' | 'asked' | null;
  /** The changes were not worked out: this reviewer has asked for too many new comparisons just now. */
  changesLimited: boolean;
  /** Set after a post: what was just saved, announced at the top. */
  saved: 'comment' | 'approve' | 'changes' | null;
  form: ReviewFormState | null;
}

export type ReviewPageResult =
  { status: 'ok'; view: ReviewPageView; pageKey: string } | Unavailable | { status: 'forbidden' };

/**
 * The name of what a GET of the page shows: the posting, its version, its review revision (every comment,
 * verdict and resolve changes it), the reviewer's remembered name and the two query values the page reads.
 * Two requests with the same key get the same page, so the page may be kept under it.
 */
function pageKey(id: string, version: number, revision: number, reviewerName: string, query: ReviewPageQuery) {
  const paged = pagedBackFrom(query);
  return JSON.stringify([
    id,
    version,
    revision,
    reviewerName,
    single(query.since) ?? '',
    single(query.saved) ?? '',
    paged ? `${paged.section}:${paged.before}` : '',
  ]);
}

export type ReviewPageStateResult = { status: 'ok'; pageKey: string } | Unavailable | { status: 'forbidden' };

// The page's address carries its token: only a review token opens it, so an edit token never lands in a URL
// (history, logs, a shared screenshot). The edit token gets the answer a wrong token gets: forbidden (a
// page never asks for credentials, so a missing or wrong token is forbidden too, never unauthorized).
const isOwner = (access: { status: string; role?: string }) => access.status === 'ok' && access.role === 'owner';

/** What a GET of the page would show, named (pageKey), in one query: for serving the kept page. */
export async function reviewPageState(
  id: string,
  token: string,
  options: { reviewerName?: string; query?: ReviewPageQuery; store?: ReviewStore } = {},
): Promise<ReviewPageStateResult> {
  const store = options.store ?? (await appReviewStore());
  const state = await store.pageState(id, token);
  if (state.status === 'unauthorized' || state.status === 'forbidden' || isOwner(state)) return { status: 'forbidden' };
  if (state.status !== 'ok') return state;
  const reviewerName = (options.reviewerName ?? '').slice(0, AUTHOR_MAX);
  return { status: 'ok', pageKey: pageKey(id, state.version, state.revision, reviewerName, options.query ?? {}) };
}

export interface ReviewPageQuery extends ThreadQuery {
  saved?: string | string[];
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The version to compare the latest with: the one asked for (?since=N), else the last version this
 * reviewer (by the name the browser remembers) commented on or gave a verdict on, if older than the latest.
 */
function sinceVersion(
  query: ReviewPageQuery,
  latest: number,
  name: string,
  comments: { author: string; version: number }[],
  verdicts: ReviewVerdict[],
): { version: number; reason: 'last-comment' | 'asked' } | null {
  const asked = single(query.since);
  if (asked !== undefined && /^[1-9]\d{0,8}$/.test(asked)) {
    const n = Number(asked);
    return n < latest ? { version: n, reason: 'asked' } : null;
  }
  if (!name.trim()) return null;
  const mine = [...comments, ...verdicts].filter((x) => sameName(x.author, name)).map((x) => x.version);
  const last = mine.length ? Math.max(...mine) : null;
  return last !== null && last < latest ? { version: last, reason: 'last-comment' } : null;
}

// The sections of a version never change: each is worked out once (the page is read far more than written).
type VersionView = { title: string; company: string; language: string; sections: PostingSection[] };
const versionCache = createLru<VersionView>(500, {
  maxBytes: 16 * 1024 * 1024,
  sizeOf: (view) => stringBytes(view.title, view.company, ...view.sections.flatMap((s) => [s.heading, ...s.lines])),
});
const versionView = (id: string, version: number, draftJson: string) =>
  versionCache.getOrSet(`${id}\u0000${version}`, () => {
    const draft = JSON.parse(draftJson) as Draft;
    return {
      title: draft.job.title,
      company: draft.company.name,
      language: draft.language ?? 'en',
      sections: postingSections(draft),
    };
  });

export async function loadReviewPage(
  id: string,
  token: string,
  options: {
    reviewerName?: string;
    query?: ReviewPageQuery;
    form?: ReviewFormState;
    store?: ReviewStore;
    /** Asked before a diff is worked out rather than taken from the cache: the page's rate limit. */
    mayDiff?: () => Promise<boolean>;
  } = {},
): Promise<ReviewPageResult> {
  const store = options.store ?? (await appReviewStore());
  const query = options.query ?? {};
  const snapshot = await store.snapshot(id, token, {
    threadSize: REVIEW_PAGE_THREAD_SIZE,
    pagedBack: pagedBackFrom(query),
  });
  if (snapshot.status === 'unauthorized' || snapshot.status === 'forbidden' || isOwner(snapshot)) {
    return { status: 'forbidden' };
  }
  if (snapshot.status !== 'ok') return snapshot;

  const { version, reviews } = snapshot;
  const { title, company, language, sections } = versionView(id, version, snapshot.draftJson);
  const reviewerName = (options.reviewerName ?? '').slice(0, AUTHOR_MAX);
  const since = sinceVersion(query, version, reviewerName, snapshot.commentVersions, reviews);
  const stored = await listVersions(id);
  const olderVersions = stored.status === 'ok' ? stored.versions.map((v) => v.version).filter((v) => v < version) : [];
  let changes: VersionDiff | null = null;
  let changesLimited = false;
  if (since !== null) {
    // The API's diff: bounded, and kept once worked out.
    const result = await cachedVersionDiff(id, since.version, version, { mayCompute: options.mayDiff });
    if (result.status === 'ok') changes = result.diff;
    changesLimited = result.status === 'limited';
  }
  const saved = single(query.saved);
  return {
    status: 'ok',
    pageKey: pageKey(id, version, snapshot.revision, reviewerName, query),
    view: {
      id,
      version,
      language,
      title,
      company,
      sections: sectionThreads(sections, snapshot.threads, snapshot.counts, query),
      openComments: snapshot.counts.open,
      verdicts: reviews.slice(-REVIEW_PAGE_VERDICTS),
      earlierVerdicts: Math.max(0, reviews.length - REVIEW_PAGE_VERDICTS),
      approvedVersion: approvedVersion(reviews) ?? null,
      reviewerName,
      olderVersions,
      changes,
      changesSince: changes ? since!.reason : null,
      changesLimited,
      saved: saved === 'comment' || saved === 'approve' || saved === 'changes' ? saved : null,
      form: options.form ?? null,
    },
  };
}

export type ReviewFormResult =
  | { status: 'saved'; saved: 'comment' | 'approve' | 'changes'; author: string; section?: ReviewSection }
  | { status: 'invalid'; httpStatus: 400 | 409; form: ReviewFormState }
  | Unavailable
  | { status: 'forbidden' };

const blankToUndefined = (value: string | null) => (value === null || value.trim() === '' ? undefined : value);

/** A posted form (comment or verdict), checked by the same schemas as the JSON API. */
export async function submitReviewForm(
  id: string,
  token: string,
  fields: URLSearchParams,
  { store }: { store?: ReviewStore } = {},
): Promise<ReviewFormResult> {
  const reviews = store ?? (await appReviewStore());
  const access = await reviews.access(id, token);
  if (access.status === 'unauthorized' || access.status === 'forbidden' || isOwner(access))
    return { status: 'forbidden' };
  if (access.status !== 'ok') return access;
  const kind: ReviewFormKind = fields.get('form') === 'verdict' ? 'verdict' : 'comment';
  const values = Object.fromEntries(
    ['section', 'quote', 'body', 'author', 'note', 'version', 'verdict'].map((k) => [k, fields.get(k) ?? '']),
  );
  const sectionField = values.section as ReviewSection;
  const section = (REVIEW_SECTIONS as readonly string[]).includes(sectionField) ? sectionField : undefined;
  const version = /^\d{1,9}$/.test(values.version!) ? Number(values.version) : Number.NaN;

  const invalid = (errors: Record<string, string>, message: string, httpStatus: 400 | 409 = 400): ReviewFormResult => ({
    status: 'invalid',
    httpStatus,
    form: { kind, section, values, errors, message },
  });
  const fieldErrors = (issues: { path: PropertyKey[]; message: string }[]) =>
    Object.fromEntries(issues.map((i) => [String(i.path[0] ?? 'form'), i.message]));

  if (kind === 'comment') {
    const parsed = commentInputSchema.safeParse({
      version,
      section: values.section,
      quote: blankToUndefined(fields.get('quote')),
      body: values.body,
      author: values.author,
    });
    if (!parsed.success)
      return invalid(fieldErrors(parsed.error.issues), 'Your comment was not saved: check the marked fields.');
    const result = await reviews.addComment(id, token, parsed.data);
    if (result.status === 'unauthorized' || result.status === 'forbidden') return { status: 'forbidden' };
    if (result.status === 'no_such_version') return invalid({}, 'This version does not exist. Reload the page.');
    if (result.status === 'comment_limit')
      return invalid({}, `${commentLimitMessage(result)}. Nothing was saved.`, 409);
    if (result.status !== 'ok') return result;
    return { status: 'saved', saved: 'comment', author: parsed.data.author, section: parsed.data.section };
  }

  const parsed = verdictInputSchema.safeParse({
    version,
    verdict: values.verdict,
    author: values.author,
    note: blankToUndefined(fields.get('note')),
  });
  if (!parsed.success)
    return invalid(fieldErrors(parsed.error.issues), 'Your verdict was not saved: check the marked fields.');
  const result = await reviews.addVerdict(id, token, parsed.data);
  if (result.status === 'unauthorized' || result.status === 'forbidden') return { status: 'forbidden' };
  if (result.status === 'stale') {
    return invalid(
      {},
      `The posting changed while you were reading: it is now version ${result.currentVersion}. Read what changed, then give your verdict on the new version.`,
      409,
    );
  }
  if (result.status === 'no_such_version') return invalid({}, 'This version does not exist. Reload the page.');
  if (result.status !== 'ok') return result;
  return { status: 'saved', saved: parsed.data.verdict, author: parsed.data.author };
}
