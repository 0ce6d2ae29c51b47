import { createContext, useContext, type ReactNode } from 'react';
import type { SharedPostingRecord } from '@/lib/browser/storage/browser-storage';
import { useCurrentSharedPosting } from '@/components/share/current-posting';
import { usePostingReview } from './use-posting-review';

type BuilderReview = ReturnType<typeof usePostingReview> & { posting: SharedPostingRecord | null };

const Context = createContext<BuilderReview | null>(null);

/**
 * The review of the posting the builder is editing (when it was shared from this browser): loaded once
 * for the whole builder, so the step badges, the threads by the fields and the review step agree.
 */
export function BuilderReviewProvider({ children }: { children: ReactNode }) {
  const posting = useCurrentSharedPosting();
  const review = usePostingReview(posting);
  return <Context.Provider value={{ ...review, posting }}>{children}</Context.Provider>;
}

export function useBuilderReview(): BuilderReview {
  const value = useContext(Context);
  if (!value) throw new Error('useBuilderReview needs a BuilderReviewProvider');
  return value;
}
