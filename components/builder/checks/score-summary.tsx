import type { PostingScore } from '@/lib/shared/checks/score';
import { useT } from '../ui-text';

/** The posting's score with, one click away, what makes it and what moves it. */
export function ScoreSummary({ score, id }: { score: PostingScore | undefined; id: string }) {
  const t = useT();
  if (!score) return null;
  // Checks that did not run for the posting's language are said, not passed over (older answers lack `checks`).
  const notChecked = (score.checks ?? []).filter(
    (state) => state.status === 'not_checked' && state.check !== 'job-title',
  );
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`score-${id}`}>
      <p className="text-sm text-slate-800">
        <span className="text-2xl font-semibold text-slate-900" data-score={score.total}>
          {score.total}
        </span>
        <span className="text-slate-700"> {t('score.outOf')}</span>
      </p>
      {score.readability ? (
        <p className="mt-1 text-sm text-slate-700" data-testid={`readability-${id}`}>
          {t('score.readingEase')} {Math.round(score.readability.readingEase)} ({score.readability.formula},{' '}
          {score.readability.band}) · {t('score.lix')} {Math.round(score.readability.lix)} ({score.readability.lixBand})
        </p>
      ) : null}
      {notChecked.length ? (
        <ul className="mt-1 grid gap-1 text-sm text-slate-700" data-testid={`not-checked-${id}`}>
          {notChecked.map((state) => (
            <li key={state.check} data-check-status="not_checked">
              <span className="font-medium text-slate-800">{state.label}</span>: {state.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t('score.how')}</summary>
        <p className="mt-2 text-slate-800">{score.explanation}</p>
        <ul className="mt-2 grid gap-2">
          {score.parts.map((part) => (
            <li key={part.id}>
              <p className="font-medium text-slate-900">
                {part.label}: {part.score} / 100 <span className="font-normal text-slate-700">({part.weight}%)</span>
              </p>
              <p className="text-slate-700">{part.note}</p>
              {part.lost.length ? (
                <p className="text-slate-700">
                  {t('score.pointsLost', { list: part.lost.map((l) => `${l.finding} (−${l.points})`).join(', ') })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
