import { describe, expect, it } from 'vitest';
import type { DismissedFinding, StandingFinding } from './finding';
import { groupFindings } from './finding-groups';

const STEPS = ['role', 'company', 'skills', 'responsibilities', 'pay', 'apply', 'review'];
const finding = (id: string, step: string, extra: Partial<StandingFinding> = {}): StandingFinding => ({
  id,
  check: 'test',
  severity: 'warning',
  message: id,
  step,
  ...extra,
});
const at = (current: number, furthest = current) => ({
  indexOf: (step: string) => STEPS.indexOf(step),
  current,
  furthest,
  last: STEPS.length - 1,
});
const ids = (list: readonly { id: string }[]) => list.map((f) => f.id);

const findings = [
  finding('summary-missing', 'role', { missing: true }),
  finding('rockstar', 'role'),
  finding('about-missing', 'company', { missing: true }),
  finding('pay-law', 'pay', { missing: true, severity: 'error' }),
  finding('verdict', 'review', { severity: 'info' }),
  {
    id: 'ninja',
    check: 'test',
    severity: 'warning',
    message: 'ninja',
    step: 'company',
    dismissed: true,
    reason: 'On purpose.',
  } satisfies DismissedFinding,
];

describe('groupFindings', () => {
  it('on step 1 of an empty draft, shows what was written and holds back what is not filled in yet', () => {
    const groups = groupFindings(findings, at(0));
    expect(ids(groups.current)).toEqual(['rockstar']);
    expect(ids(groups.waiting)).toEqual(['summary-missing', 'about-missing', 'pay-law']);
    expect(ids(groups.later)).toEqual(['verdict']);
    expect(ids(groups.dismissed)).toEqual(['ninja']);
  });

  it('shows a step’s "missing" findings once the writer has passed it, among the earlier steps', () => {
    const groups = groupFindings(findings, at(1));
    expect(ids(groups.current)).toEqual([]);
    expect(ids(groups.earlier)).toEqual(['summary-missing', 'rockstar']);
    expect(ids(groups.waiting)).toEqual(['about-missing', 'pay-law']);
  });

  it('keeps passed steps’ findings when the writer goes back', () => {
    const groups = groupFindings(findings, at(1, 5));
    expect(ids(groups.current)).toEqual(['about-missing']);
    expect(ids(groups.earlier)).toEqual(['summary-missing', 'rockstar']);
    expect(ids(groups.later)).toEqual(['pay-law', 'verdict']);
    expect(groups.waiting).toEqual([]);
  });

  it('puts everything standing in view on the review step', () => {
    const groups = groupFindings(findings, at(6));
    expect(ids(groups.current)).toEqual(['summary-missing', 'rockstar', 'about-missing', 'pay-law', 'verdict']);
    expect(ids(groups.dismissed)).toEqual(['ninja']);
  });
});
