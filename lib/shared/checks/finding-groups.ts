import type { DismissedFinding, Finding, StandingFinding } from './finding';

// How the builder orders findings around the writer: the step on screen first, earlier steps after it,
// later steps folded, and "not filled in yet" held back until the writer has passed that step.

export interface FindingGroups {
  /** Standing findings of the step on screen (on the last step: of every step). */
  current: StandingFinding[];
  /** Standing findings of steps before the one on screen. */
  earlier: StandingFinding[];
  /** Standing findings of steps after the one on screen: folded until reached. */
  later: StandingFinding[];
  /** "Not filled in yet" findings of steps the writer has not passed: not shown yet. */
  waiting: StandingFinding[];
  /** Findings the author dismissed with a reason: folded, restorable. */
  dismissed: DismissedFinding[];
}

export interface StepPosition {
  /** The index of a step id in the builder's order. */
  indexOf: (step: string) => number;
  /** The step on screen. */
  current: number;
  /** The furthest step reached: steps before it have been passed. */
  furthest: number;
  /** The last step (review): everything is in view there. */
  last: number;
}

export function groupFindings(findings: readonly Finding[], position: StepPosition): FindingGroups {
  const groups: FindingGroups = { current: [], earlier: [], later: [], waiting: [], dismissed: [] };
  const onLast = position.current >= position.last;
  for (const finding of findings) {
    if (finding.dismissed) {
      groups.dismissed.push(finding);
      continue;
    }
    const step = position.indexOf(finding.step);
    if (onLast) groups.current.push(finding);
    else if (finding.missing && step >= position.furthest) groups.waiting.push(finding);
    else if (step === position.current) groups.current.push(finding);
    else if (step < position.current) groups.earlier.push(finding);
    else groups.later.push(finding);
  }
  return groups;
}
