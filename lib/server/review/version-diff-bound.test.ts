import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftSchema } from '../../shared/draft/draft-schema';
import { exampleDraft } from '../../shared/draft/example-draft';
import { disjointVersions, shuffledVersions } from '../../../test/support/hostile-diff-drafts';
import { diffVersions, EDIT_BUDGET, minimumEdits, REQUEST_EDIT_BUDGET } from './version-diff';

// The word diff is watched, not replaced: the tests see how often it runs and with what budget.
// `searched`: the edit length the search reached (its whole allowance when it gave up).
const diffWords = vi.hoisted(() => ({ calls: [] as { maxEditLength: number; searched: number }[] }));
vi.mock('diff', async (importOriginal) => {
  const actual = await importOriginal<typeof import('diff')>();
  return {
    ...actual,
    diffWords: (before: string, after: string, options: { maxEditLength: number }) => {
      const changes = actual.diffWords(before, after, options);
      const searched = changes
        ? changes.reduce((sum, c) => sum + (c.added || c.removed ? c.count : 0), 0)
        : options.maxEditLength;
      diffWords.calls.push({ maxEditLength: options.maxEditLength, searched });
      return changes;
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
    // The word diff runs at most for a section short enough to be within budget (the title's three lines).
    const diffed = diff.sections.filter((s) => s.changed && !s.rewritten);
    expect(diffed.length).toBeLessThanOrEqual(1);
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
    // Myers' diff costs about (N + M) × D: the budgets, not the text, set D.
    for (const options of diffWords.calls) expect(options.maxEditLength).toBeLessThanOrEqual(EDIT_BUDGET);
    const searched = diffWords.calls.reduce((sum, call) => sum + call.searched, 0);
    expect(searched).toBeLessThanOrEqual(REQUEST_EDIT_BUDGET);
    expect(EDIT_BUDGET).toBeLessThanOrEqual(200);
    expect(REQUEST_EDIT_BUDGET).toBeLessThanOrEqual(2 * EDIT_BUDGET);
  });

  it('a few words changed in one section are still marked when the others were rewritten', () => {
    const [first, shuffled] = shuffledVersions();
    const second = {
      ...shuffled,
      job: { ...shuffled.job, title: `${first.job.title.slice(0, 100)} lead`, department: first.job.department },
      company: { ...shuffled.company, name: first.company.name },
    };
    const diff = diffVersions(
      v(1, { ...first, job: { ...first.job, title: first.job.title.slice(0, 100) } }),
      v(2, second),
    );
    const title = diff.sections.find((s) => s.section === 'title')!;
    expect(title).toMatchObject({ changed: true, rewritten: false });
    expect(title.parts.filter((p) => p.op !== 'same').map((p) => p.text.trim())).toEqual(['lead']);
    expect(diff.sections.filter((s) => s.rewritten).length).toBeGreaterThanOrEqual(4);
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
