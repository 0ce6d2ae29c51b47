import { useBuilder } from '@/components/builder/builder-context';
import { sectionsForStep } from '@/lib/shared/review/section-fields';
import { lazy, Suspense } from 'react';
import { useBuilderReview } from './builder-review-context';

// Drawn only for a posting whose reviewers commented (known after its review is read): its own chunk.
const AuthorCommentThreads = lazy(() =>
  import('./author-comment-threads').then((m) => ({ default: m.AuthorCommentThreads })),
);

/** At the top of a builder step: the reviewers' comments on what this step edits. */
export function StepReviewThreads() {
  const { step, goToField } = useBuilder();
  const review = useBuilderReview();
  if (step.id === 'review' || !review.counts || review.counts.total === 0) return null;
  return (
    <Suspense fallback={null}>
      <AuthorCommentThreads
        sections={sectionsForStep(step.id)}
        threads={review.threads}
        counts={review.counts}
        latestVersion={review.latestVersion}
        onResolve={(id, resolved) => void review.resolve(id, resolved)}
        onShowEarlier={review.showEarlier}
        onGoToField={goToField}
      />
      <p role="status" aria-live="polite" className="sr-only">
        {review.message}
      </p>
    </Suspense>
  );
}
