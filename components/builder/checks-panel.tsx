import { useMemo, type ReactNode } from 'react';
import type { DismissedFinding, StandingFinding } from '@/lib/shared/checks/finding';
import { groupFindings } from '@/lib/shared/checks/finding-groups';
import { BUILDER_STEPS, stepIndex } from '@/lib/shared/draft/step-schemas';
import { Button } from '@/components/ui/button';
import { useBuilder, useBuilderPreview } from './builder-context';
import { FieldMarks } from './checks/field-marks';
import { FindingCard } from './checks/finding-card';
import { ScoreSummary } from './checks/score-summary';
import { useFindingActions } from './checks/use-finding-actions';
import { useT } from './ui-text';

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
  const t = useT();
  return (
    <ul className="mt-2 grid gap-2">
      {findings.map((finding) => (
        <li key={finding.id} className="rounded-md border border-slate-200 p-3 text-sm" data-dismissed={finding.id}>
          <p className="text-slate-800">{finding.message}</p>
          <p className="mt-1 text-slate-700">{t('checks.keptBecause', { reason: finding.reason })}</p>
          <Button size="sm" className="mt-2" onClick={() => restore(finding)}>
            {t('checks.restore')}
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
  const t = useT();
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
        {t('checks.title')}{' '}
        <span className="font-normal">
          ({standing === 0 ? t('checks.nothing') : t('checks.findings', { count: standing })})
        </span>
      </h2>
      <div className="mt-2">
        <ScoreSummary score={score} id="panel" />
      </div>
      <TitledGroup group="current" title={t(`step.${step.id}`)} findings={groups.current} />
      <TitledGroup group="earlier" title={t('checks.earlier')} findings={groups.earlier} />
      <Collapsed group="later" count={groups.later.length} summary={t('checks.later', { count: groups.later.length })}>
        <FindingList findings={groups.later} />
      </Collapsed>
      {groups.waiting.length ? (
        <p className="mt-3 text-sm text-slate-700" data-group="waiting">
          {t('checks.waiting', { count: groups.waiting.length })}
        </p>
      ) : null}
      <Collapsed
        group="dismissed"
        count={groups.dismissed.length}
        summary={t('checks.dismissed', { count: groups.dismissed.length })}
      >
        <DismissedList findings={groups.dismissed} />
      </Collapsed>
      <FieldMarks />
    </section>
  );
}

/** A group of standing findings under its heading; nothing when the group is empty. */
function TitledGroup({ group, title, findings }: { group: string; title: string; findings: StandingFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <div className="mt-3" data-group={group}>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700">{title}</h3>
      <FindingList findings={findings} />
    </div>
  );
}

/** A group folded behind its summary; nothing when the group is empty. */
function Collapsed({
  group,
  count,
  summary,
  children,
}: {
  group: string;
  count: number;
  summary: string;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <details className="mt-3" data-group={group}>
      <summary className="cursor-pointer text-sm text-slate-800">{summary}</summary>
      {children}
    </details>
  );
}
