import { ReviewLinkPanel } from './review-link-panel';
import { usePostingReview } from './use-posting-review';
import { verdictLabel } from './review-format';

/** For a row of My postings: open comments, the approval state, and the review link. */
export function PostingReviewStatus({ posting }: { posting: { id: string; editToken: string; title: string } }) {
  // Counts, never the comments themselves: a posting at its cap is one small answer here.
  const review = usePostingReview(posting, { threads: false });
  const open = review.counts?.open ?? 0;
  const last = review.verdicts.at(-1);
  const older =
    review.approvedVersion !== null && review.latestVersion !== null && review.approvedVersion < review.latestVersion;
  return (
    <div className="mt-3 grid gap-2 border-t border-slate-200 pt-3 text-sm">
      {review.status === 'error' ? (
        <p className="text-red-800">Review: {review.message}</p>
      ) : review.status === 'ready' ? (
        <p data-testid="review-state">
          <span className={open ? 'font-semibold text-amber-900' : ''}>
            {open === 1 ? '1 open comment' : `${open} open comments`}
          </span>
          {' · '}
          {review.approvedVersion === null
            ? last
              ? verdictLabel(last)
              : 'not reviewed yet'
            : `Approved v${review.approvedVersion}${older ? ` (an older version; latest is v${review.latestVersion})` : ''}`}
        </p>
      ) : (
        <p className="text-slate-600">Loading the review…</p>
      )}
      <ReviewLinkPanel posting={posting} />
    </div>
  );
}
