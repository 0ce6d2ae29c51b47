import { diffWords } from 'diff';
import * as z from 'zod/mini';
import type { Draft } from '../draft/draft-schema';
import { postingSections } from './posting-sections';
import { REVIEW_SECTIONS } from './review-schema';

// What changed between two versions, section by section and word by word (the `diff` package's word
// diff, which ignores differences in whitespace alone).

export const diffPartSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const sectionDiffSchema = z.object({
  section: z.enum(REVIEW_SECTIONS),
  heading: z.string(),
  changed: z.boolean(),
  parts: z.array(diffPartSchema),
});
export const versionDiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  changed: z.boolean(),
  sections: z.array(sectionDiffSchema),
});
export type DiffPart = z.infer<typeof diffPartSchema>;
export type SectionDiff = z.infer<typeof sectionDiffSchema>;
export type VersionDiff = z.infer<typeof versionDiffSchema>;

/**
 * Beyond this many edits the texts have little in common: the section is shown as replaced whole. Fields
 * are bounded by the draft schema, so this bounds the work (Myers' diff costs about N × D).
 */
const MAX_EDIT_LENGTH = 2000;

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }];
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [
      ...(before ? [{ op: 'removed' as const, text: before }] : []),
      ...(after ? [{ op: 'added' as const, text: after }] : []),
    ];
  }
  return changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

export function diffVersions(
  from: { version: number; draft: Draft },
  to: { version: number; draft: Draft },
): VersionDiff {
  const before = postingSections(from.draft);
  const after = postingSections(to.draft);
  const sections = after.map((section, i): SectionDiff => {
    const parts = diffText(before[i]!.lines.join('\n'), section.lines.join('\n'));
    return {
      section: section.id,
      heading: section.heading,
      changed: parts.some((p) => p.op !== 'same'),
      parts,
    };
  });
  return { from: from.version, to: to.version, changed: sections.some((s) => s.changed), sections };
}
