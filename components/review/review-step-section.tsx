import { useT } from '@/components/builder/ui-text';
import { useBuilderReview } from './builder-review-context';
import { ReviewLinkPanel } from './review-link-panel';
import { VerdictSummary } from './verdict-summary';

/** On the builder's review step: invite reviewers, and the verdict of each version. */
export function ReviewStepSection() {
  const review = useBuilderReview();
  const t = useT();
  const open = review.counts?.open ?? 0;
  return (
    <section aria-labelledby="review-section-heading" className="grid gap-3 rounded-lg border border-slate-200 p-4">
      <h3 id="review-section-heading" className="font-semibold">
        {t('reviewStep.title')}
      </h3>
      {review.posting ? (
        <>
          <p className="text-sm text-slate-700">{t('reviewStep.intro', { open })}</p>
          {review.status === 'error' ? <p className="text-sm text-red-800">{review.message}</p> : null}
          <VerdictSummary
            verdicts={review.verdicts}
            approvedVersion={review.approvedVersion}
            latestVersion={review.latestVersion}
          />
          <ReviewLinkPanel posting={review.posting} t={t} />
        </>
      ) : (
        <p className="text-sm text-slate-700">{t('reviewStep.needsShare')}</p>
      )}
    </section>
  );
}
