import type { CheckContext } from './check-context';
import type { CheckFinding } from './finding';
import type { CheckMessages } from './messages/check-messages';
import { findApplicablePayLaws, payLaws, type ApplicablePayLaw } from './pay-laws';

const CHECK = 'pay-transparency';

function describeLaw({ jurisdiction }: ApplicablePayLaw, messages: CheckMessages): string {
  const { id, effective } = jurisdiction;
  const values = {
    place: messages.t(`pay.place.${id}`),
    law: jurisdiction.law,
    when: jurisdiction.effectiveLabel
      ? messages.t(`pay.effective.${id}`, { date: effective })
      : messages.t('pay.inForceSince', { date: effective }),
  };
  return jurisdiction.requirement
    ? messages.t('pay.law.requirement', { ...values, requirement: messages.t(`pay.requirement.${id}`) })
    : messages.t('pay.law', values);
}

function missingRange(laws: ApplicablePayLaw[], messages: CheckMessages): CheckFinding {
  const byLocation = laws.filter((l) => l.reason === 'location');
  const count = laws.filter((l) => l.reason === 'remote').length;
  const places = byLocation.map((l) => messages.t(`pay.place.${l.jurisdiction.id}`)).join(', ');
  const message =
    byLocation.length && count
      ? messages.t('pay.missing.both', { places, count })
      : count
        ? messages.t('pay.missing.remote', { count })
        : messages.t('pay.missing.location', { places });
  return {
    id: `${CHECK}:missing-range`,
    check: CHECK,
    severity: 'error',
    message,
    suggestion: messages.t('pay.missing.suggestion'),
    missing: true,
    details: {
      why: messages.t('pay.missing.why'),
      places: laws.map((law) => describeLaw(law, messages)),
      sources: laws.map((l) => l.jurisdiction.source),
    },
    field: 'compensation',
  };
}

function wideRange({ draft, messages }: CheckContext): CheckFinding[] {
  const pay = draft.compensation;
  const ratio = payLaws.wideRange.maxToMinRatio;
  if (!pay || pay.max <= pay.min * ratio) return [];
  const amount = (n: number) => `${messages.number(n)} ${pay.currency}`;
  return [
    {
      id: `${CHECK}:wide-range`,
      check: CHECK,
      severity: 'warning',
      message: messages.t('pay.wide', { ratio }),
      suggestion: messages.t('pay.wide.suggestion'),
      details: { why: messages.t('pay.wide.why'), sources: [payLaws.wideRange.source] },
      field: 'compensation.max',
      excerpt: `${amount(pay.min)}–${amount(pay.max)}`,
    },
  ];
}

const extraField = { benefits: 'benefits', closingDate: 'apply.closingDate' } as const;

/** Other things the same laws require in the posting (benefits, a deadline), when the draft lacks them. */
function alsoRequired({ draft, messages }: CheckContext, laws: ApplicablePayLaw[]): CheckFinding[] {
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
      message: messages.t(`pay.also.${what}`, {
        count: requiring.length,
        place: messages.t(`pay.place.${requiring[0]!.jurisdiction.id}`),
      }),
      suggestion: messages.t(`pay.also.${what}.suggestion`),
      missing: true,
      details: {
        places: requiring.map((law) => describeLaw(law, messages)),
        sources: requiring.map((l) => l.jurisdiction.source),
      },
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
  if (!context.draft.compensation && laws.length > 0) findings.push(missingRange(laws, context.messages));
  findings.push(...wideRange(context));
  findings.push(...alsoRequired(context, laws));
  return findings;
}
