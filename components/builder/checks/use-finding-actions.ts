import { useCallback } from 'react';
import type { Finding, FindingFix } from '@/lib/shared/checks/finding';
import { applyFix } from '@/lib/shared/checks/text-fix';
import type { Dismissal } from '@/lib/shared/draft/draft-schema';
import { formFieldFor } from '@/lib/shared/draft/form-values';
import { useBuilder } from '../builder-context';

/** What the panel and the marks do with a finding: apply its fix, dismiss it with a reason, restore it. */
export function useFindingActions() {
  const { getValue, setValue, goToField } = useBuilder();

  const fix = useCallback(
    (target: FindingFix) => {
      const name = formFieldFor(target.field);
      const current = getValue(name);
      if (typeof current !== 'string') return goToField(target.field);
      const next = applyFix(current, target);
      if (next === current) return goToField(target.field);
      setValue(name, next);
    },
    [getValue, setValue, goToField],
  );

  const dismissed = useCallback(() => (getValue('dismissed') as Dismissal[] | undefined) ?? [], [getValue]);

  const dismiss = useCallback(
    (finding: Finding, reason: string) => {
      const others = dismissed().filter((d) => d.finding !== finding.id);
      setValue('dismissed', [...others, { finding: finding.id, reason: reason.trim() }]);
    },
    [dismissed, setValue],
  );

  const restore = useCallback(
    (finding: Finding) =>
      setValue(
        'dismissed',
        dismissed().filter((d) => d.finding !== finding.id),
      ),
    [dismissed, setValue],
  );

  return { fix, dismiss, restore, goToField };
}
