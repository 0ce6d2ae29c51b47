'use client';

import { useMemo } from 'react';
import type { DismissedFinding, StandingFinding } from '@/lib/checks/finding';
import { groupFindings } from '@/lib/checks/finding-groups';
import { BUILDER_STEPS, stepIndex } from '@/lib/draft/step-schemas';
import { Button } from '@/components/ui/button';
import { useBuilder, useBuilderPreview } from './builder-context';
import { FieldMarks } from './checks/field-marks';
import { FindingCard } from './checks/finding-card';
import { ScoreSummary } from './checks/score-summary';
import { useFindingActions } from './checks/use-finding-actions';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function FindingList({ findings }: { findings: StandingFinding[] }) {
  return (
    <ul className="mt-2 grid gap-2">
      {findings.map((finding) => (
        <FindingCard key={finding.id} finding={finding} />
      ))}
    </ul>
  );
}

function DismissedList({ findings }: { findings: DismissedFinding[] }) {
  const { restore } = useFindingActions();
  return (
    <ul className="mt-2 grid gap-2">
      {findings.map((finding) => (
        <li key={finding.id} className="rounded-md border border-slate-200 p-3 text-sm" data-dismissed={finding.id}>
          <p className="text-slate-800">{finding.message}</p>
          <p className="mt-1 text-slate-700">Kept because: {finding.reason}</p>
          <Button size="sm" className="mt-2" onClick={() => restore(finding)}>
            Restore
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The checks beside the form, scoped to where the writer is: the step on screen first, earlier steps after,
 * later steps folded, what is simply not filled in yet held back until its step is passed; dismissed
 * findings folded and restorable; the score on top. Flagged words are also marked in their fields.
 */
export function ChecksPanel() {
  const { findings, score, checking } = useBuilderPreview();
  const { step, furthest } = useBuilder();
  const groups = useMemo(
    () =>
      groupFindings(findings, {
        indexOf: stepIndex,
        current: step.index,
        furthest,
        last: BUILDER_STEPS.length - 1,
      }),
    [findings, step.index, furthest],
  );
  const standing = groups.current.length + groups.earlier.length;
  return (
    <section
      aria-labelledby="checks-title"
      aria-busy={checking === true}
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="checks-title" className="text-sm font-semibold text-slate-700">
        Checks{' '}
        <span className="font-normal">({standing === 0 ? 'nothing to flag here' : count(standing, 'finding')})</span>
      </h2>
      <div className="mt-2">
        <ScoreSummary score={score} id="panel" />
      </div>
      {groups.current.length ? (
        <div className="mt-3" data-group="current">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700">{step.title}</h3>
          <FindingList findings={groups.current} />
        </div>
      ) : null}
      {groups.earlier.length ? (
        <div className="mt-3" data-group="earlier">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700">Earlier steps</h3>
          <FindingList findings={groups.earlier} />
        </div>
      ) : null}
      {groups.later.length ? (
        <details className="mt-3" data-group="later">
          <summary className="cursor-pointer text-sm text-slate-800">
            {groups.later.length} more for later steps
          </summary>
          <FindingList findings={groups.later} />
        </details>
      ) : null}
      {groups.waiting.length ? (
        <p className="mt-3 text-sm text-slate-700" data-group="waiting">
          {count(groups.waiting.length, 'thing')} not filled in yet will show once you pass{' '}
          {groups.waiting.length === 1 ? 'its step' : 'their steps'}.
        </p>
      ) : null}
      {groups.dismissed.length ? (
        <details className="mt-3" data-group="dismissed">
          <summary className="cursor-pointer text-sm text-slate-800">{groups.dismissed.length} dismissed</summary>
          <DismissedList findings={groups.dismissed} />
        </details>
      ) : null}
      <FieldMarks />
    </section>
  );
}
