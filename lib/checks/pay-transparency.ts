import type { CheckContext } from './check-context';
import type { CheckFinding } from './finding';
import { findApplicablePayLaws, payLaws, type ApplicablePayLaw } from './pay-laws';

const CHECK = 'pay-transparency';

function describeLaw({ jurisdiction }: ApplicablePayLaw): string {
  const when = `${jurisdiction.effectiveLabel ?? 'in force since'} ${jurisdiction.effective}`;
  const what = jurisdiction.requirement ? `: ${jurisdiction.requirement}` : '';
  return `${jurisdiction.name}: ${jurisdiction.law}, ${when}${what}`;
}

const places = (n: number) => `${n} place${n === 1 ? '' : 's'}`;

function missingRange(laws: ApplicablePayLaw[]): CheckFinding {
  const byLocation = laws.filter((l) => l.reason === 'location');
  const byRemote = laws.filter((l) => l.reason === 'remote');
  const where = [
    byLocation.length ? `where the job is (${byLocation.map((l) => l.jurisdiction.name).join(', ')})` : '',
    byRemote.length ? `in ${places(byRemote.length)} this remote job could be done from` : '',
  ].filter(Boolean);
  return {
    id: `${CHECK}:missing-range`,
    check: CHECK,
    severity: 'error',
    message: `Pay range required ${where.join(' and ')}.`,
    suggestion: 'Add the pay range you expect in good faith to pay.',
    missing: true,
    details: {
      why: 'Pay-transparency laws require the range in the posting; without it the posting can break the law there and draw fines.',
      places: laws.map(describeLaw),
      sources: laws.map((l) => l.jurisdiction.source),
    },
    field: 'compensation',
  };
}

function wideRange({ draft }: CheckContext): CheckFinding[] {
  const pay = draft.compensation;
  const ratio = payLaws.wideRange.maxToMinRatio;
  if (!pay || pay.max <= pay.min * ratio) return [];
  const amount = (n: number) => `${n.toLocaleString('en-US')} ${pay.currency}`;
  return [
    {
      id: `${CHECK}:wide-range`,
      check: CHECK,
      severity: 'warning',
      message: `The pay range is wide: the top is more than ${ratio}× the bottom.`,
      suggestion: 'Narrow it to what you would really pay for this role, or split it into levels.',
      details: { why: payLaws.wideRange.why, sources: [payLaws.wideRange.source] },
      field: 'compensation.max',
      excerpt: `${amount(pay.min)}–${amount(pay.max)}`,
    },
  ];
}

const extraLabel = { benefits: 'A description of benefits', closingDate: 'The application deadline' } as const;
const extraField = { benefits: 'benefits', closingDate: 'apply.closingDate' } as const;

/** Other things the same laws require in the posting (benefits, a deadline), when the draft lacks them. */
function alsoRequired({ draft }: CheckContext, laws: ApplicablePayLaw[]): CheckFinding[] {
  const present = { benefits: draft.benefits.length > 0, closingDate: draft.apply.closingDate !== undefined };
  const findings: CheckFinding[] = [];
  for (const what of ['benefits', 'closingDate'] as const) {
    if (present[what]) continue;
    const requiring = laws.filter((l) => l.jurisdiction.alsoRequires?.includes(what));
    if (requiring.length === 0) continue;
    findings.push({
      id: `${CHECK}:also-requires:${what}`,
      check: CHECK,
      severity: 'warning',
      message: `${extraLabel[what]} is required in ${requiring.length === 1 ? requiring[0]!.jurisdiction.name : places(requiring.length)}.`,
      suggestion:
        what === 'benefits' ? 'List the main benefits (health, retirement, paid time off).' : 'Add the closing date.',
      missing: true,
      details: { places: requiring.map(describeLaw), sources: requiring.map((l) => l.jurisdiction.source) },
      field: extraField[what],
    });
  }
  return findings;
}

/**
 * Pay-range laws by location and, for remote jobs, by where the work could be done; the laws are data
 * with effective dates, applied only once in force on `today`.
 */
export function checkPayTransparency(context: CheckContext): CheckFinding[] {
  const laws = findApplicablePayLaws(context.draft, context.today);
  const findings: CheckFinding[] = [];
  if (!context.draft.compensation && laws.length > 0) findings.push(missingRange(laws));
  findings.push(...wideRange(context));
  findings.push(...alsoRequired(context, laws));
  return findings;
}
