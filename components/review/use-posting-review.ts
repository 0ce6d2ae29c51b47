'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ReviewComment, ReviewSection, ReviewVerdict } from '@/lib/review/review-schema';
import { fetchComments, fetchVerdicts, setCommentResolved } from './review-client';

export interface PostingReviewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  message: string;
  comments: ReviewComment[];
  verdicts: ReviewVerdict[];
  approvedVersion: number | null;
  latestVersion: number | null;
}

const initial: PostingReviewState = {
  status: 'idle',
  message: '',
  comments: [],
  verdicts: [],
  approvedVersion: null,
  latestVersion: null,
};

/**
 * The comments and verdicts of a shared posting, for its owner. Loaded on open and again whenever the
 * window regains focus (the reviewer works in another tab or on another machine).
 */
export function usePostingReview(posting: { id: string; editToken: string; version?: number } | null) {
  const [state, setState] = useState<PostingReviewState>(initial);
  const id = posting?.id;
  const token = posting?.editToken;
  // A saved version changes which verdicts are for an older version: read them again.
  const version = posting?.version;

  const refresh = useCallback(async () => {
    if (!id || !token) return setState(initial);
    setState((s) => ({ ...s, status: s.status === 'ready' ? 'ready' : 'loading' }));
    const [comments, verdicts] = await Promise.all([fetchComments(id, token), fetchVerdicts(id, token)]);
    if (!comments.ok || !verdicts.ok) {
      const failed = !comments.ok ? comments : !verdicts.ok ? verdicts : null;
      return setState({ ...initial, status: 'error', message: failed?.message ?? 'Could not load the review' });
    }
    setState({
      status: 'ready',
      message: '',
      comments: comments.data.comments,
      verdicts: verdicts.data.reviews,
      approvedVersion: verdicts.data.approvedVersion ?? null,
      latestVersion: verdicts.data.latestVersion,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is a reason to reload, not an input
  }, [id, token, version]);

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
      const result = await setCommentResolved(id, token, commentId, resolved);
      if (!result.ok) {
        setState((s) => ({ ...s, message: `Could not update the comment: ${result.message}` }));
        return false;
      }
      setState((s) => ({
        ...s,
        message: resolved ? 'Comment resolved.' : 'Comment reopened.',
        comments: s.comments.map((c) => (c.id === commentId ? result.data.comment : c)),
      }));
      return true;
    },
    [id, token],
  );

  const openIn = useCallback(
    (sections: readonly ReviewSection[]) => state.comments.filter((c) => !c.resolved && sections.includes(c.section)),
    [state.comments],
  );

  return { ...state, refresh, resolve, openIn };
}
