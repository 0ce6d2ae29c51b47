import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { channelReadinessRows } from '@/components/publishing/channel-rows';
import type { FormValues } from '@/lib/shared/draft/form-values';
import { useBuilderPreview } from '../builder-context';
import { useT } from '../ui-text';
import { draftIssues } from '../draft-resolver';
import { translateIssue } from '../validation-text';

/** One line of "is this posting ready?" on the review step. */
export interface ReadinessRow {
  /** Which concern the row is about ('fields', 'checks', …): a React key and `data-readiness` for tests. */
  id: string;
  title: string;
  /** ready: nothing to do; attention: worth a look, does not stop anything; blocked: stops export and sharing. */
  state: 'ready' | 'attention' | 'blocked';
  summary: string;
  /** What to fix, each with the draft field it is about (the row offers to go there). */
  details?: { text: string; field?: string }[];
}

const MAX_DETAILS = 6;

/**
 * Every readiness row, in order. A feature adds its row here (computed from the builder's context), and
 * the review step lists it with the others.
 */
export function useReadinessRows(): ReadinessRow[] {
  const { findings, status } = useBuilderPreview();
  const values = useWatch();
  const t = useT();

  return useMemo(() => {
    // Each issue comes with the zod issue it was made from, which its words in the builder's language come from.
    const issues = draftIssues(values as FormValues);
    const mustFix = findings.filter((f) => f.severity === 'error').length;
    const worthFixing = findings.filter((f) => f.severity === 'warning').length;
    const rows: ReadinessRow[] = [
      issues.length === 0
        ? { id: 'fields', title: t('review.requiredFields'), state: 'ready', summary: t('review.complete') }
        : {
            id: 'fields',
            title: t('review.requiredFields'),
            state: 'blocked',
            summary: t('review.fieldsNeedAttention', { count: issues.length }),
            details: issues
              .slice(0, MAX_DETAILS)
              .map(({ issue, path }) => ({ text: translateIssue(issue, t), field: path })),
          },
      {
        id: 'checks',
        title: t('review.checks'),
        state: mustFix + worthFixing > 0 ? 'attention' : 'ready',
        summary:
          status === 'idle'
            ? t('review.checksIdle')
            : mustFix + worthFixing === 0
              ? t('review.nothingToFix')
              : t('review.checksSummary', { mustFix, worthFixing }),
      },
      ...channelReadinessRows(values as FormValues),
    ];
    return rows;
  }, [findings, status, values, t]);
}
