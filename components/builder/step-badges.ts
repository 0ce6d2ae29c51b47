import { useMemo } from 'react';
import type { BuilderStepId } from '@/lib/shared/draft/step-schemas';
import { useBuilderReview } from '@/components/review/builder-review-context';
import { sectionsForStep } from '@/lib/shared/review/section-fields';
import { BUILDER_STEPS } from '@/lib/shared/draft/step-schemas';
import { useBuilderPreview } from './builder-context';
import type { MessageId } from './ui-text';

/** A count shown next to a step's name in the step list, e.g. check findings or open comments. */
export interface StepBadge {
  /** Which feature the badge is from (a React key, and `data-badge` for tests). */
  source: string;
  count: number;
  /** Read after the count by screen readers: "3 check findings to look at" (a message id). */
  label: MessageId;
  tone: 'warning' | 'info';
}

export type StepBadges = Partial<Record<BuilderStepId, StepBadge[]>>;

/**
 * Every badge source of the builder, per step. A feature adds its badges here (one entry per source),
 * computed from the builder's context; the step list and the phone's "Show preview" button show them.
 */
export function useStepBadges(): StepBadges {
  const { findings } = useBuilderPreview();
  const { openIn } = useBuilderReview();
  return useMemo(() => {
    const badges: StepBadges = {};
    const add = (step: BuilderStepId, badge: StepBadge) => {
      if (badge.count > 0) (badges[step] ??= []).push(badge);
    };
    add('review', {
      source: 'checks',
      count: findings.filter((f) => f.severity !== 'info').length,
      label: 'badge.checks',
      tone: 'warning',
    });
    for (const step of BUILDER_STEPS) {
      add(step.id, {
        source: 'review',
        count: openIn(sectionsForStep(step.id)),
        label: 'badge.review',
        tone: 'info',
      });
    }
    return badges;
  }, [findings, openIn]);
}
