import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftSchema } from '../draft/draft-schema';
import { exampleDraft } from '../draft/example-draft';
import { disjointVersions, shuffledVersions } from './hostile-diff-drafts';
import { diffVersions, EDIT_BUDGET, minimumEdits } from './version-diff';

// The word diff is watched, not replaced: the tests see how often it runs and with what budget.
const diffWords = vi.hoisted(() => ({ calls: [] as { maxEditLength?: number }[] }));
vi.mock('diff', async (importOriginal) => {
  const actual = await importOriginal<typeof import('diff')>();
  return {
    ...actual,
    diffWords: (before: string, after: string, options: { maxEditLength: number }) => {
      diffWords.calls.push(options);
      return actual.diffWords(before, after, options);
    },
  };
});

const v = (version: number, draft: typeof exampleDraft) => ({ version, draft });

describe('the diff of two versions is bounded work, whatever their text', () => {
  beforeEach(() => {
    diffWords.calls.length = 0;
  });

  it('the hostile drafts are valid drafts at the field limits', () => {
    for (const draft of [...disjointVersions(), ...shuffledVersions()]) {
      expect(draftSchema.safeParse(draft).success).toBe(true);
      expect(draft.job.summary!.length).toBeGreaterThan(1990);
      expect(draft.responsibilities).toHaveLength(25);
    }
  });

  it('versions with no word in common: the long sections rewritten, known without running the word diff', () => {
    const [alpha, beta] = disjointVersions();
    const diff = diffVersions(v(1, alpha), v(2, beta));
    const long = ['summary', 'about', 'responsibilities', 'requirements', 'benefits'];
    for (const section of diff.sections.filter((s) => long.includes(s.section))) {
      expect(section).toMatchObject({ changed: true, rewritten: true });
      expect(section.parts.map((p) => p.op)).toEqual(['removed', 'added']);
      expect(section.parts[0]!.text).toMatch(/^alpha/);
      expect(section.parts[1]!.text).toMatch(/^beta/);
    }
    // Only a short section (the title's three lines share their place and type) is diffed word by word.
    const diffed = diff.sections.filter((s) => s.changed && !s.rewritten);
    expect(diffed.map((s) => s.section)).toEqual(['title']);
    expect(diffWords.calls).toHaveLength(diffed.length);
  });

  it('versions sharing every word in another order: the word diff runs within the edit budget, then gives up', () => {
    const [first, second] = shuffledVersions();
    const diff = diffVersions(v(1, first), v(2, second));
    expect(diff.sections.find((s) => s.section === 'responsibilities')).toMatchObject({
      changed: true,
      rewritten: true,
    });
    expect(diffWords.calls.length).toBeGreaterThan(0);
    for (const options of diffWords.calls) expect(options.maxEditLength).toBe(EDIT_BUDGET);
    // Myers' diff costs about (N + M) × D: the budget, not the text, sets D.
    expect(EDIT_BUDGET).toBeLessThanOrEqual(200);
  });

  it('a usual edit is still marked word by word', () => {
    const edited = { ...exampleDraft, job: { ...exampleDraft.job, title: 'Staff Back End Developer' } };
    const title = diffVersions(v(1, exampleDraft), v(2, edited)).sections.find((s) => s.section === 'title')!;
    expect(title.rewritten).toBe(false);
    expect(title.parts).toEqual(
      expect.arrayContaining([
        { op: 'removed', text: 'Senior' },
        { op: 'added', text: 'Staff' },
      ]),
    );
  });

  it('minimumEdits: the tokens that cannot be matched, whitespace aside', () => {
    expect(minimumEdits(['a ', 'b ', 'c'], ['a', ' b', 'd'])).toBe(2);
    expect(minimumEdits(['a', 'a', 'a'], ['a'])).toBe(2);
    expect(minimumEdits(['x', 'y'], ['y', 'x'])).toBe(0);
    expect(minimumEdits([], ['new'])).toBe(1);
  });
});
