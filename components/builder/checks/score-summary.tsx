'use client';

import type { PostingScore } from '@/lib/checks/score';

/** The posting's score with, one click away, what makes it and what moves it. */
export function ScoreSummary({ score, id }: { score: PostingScore | undefined; id: string }) {
  if (!score) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`score-${id}`}>
      <p className="text-sm text-slate-800">
        <span className="text-2xl font-semibold text-slate-900" data-score={score.total}>
          {score.total}
        </span>
        <span className="text-slate-700"> / 100 posting score</span>
      </p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">How the score is made</summary>
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
                  Points lost: {part.lost.map((l) => `${l.finding} (−${l.points})`).join(', ')}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
