import type { Draft } from '../draft/draft-schema';
import type { Finding } from './finding';
import { findApplicablePayRules, payRules, type ApplicablePayRule } from './pay-rules';

const CHECK = 'pay-transparency';

function describeRule({ jurisdiction }: ApplicablePayRule): string {
  const when = `${jurisdiction.effectiveLabel ?? 'in force since'} ${jurisdiction.effective}`;
  const what = jurisdiction.requirement ? `: ${jurisdiction.requirement}` : '';
  return `${jurisdiction.name} (${jurisdiction.law}, ${when}${what})`;
}

function missingRange(rules: ApplicablePayRule[]): Finding {
  const byLocation = rules.filter((r) => r.reason === 'location');
  const byRemote = rules.filter((r) => r.reason === 'remote');
  const parts = [
    byLocation.length ? `The job is in ${byLocation.map(describeRule).join('; ')}.` : '',
    byRemote.length
      ? `As a remote job it could be done from places whose laws cover remote work: ${byRemote.map(describeRule).join('; ')}.`
      : '',
  ].filter(Boolean);
  const places = rules.map((r) => r.jurisdiction.name);
  return {
    id: `${CHECK}:missing-range`,
    check: CHECK,
    severity: 'error',
    message: `No pay range, but pay-transparency law requires one for this job. ${parts.join(' ')} Without it the posting can break the law there and draw fines.`,
    source: rules[0]!.jurisdiction.source,
    field: 'compensation',
    suggestion: `Add the pay range you expect in good faith to pay (required in ${places.join(', ')}).`,
  };
}

function wideRange(draft: Draft): Finding[] {
  const pay = draft.compensation;
  const ratio = payRules.wideRange.maxToMinRatio;
  if (!pay || pay.max <= pay.min * ratio) return [];
  const amount = (n: number) => `${n.toLocaleString('en-US')} ${pay.currency}`;
  return [
    {
      id: `${CHECK}:wide-range`,
      check: CHECK,
      severity: 'warning',
      message:
        `The pay range ${amount(pay.min)}–${amount(pay.max)} is wide: the top is more than ${ratio}× the bottom. ` +
        payRules.wideRange.why,
      source: payRules.wideRange.source,
      field: 'compensation.max',
      excerpt: `${amount(pay.min)}–${amount(pay.max)}`,
      suggestion: 'Narrow it to what you would really pay for this role, or split it into levels.',
    },
  ];
}

const extraLabel = { benefits: 'a general description of benefits', closingDate: 'the application deadline' } as const;
const extraField = { benefits: 'benefits', closingDate: 'apply.closingDate' } as const;

/** Other things the same laws require in the posting (benefits, a deadline), when the draft lacks them. */
function alsoRequired(draft: Draft, rules: ApplicablePayRule[]): Finding[] {
  const present = { benefits: draft.benefits.length > 0, closingDate: draft.apply.closingDate !== undefined };
  const findings: Finding[] = [];
  for (const what of ['benefits', 'closingDate'] as const) {
    if (present[what]) continue;
    const requiring = rules.filter((r) => r.jurisdiction.alsoRequires?.includes(what));
    if (requiring.length === 0) continue;
    findings.push({
      id: `${CHECK}:also-requires:${what}`,
      check: CHECK,
      severity: 'warning',
      message: `${requiring.map((r) => r.jurisdiction.name).join(', ')} also require${requiring.length === 1 ? 's' : ''} ${extraLabel[what]} in the posting (${requiring.map((r) => r.jurisdiction.law).join('; ')}).`,
      source: requiring[0]!.jurisdiction.source,
      field: extraField[what],
      suggestion:
        what === 'benefits' ? 'List the main benefits (health, retirement, paid time off).' : 'Add the closing date.',
    });
  }
  return findings;
}

/**
 * Pay-range laws by location and, for remote jobs, by where the work could be done; the rules are data
 * with effective dates, applied only once in force on `today`.
 */
export function checkPayTransparency(draft: Draft, input: { today?: Date } = {}): Finding[] {
  const rules = findApplicablePayRules(draft, input.today);
  const findings: Finding[] = [];
  if (!draft.compensation && rules.length > 0) findings.push(missingRange(rules));
  findings.push(...wideRange(draft));
  findings.push(...alsoRequired(draft, rules));
  return findings;
}
