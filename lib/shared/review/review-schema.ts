import * as z from 'zod/mini';
import { cleanText, type TextKind } from '../draft/text-hygiene';
import { hasVisibleText } from '../draft/visible-text';

// What a reviewer sends and what a comment and a verdict are (spec "Review"). Imported by the browser, the
// API and storage alike: nothing server-only, and zod/mini to keep the builder's bundle small.

import { REVIEW_SECTIONS, type ReviewSection } from './section-fields';

export { REVIEW_SECTIONS, type ReviewSection };

/** What the reviewer and the author call each section. */
export const SECTION_HEADINGS: Record<ReviewSection, string> = {
  title: 'Title',
  summary: 'The role',
  about: 'About the company',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  pay: 'Pay',
  benefits: 'Benefits',
  apply: 'How to apply',
};

export const VERDICTS = ['approve', 'changes'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const COMMENT_BODY_MAX = 2000;
export const AUTHOR_MAX = 80;
export const QUOTE_MAX = 300;
export const NOTE_MAX = 2000;

const versionNumber = z
  .number({ error: 'version must be a number' })
  .check(
    z.int({ error: 'version must be a whole number' }),
    z.minimum(1, { error: 'version must be 1 or more' }),
    z.maximum(999_999_999, { error: 'version is too large' }),
  );

const boundedText = (label: string, max: number, kind: TextKind) =>
  z
    .string({ error: `${label} must be text` })
    .check(z.maxLength(max, { error: `${label} must be at most ${max} characters` }), cleanText(label, kind));

/** Required text: 1..max characters, at least one of them visible. Kept as typed. */
const requiredText = (label: string, max: number, kind: TextKind) =>
  boundedText(label, max, kind).check(z.refine(hasVisibleText, { error: `${label} is required` }));

export const commentInputSchema = z.strictObject({
  version: versionNumber,
  section: z.enum(REVIEW_SECTIONS, { error: `section must be one of ${REVIEW_SECTIONS.join(', ')}` }),
  quote: z.optional(boundedText('quote', QUOTE_MAX, 'multiline')),
  body: requiredText('body', COMMENT_BODY_MAX, 'multiline'),
  author: requiredText('author', AUTHOR_MAX, 'name'),
});
export type CommentInput = z.infer<typeof commentInputSchema>;

export const resolveInputSchema = z.strictObject({
  resolved: z.boolean({ error: 'resolved must be true or false' }),
});

export const verdictInputSchema = z.strictObject({
  version: versionNumber,
  verdict: z.enum(VERDICTS, { error: 'verdict must be approve or changes' }),
  author: requiredText('author', AUTHOR_MAX, 'name'),
  note: z.optional(boundedText('note', NOTE_MAX, 'multiline')),
});
export type VerdictInput = z.infer<typeof verdictInputSchema>;

export const reviewCommentSchema = z.object({
  id: z.string(),
  version: z.number(),
  section: z.enum(REVIEW_SECTIONS),
  quote: z.optional(z.string()),
  body: z.string(),
  author: z.string(),
  createdAt: z.string(),
  resolved: z.boolean(),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

export const reviewVerdictSchema = z.object({
  id: z.string(),
  version: z.number(),
  verdict: z.enum(VERDICTS),
  author: z.string(),
  note: z.optional(z.string()),
  createdAt: z.string(),
});
export type ReviewVerdict = z.infer<typeof reviewVerdictSchema>;

/**
 * The latest version with an approval and no later "changes" verdict. Verdicts are only taken on the
 * latest version, so a later verdict (in the order given) is never on an older version.
 */
export function approvedVersion(verdictsOldestFirst: readonly Pick<ReviewVerdict, 'version' | 'verdict'>[]) {
  let approved: number | undefined;
  for (const { version, verdict } of verdictsOldestFirst) {
    if (verdict === 'changes') approved = undefined;
    else approved = Math.max(approved ?? 0, version);
  }
  return approved;
}
