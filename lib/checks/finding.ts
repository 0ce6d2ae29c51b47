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
    find: z.string().min(1).describe('Text whose first occurrence in the field is replaced'),
    replace: z.string().describe('Replacement text, already in the case of the text it replaces'),
  })
  .describe('A one-click text replacement');

export const findingSchema = z.object({
  id: z.string().describe('Stable per finding, e.g. "exclusionary:rockstar:job.summary:0"'),
  check: z.string().describe('The check that produced it, e.g. "gender-coded"'),
  severity: severitySchema,
  message: z.string().describe('Plain words: what was found and why it matters'),
  source: findingSourceSchema.optional(),
  field: z.string().optional().describe('Dotted draft path as the form names it, e.g. "responsibilities.2"'),
  excerpt: z.string().optional().describe('The text the finding is about, in place'),
  suggestion: z.string().optional(),
  fix: findingFixSchema.optional(),
});

export type Severity = z.infer<typeof severitySchema>;
export type FindingSource = z.infer<typeof findingSourceSchema>;
export type FindingFix = z.infer<typeof findingFixSchema>;
export type Finding = z.infer<typeof findingSchema>;

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; within a severity the checks' own order is kept (sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

export type FindingSummary = Record<Severity, number> & { total: number };

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const finding of findings) summary[finding.severity] += 1;
  return summary;
}
