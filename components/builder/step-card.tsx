import { useEffect, useRef } from 'react';
import { BUILDER_STEPS } from '@/lib/shared/draft/step-schemas';
import { Button } from '@/components/ui/button';
import { useBuilder } from './builder-context';
import { StepBody } from './step-body';
import { StepReviewThreads } from '@/components/review/step-review-threads';
import { useT } from './ui-text';

/** The step on screen: its heading (focused on arrival, for screen readers), its fields, and the way on. */
export function StepCard({ onNext, onStartOver }: { onNext: () => Promise<void>; onStartOver: () => void }) {
  const { step, goToStep } = useBuilder();
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step.index]);

  const previous = BUILDER_STEPS[step.index - 1];
  const following = BUILDER_STEPS[step.index + 1];
  function startOver() {
    if (window.confirm(t('nav.startOverConfirm'))) onStartOver();
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <p className="text-sm text-slate-600">{t('nav.stepOf', { n: step.index + 1, total: BUILDER_STEPS.length })}</p>
      <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-xl font-bold focus:outline-none">
        {t(`step.${step.id}`)}
      </h2>
      <div id="builder-step" className="mt-5">
        <StepReviewThreads />
        <StepBody id={step.id} />
      </div>
      <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
        <div className="flex gap-2">
          {previous ? <Button onClick={() => goToStep(previous.id)}>{t('nav.back')}</Button> : null}
          {following ? (
            <Button variant="primary" onClick={() => void onNext()}>
              {t('nav.next', { step: t(`step.${following.id}`) })}
            </Button>
          ) : null}
        </div>
        <button type="button" onClick={startOver} className="text-sm text-slate-700 underline hover:text-red-800">
          {t('nav.startOver')}
        </button>
      </div>
    </div>
  );
}
