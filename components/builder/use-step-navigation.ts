import { useRouter } from 'next/router';
import { useCallback, useEffect, useState } from 'react';
import { BUILDER_STEPS, stepIndex } from '@/lib/shared/draft/step-schemas';

export const LAST_STEP = BUILDER_STEPS.length - 1;

const stepUrl = (index: number) => `/build?step=${BUILDER_STEPS[index]!.id}`;

/**
 * Which step is on screen: the `?step=` of the address (so Back and Forward work), but never a step
 * beyond the furthest one reached. Shallow: changing step changes the address only; the page's data
 * (the catalog) is not fetched again.
 */
export function useStepNavigation(ready: boolean) {
  const router = useRouter();
  const [furthest, setFurthest] = useState(0);
  const step = router.query.step;
  const requested = stepIndex(typeof step === 'string' ? step : null);
  const current = ready ? Math.min(requested, furthest) : requested;

  const goTo = useCallback(
    (index: number) => void router.push(stepUrl(index), undefined, { shallow: true, scroll: false }),
    [router],
  );
  const reach = useCallback((index: number) => setFurthest((f) => Math.max(f, index)), []);
  const resetFurthest = useCallback((index: number) => setFurthest(Math.max(0, Math.min(LAST_STEP, index))), []);

  // A step that was not reached yet cannot be opened by URL: stay on the furthest one.
  useEffect(() => {
    if (ready && requested > furthest)
      void router.replace(stepUrl(furthest), undefined, { shallow: true, scroll: false });
  }, [ready, requested, furthest, router]);

  return { current, furthest, goTo, reach, resetFurthest };
}
