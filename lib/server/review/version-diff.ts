import { diffWords, wordDiff } from 'diff';
import * as z from 'zod/mini';
import type { Draft } from '../../shared/draft/draft-schema';
import { postingSections } from './posting-sections';
import { REVIEW_SECTIONS } from '../../shared/review/review-schema';

// What changed between two versions, section by section and word by word (the `diff` package's word
// diff, which ignores differences in whitespace alone).

export const diffPartSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const sectionDiffSchema = z.object({
  section: z.enum(REVIEW_SECTIONS),
  heading: z.string(),
  changed: z.boolean(),
  /** The texts differ by more than EDIT_BUDGET words: shown as the old text removed and the new added. */
  rewritten: z.boolean(),
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
 * The most word insertions and deletions one section's diff may look for before the section is shown as
 * rewritten, and all the sections of one diff together. Myers' diff costs about (N + M) × D and more with
 * D², so these cap the work whatever the texts (two versions of every field at its limit with no word in
 * common took ~1 s at the 2,000 per section this used to be). A sentence of 20 words replaced is 40 edits:
 * two per section still diff word by word; past that, showing the section rewritten is fair.
 */
export const EDIT_BUDGET = 100;
export const REQUEST_EDIT_BUDGET = 200;

export type TextDiff = { parts: DiffPart[]; rewritten: boolean };

const rewrite = (before: string, after: string): TextDiff => ({
  rewritten: true,
  parts: [
    ...(before ? [{ op: 'removed' as const, text: before }] : []),
    ...(after ? [{ op: 'added' as const, text: after }] : []),
  ],
});

/**
 * The fewest edits any diff of these token lists needs: every token not matched by an equal one on the other
 * side is an insertion or a deletion. Counted in one pass, so texts with little in common are known to be
 * rewritten without running the diff (the word diff compares tokens without their surrounding whitespace).
 */
export function minimumEdits(before: readonly string[], after: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of before) {
    const word = token.trim();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let matched = 0;
  for (const token of after) {
    const word = token.trim();
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      matched++;
      counts.set(word, left - 1);
    }
  }
  return before.length + after.length - 2 * matched;
}

/** Two texts compared word by word within `budget` edits; `spent` is what the search used of it. */
function boundedDiff(before: string, after: string, atLeast: number, budget: number): TextDiff & { spent: number } {
  if (before === after) {
    return { rewritten: false, spent: 0, parts: before === '' ? [] : [{ op: 'same', text: before }] };
  }
  // A section added or emptied is that, not a rewrite.
  if (before === '' || after === '') return { ...rewrite(before, after), rewritten: false, spent: 0 };
  if (atLeast > budget) return { ...rewrite(before, after), spent: 0 };
  const changes = diffWords(before, after, { maxEditLength: budget });
  if (!changes) return { ...rewrite(before, after), spent: budget };
  return {
    rewritten: false,
    spent: changes.reduce((sum, c) => sum + (c.added || c.removed ? c.count : 0), 0),
    parts: changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })),
  };
}

const editsBetween = (before: string, after: string) =>
  before === after ? 0 : minimumEdits(wordDiff.tokenize(before), wordDiff.tokenize(after));

/** One pair of texts within the budget of one section. */
export function diffText(before: string, after: string): TextDiff {
  const { parts, rewritten } = boundedDiff(before, after, editsBetween(before, after), EDIT_BUDGET);
  return { parts, rewritten };
}

export function diffVersions(
  from: { version: number; draft: Draft },
  to: { version: number; draft: Draft },
): VersionDiff {
  const before = postingSections(from.draft).map((s) => s.lines.join('\n'));
  const after = postingSections(to.draft);
  const texts = after.map((section, i) => {
    const old = before[i]!;
    const now = section.lines.join('\n');
    return { section, old, now, atLeast: editsBetween(old, now) };
  });
  // The request's budget goes to the sections that changed least first: a few words changed in one section
  // are still marked even when another was rewritten whole.
  const results = new Map<number, TextDiff>();
  let left = REQUEST_EDIT_BUDGET;
  for (const i of texts.map((_, i) => i).sort((a, b) => texts[a]!.atLeast - texts[b]!.atLeast)) {
    const { old, now, atLeast } = texts[i]!;
    const { spent, ...diff } = boundedDiff(old, now, atLeast, Math.min(EDIT_BUDGET, left));
    left -= spent;
    results.set(i, diff);
  }
  const sections = texts.map(({ section }, i): SectionDiff => {
    const { parts, rewritten } = results.get(i)!;
    return {
      section: section.id,
      heading: section.heading,
      changed: parts.some((p) => p.op !== 'same'),
      rewritten,
      parts,
    };
  });
  return { from: from.version, to: to.version, changed: sections.some((s) => s.changed), sections };
}
