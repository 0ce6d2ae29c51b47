import { BUILDER_STEPS } from '@/lib/shared/draft/step-schemas';
import { useBuilder } from './builder-context';
import type { StepBadge, StepBadges } from './step-badges';
import { useT } from './ui-text';

const BADGE_TONES: Record<StepBadge['tone'], string> = {
  warning: 'bg-amber-200 text-amber-950',
  info: 'bg-brand-100 text-brand-800',
};

/** Where you are, and a way back to any step already reached. */
export function StepProgress({ badges }: { badges: StepBadges }) {
  const { step: current, furthest, goToStep } = useBuilder();
  const t = useT();
  return (
    <nav aria-label={t('nav.steps')} className="no-print min-w-0 max-w-full">
      <ol className="relative flex flex-wrap gap-1 text-sm">
        {BUILDER_STEPS.map((step, index) => {
          const state = index === current.index ? 'current' : index <= furthest ? 'reached' : 'ahead';
          const content = (
            <>
              <span
                aria-hidden="true"
                className={`grid h-6 w-6 shrink-0 place-items-center rounded-full text-xs font-bold ${state === 'current' ? 'bg-brand-600 text-white' : state === 'reached' ? 'bg-brand-100 text-brand-800' : 'bg-slate-200 text-slate-700'}`}
              >
                {index + 1}
              </span>
              <span className="whitespace-nowrap">{t(`step.${step.id}`)}</span>
              {(badges[step.id] ?? []).map((badge) => (
                <span
                  key={badge.source}
                  data-badge={badge.source}
                  className={`rounded-full px-1.5 text-xs font-semibold ${BADGE_TONES[badge.tone]}`}
                >
                  {badge.count}
                  <span className="sr-only"> {t(badge.label)}</span>
                </span>
              ))}
            </>
          );
          return (
            <li key={step.id} className="shrink-0">
              {state === 'ahead' ? (
                <span className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-slate-600" aria-disabled="true">
                  {content}
                  <span className="sr-only"> {t('nav.notReached')}</span>
                </span>
              ) : (
                <button
                  type="button"
                  onClick={() => goToStep(step.id)}
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
