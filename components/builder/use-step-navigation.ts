'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { BUILDER_STEPS, stepIndex } from '@/lib/draft/step-schemas';

export const LAST_STEP = BUILDER_STEPS.length - 1;

/**
 * Which step is on screen: the `?step=` of the address (so Back and Forward work), but never a step
 * beyond the furthest one reached.
 */
export function useStepNavigation(ready: boolean) {
  const router = useRouter();
  const params = useSearchParams();
  const [furthest, setFurthest] = useState(0);
  const requested = stepIndex(params?.get('step'));
  const current = ready ? Math.min(requested, furthest) : requested;

  const goTo = useCallback(
    (index: number) => router.push(`/build?step=${BUILDER_STEPS[index]!.id}`, { scroll: false }),
    [router],
  );
  const reach = useCallback((index: number) => setFurthest((f) => Math.max(f, index)), []);
  const resetFurthest = useCallback((index: number) => setFurthest(Math.max(0, Math.min(LAST_STEP, index))), []);

  // A step that was not reached yet cannot be opened by URL: stay on the furthest one.
  useEffect(() => {
    if (ready && requested > furthest) router.replace(`/build?step=${BUILDER_STEPS[furthest]!.id}`, { scroll: false });
  }, [ready, requested, furthest, router]);

  return { current, furthest, goTo, reach, resetFurthest };
}
