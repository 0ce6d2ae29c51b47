import { useCallback, useEffect, useState } from 'react';
import { BUILDER_THREAD_PAGE_SIZE } from '@/lib/shared/review/comment-limits';
import type { CommentCounts } from '@/lib/shared/review/comment-paging';
import type { ReviewComment, ReviewSection, ReviewVerdict } from '@/lib/shared/review/review-schema';
import type { SectionThreads } from './load-posting-review';

// The review's calls, schemas and paging load with the first review read: a posting never shared loads none.
const reviewLoader = () => import('./load-posting-review');

export interface PostingReviewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  message: string;
  /** Open and total comments, per section and in all (null until loaded). */
  counts: CommentCounts | null;
  /** Each section's latest comments, and earlier ones the author asked for. */
  threads: SectionThreads;
  verdicts: ReviewVerdict[];
  approvedVersion: number | null;
  latestVersion: number | null;
}

const initial: PostingReviewState = {
  status: 'idle',
  message: '',
  counts: null,
  threads: {},
  verdicts: [],
  approvedVersion: null,
  latestVersion: null,
};

/** The counts after one comment of `section` was resolved (or reopened). */
function recount(counts: CommentCounts | null, section: ReviewSection, resolved: boolean): CommentCounts | null {
  if (!counts) return counts;
  const delta = resolved ? -1 : 1;
  const entry = counts.sections[section];
  return {
    ...counts,
    open: counts.open + delta,
    sections: { ...counts.sections, [section]: { ...entry, open: entry.open + delta } },
  };
}

/**
 * The review of a shared posting, for its owner. Loaded on open and again whenever the window regains focus
 * (the reviewer works in another tab or on another machine). `threads: false` (My postings) reads only the
 * counts and verdicts; the builder also reads each section's latest comments, a page at a time.
 */
export function usePostingReview(
  posting: { id: string; editToken: string; version?: number } | null,
  { threads = true }: { threads?: boolean } = {},
) {
  const [state, setState] = useState<PostingReviewState>(initial);
  const id = posting?.id;
  const token = posting?.editToken;
  // A saved version changes which verdicts are for an older version: read them again.
  const version = posting?.version;

  const refresh = useCallback(async () => {
    if (!id || !token) return setState(initial);
    setState((s) => ({ ...s, status: s.status === 'ready' ? 'ready' : 'loading' }));
    const { loadPostingReview } = await reviewLoader();
    const loaded = await loadPostingReview(id, token, { threads });
    if (!loaded.ok) return setState({ ...initial, status: 'error', message: loaded.message });
    setState({ status: 'ready', message: '', ...loaded.data });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is a reason to reload, not an input
  }, [id, token, version, threads]);

  useEffect(() => {
    // Loading from the server when the posting changes is the sync with an outside system.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  const resolve = useCallback(
    async (commentId: string, resolved: boolean) => {
      if (!id || !token) return false;
      const { setCommentResolved } = await reviewLoader();
      const result = await setCommentResolved(id, token, commentId, resolved);
      if (!result.ok) {
        setState((s) => ({ ...s, message: `Could not update the comment: ${result.message}` }));
        return false;
      }
      const updated: ReviewComment = result.data.comment;
      setState((s) => {
        const thread = s.threads[updated.section];
        const before = thread?.comments.find((c) => c.id === commentId);
        return {
          ...s,
          message: resolved ? 'Comment resolved.' : 'Comment reopened.',
          counts: before && before.resolved !== resolved ? recount(s.counts, updated.section, resolved) : s.counts,
          threads: thread
            ? {
                ...s.threads,
                [updated.section]: {
                  ...thread,
                  comments: thread.comments.map((c) => (c.id === commentId ? updated : c)),
                },
              }
            : s.threads,
        };
      });
      return true;
    },
    [id, token],
  );

  /** The section's previous page of comments, put before the ones shown. */
  const showEarlier = useCallback(
    async (section: ReviewSection) => {
      const shown = state.threads[section];
      if (!id || !token || !shown?.next) return;
      const { fetchCommentPage, withEarlier } = await reviewLoader();
      const page = await fetchCommentPage(id, token, { section, limit: BUILDER_THREAD_PAGE_SIZE, before: shown.next });
      if (!page.ok) {
        setState((s) => ({ ...s, message: `Could not load earlier comments: ${page.message}` }));
        return;
      }
      setState((s) => {
        const current = s.threads[section];
        if (!current) return s;
        return {
          ...s,
          message: `Loaded ${page.data.comments.length} earlier comments.`,
          threads: { ...s.threads, [section]: withEarlier(current, page.data) },
        };
      });
    },
    [id, token, state.threads],
  );

  /** Open comments on these sections, from the counts (every comment, not only those loaded). */
  const openIn = useCallback(
    (sections: readonly ReviewSection[]) =>
      sections.reduce((n, section) => n + (state.counts?.sections[section].open ?? 0), 0),
    [state.counts],
  );

  return { ...state, refresh, resolve, showEarlier, openIn };
}
