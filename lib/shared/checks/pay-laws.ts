import { z } from 'zod';
import rules from '../../../content/rules/pay-transparency.json';
import { parseContent } from '../parse-content';
import type { Draft } from '../draft/draft-schema';

// The pay-transparency laws as data (content/rules/pay-transparency.json) and which of them reach a draft.

const sourceSchema = z.object({ title: z.string(), url: z.string().optional() });
const isoDate = z.iso.date();

const jurisdictionSchema = z.object({
  id: z.string(),
  name: z.string(),
  match: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), region: z.string().optional() })).min(1),
  regionAliases: z.array(z.string()).optional(),
  law: z.string(),
  effective: isoDate,
  /** How to read the date in a message; "in force since" unless the data says otherwise (the EU's deadline). */
  effectiveLabel: z.string().optional(),
  /** What the law asks, when it is not simply "the pay range in the posting". */
  requirement: z.string().optional(),
  coversRemoteRoles: z.boolean(),
  alsoRequires: z.array(z.enum(['benefits', 'closingDate'])).optional(),
  source: sourceSchema,
  note: z.string(),
});

const payLawsSchema = z.object({
  reviewed: isoDate,
  wideRange: z.object({ maxToMinRatio: z.number().min(1), why: z.string(), source: sourceSchema }),
  jurisdictions: z.array(jurisdictionSchema),
});

export const payLaws = parseContent(payLawsSchema, rules, 'content/rules/pay-transparency.json');

export type PayJurisdiction = z.infer<typeof jurisdictionSchema>;

export interface ApplicablePayLaw {
  jurisdiction: PayJurisdiction;
  /** Why it applies: the job's location is there, or a remote job could be done from there. */
  reason: 'location' | 'remote';
}

const normalizeRegion = (region: string) => region.toLowerCase().replace(/[.\s,]/g, '');

const regionKeys = new Map(
  payLaws.jurisdictions.map((j) => [
    j.id,
    new Set(
      [
        ...j.match.flatMap((m) => (m.region ? [m.region] : [])),
        ...(j.match.some((m) => m.region) ? [j.name] : []),
        ...(j.regionAliases ?? []),
      ].map(normalizeRegion),
    ),
  ]),
);

function matchesLocation(jurisdiction: PayJurisdiction, location: NonNullable<Draft['job']['location']>): boolean {
  return jurisdiction.match.some((m) => {
    if (m.country !== location.country) return false;
    if (!m.region) return true;
    // Region is free text in the draft: "CO", "Colorado" and "colorado" all count.
    return location.region !== undefined && regionKeys.get(jurisdiction.id)!.has(normalizeRegion(location.region));
  });
}

/** Countries a remote job is open to; undefined means anywhere. Empty for on-site and hybrid jobs. */
function remoteCountries(draft: Draft): Set<string> | undefined {
  if (draft.job.workplace !== 'remote') return new Set();
  const countries = draft.job.remoteCountries;
  return countries && countries.length > 0 ? new Set(countries) : undefined;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The laws in force on `today` that reach this posting, in the order of the data file. */
export function findApplicablePayLaws(draft: Draft, today: Date = new Date()): ApplicablePayLaw[] {
  const day = isoDay(today);
  const location = draft.job.location;
  const remote = remoteCountries(draft);
  const applicable: ApplicablePayLaw[] = [];
  for (const jurisdiction of payLaws.jurisdictions) {
    if (jurisdiction.effective > day) continue;
    if (location && matchesLocation(jurisdiction, location)) {
      applicable.push({ jurisdiction, reason: 'location' });
    } else if (
      jurisdiction.coversRemoteRoles &&
      (remote === undefined || jurisdiction.match.some((m) => remote.has(m.country)))
    ) {
      applicable.push({ jurisdiction, reason: 'remote' });
    }
  }
  return applicable;
}
