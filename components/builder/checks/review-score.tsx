import { READABILITY_SCOPE } from '@/lib/shared/checks/readability-scope';
import { useBuilderPreview } from '../builder-context';
import { ScoreSummary } from './score-summary';
import { useT } from '../ui-text';

/** The score on the review step, with what readability is judged on. */
export function ReviewScore() {
  const { score } = useBuilderPreview();
  const t = useT();
  if (!score) return null;
  return (
    <section aria-labelledby="review-score-title" className="grid gap-2">
      <h3 id="review-score-title" className="text-base font-semibold text-slate-900">
        {t('score.title')}
      </h3>
      <ScoreSummary score={score} id="review" />
      <p className="text-sm text-slate-700">{READABILITY_SCOPE}</p>
    </section>
  );
}
