import { z } from 'zod';

// The one shape every check returns; the API route and the builder UI read it, so it is a schema, not just a type.

export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const severitySchema = z.enum(SEVERITIES);

export const findingSourceSchema = z.object({
  title: z.string().describe('What the finding rests on: a study, a law, a guideline'),
  url: z.string().optional(),
});

export const findingFixSchema = z
  .object({
    field: z.string().describe('The draft field to edit, as a dotted path'),
    start: z.number().int().min(0).describe('Where `find` starts in the field text the checks saw'),
    find: z.string().min(1).describe('The text to replace, exactly as it stands at `start`'),
    replace: z.string().describe('Replacement text, already in the case of the text it replaces'),
  })
  .describe('A one-click text replacement');

export const occurrenceSchema = z
  .object({
    field: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    excerpt: z.string().optional(),
    fix: findingFixSchema.optional(),
  })
  .describe('One place in a field the finding is about, by offsets into the field text: the UI marks it there');

export const findingDetailsSchema = z
  .object({
    why: z.string().optional().describe('The reasoning behind the finding, for a "why" disclosure'),
    places: z.array(z.string()).optional().describe('Jurisdictions or places the finding concerns'),
    sources: z.array(findingSourceSchema).optional(),
  })
  .describe('What sits behind the short message: reasons, places, sources');

/** A finding that stands: everything the builder needs to show, mark and fix it. */
export const standingFindingSchema = z.object({
  id: z.string().describe('Stable for the same text, e.g. "gender-coded:word:competitive"; `dismissed` names it'),
  check: z.string().describe('The check that produced it, e.g. "gender-coded"'),
  severity: severitySchema,
  message: z.string().describe('One plain sentence: what was found'),
  suggestion: z.string().optional().describe('The fix, in words'),
  details: findingDetailsSchema.optional(),
  step: z.string().describe('The builder step whose fields the finding is about'),
  missing: z.boolean().optional().describe('True when the finding only says something is not filled in yet'),
  field: z.string().optional().describe('Dotted draft path as the form names it, e.g. "responsibilities.2"'),
  excerpt: z.string().optional().describe('The text the finding is about, in place'),
  fix: findingFixSchema.optional().describe('The first occurrence’s fix'),
  occurrences: z.array(occurrenceSchema).optional().describe('Where it stands in the text, capped per field'),
  more: z.number().int().min(1).optional().describe('Occurrences beyond those listed'),
  dismissed: z.undefined().optional(),
  reason: z.undefined().optional(),
});

/**
 * A finding the author dismissed: its id, what it said and why it is kept, nothing more. Its details, places
 * and fixes are not sent again, so an answer with every finding dismissed stays as small as one without.
 */
export const dismissedFindingSchema = standingFindingSchema
  .pick({ id: true, check: true, severity: true, step: true, message: true })
  .extend({
    dismissed: z.literal(true),
    reason: z.string().describe('Why the author dismissed it'),
  })
  .strict();

/** What `POST /api/checks` lists: standing findings in full, dismissed ones by id, message and reason. */
export const findingSchema = z.union([dismissedFindingSchema, standingFindingSchema]);

export type Severity = z.infer<typeof severitySchema>;
export type FindingSource = z.infer<typeof findingSourceSchema>;
export type FindingFix = z.infer<typeof findingFixSchema>;
export type FindingDetails = z.infer<typeof findingDetailsSchema>;
export type Occurrence = z.infer<typeof occurrenceSchema>;
export type StandingFinding = z.infer<typeof standingFindingSchema>;
export type DismissedFinding = z.infer<typeof dismissedFindingSchema>;
export type Finding = z.infer<typeof findingSchema>;
export const isStanding = (finding: Finding): finding is StandingFinding => !finding.dismissed;
/** What a check returns: a standing finding but for the step, which runChecks adds from the field. */
export type CheckFinding = Omit<StandingFinding, 'step'> & { step?: string };

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity the checks' own order is kept (sort is stable). */
export function sortFindings<T extends Pick<Finding, 'severity'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

export type FindingSummary = Record<Severity, number> & { total: number };

/** Counts what still stands: dismissed findings are not counted. */
export function summarizeFindings(findings: readonly Pick<Finding, 'severity' | 'dismissed'>[]): FindingSummary {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0, total: 0 };
  for (const finding of findings) {
    if (finding.dismissed) continue;
    summary[finding.severity] += 1;
    summary.total += 1;
  }
  return summary;
}
