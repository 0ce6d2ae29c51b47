'use client';

import { BUILDER_STEPS } from '@/lib/draft/step-schemas';

/** Where you are, and a way back to any step already reached. */
export function StepProgress({
  current,
  furthest,
  onGo,
  reviewBadge,
}: {
  current: number;
  furthest: number;
  onGo: (index: number) => void;
  reviewBadge: number;
}) {
  return (
    <nav aria-label="Steps" className="no-print min-w-0 max-w-full">
      <ol className="relative flex flex-wrap gap-1 text-sm">
        {BUILDER_STEPS.map((step, index) => {
          const state = index === current ? 'current' : index <= furthest ? 'reached' : 'ahead';
          const badge = step.id === 'review' && reviewBadge > 0 ? reviewBadge : 0;
          const content = (
            <>
              <span
                aria-hidden="true"
                className={`grid h-6 w-6 shrink-0 place-items-center rounded-full text-xs font-bold ${state === 'current' ? 'bg-brand-600 text-white' : state === 'reached' ? 'bg-brand-100 text-brand-800' : 'bg-slate-200 text-slate-700'}`}
              >
                {index + 1}
              </span>
              <span className="whitespace-nowrap">{step.title}</span>
              {badge ? (
                <span className="rounded-full bg-amber-200 px-1.5 text-xs font-semibold text-amber-950">
                  {badge}
                  <span className="sr-only"> check findings to look at</span>
                </span>
              ) : null}
            </>
          );
          return (
            <li key={step.id} className="shrink-0">
              {state === 'ahead' ? (
                <span className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-slate-600" aria-disabled="true">
                  {content}
                  <span className="sr-only"> (not reached yet)</span>
                </span>
              ) : (
                <button
                  type="button"
                  onClick={() => onGo(index)}
                  aria-current={state === 'current' ? 'step' : undefined}
                  className={`flex items-center gap-1.5 rounded-md px-2 py-1.5 ${state === 'current' ? 'bg-brand-50 font-semibold text-brand-800' : 'text-slate-800 hover:bg-slate-100'}`}
                >
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
