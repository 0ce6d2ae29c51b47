import { useSiteT, type SiteTranslate } from '@/components/site-text/site-text';
import type { ReviewVerdict } from '@/lib/shared/review/review-schema';
import { ReviewLinkPanel } from './review-link-panel';
import { usePostingReview } from './use-posting-review';

function verdictText(t: SiteTranslate, verdict: Pick<ReviewVerdict, 'verdict' | 'version' | 'author'>): string {
  const values = { version: verdict.version, author: verdict.author };
  return verdict.verdict === 'approve' ? t('review.verdictApproved', values) : t('review.verdictChanges', values);
}

/** For a row of My postings: open comments, the approval state, and the review link. */
export function PostingReviewStatus({ posting }: { posting: { id: string; editToken: string; title: string } }) {
  // Counts, never the comments themselves: a posting at its cap is one small answer here.
  const t = useSiteT();
  const review = usePostingReview(posting, { threads: false });
  const open = review.counts?.open ?? 0;
  const last = review.verdicts.at(-1);
  const older =
    review.approvedVersion !== null && review.latestVersion !== null && review.approvedVersion < review.latestVersion;
  return (
    <div className="mt-3 grid gap-2 border-t border-slate-200 pt-3 text-sm">
      {review.status === 'error' ? (
        <p className="text-red-800">{t('review.error', { message: review.message })}</p>
      ) : review.status === 'ready' ? (
        <p data-testid="review-state">
          <span className={open ? 'font-semibold text-amber-900' : ''}>
            {t('review.openComments', { count: open })}
          </span>
          {' · '}
          {review.approvedVersion === null
            ? last
              ? verdictText(t, last)
              : t('review.notReviewed')
            : older
              ? t('review.approvedOlder', { version: review.approvedVersion, latest: review.latestVersion ?? '' })
              : t('review.approved', { version: review.approvedVersion })}
        </p>
      ) : (
        <p className="text-slate-600">{t('review.loading')}</p>
      )}
      <ReviewLinkPanel posting={posting} t={t} />
    </div>
  );
}
