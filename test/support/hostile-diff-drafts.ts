import { exampleDraft } from '../../lib/shared/draft/example-draft';
import type { Draft } from '../../lib/shared/draft/draft-schema';

// Valid drafts whose diff is as costly as can be: every text field at its limit, filled with one word
// repeated (two versions with no word in common, the case) or with the same few words in another
// order (every word shared, the edits still many). The diff tests and the bench use them.

const LIMITS = { title: 120, summary: 2000, department: 100, about: 3000, item: 300, benefit: 200, skillName: 60 };
const COUNTS = { responsibilities: 25, benefits: 30, skills: 40 };

/** Words from `word(i)`, space-separated, up to `max` characters. */
function fill(word: (i: number) => string, max: number): string {
  let text = word(0);
  for (let i = 1; ; i++) {
    const next = `${text} ${word(i)}`;
    if (next.length > max) return text;
    text = next;
  }
}

/** A draft with every text field at its limit, written with `word`; `tag` keeps skill ids apart. */
export function filledDraft(word: (i: number) => string, tag: string): Draft {
  const text = (max: number, offset = 0) => fill((i) => word(i + offset), max);
  return {
    ...exampleDraft,
    job: {
      ...exampleDraft.job,
      title: text(LIMITS.title),
      department: text(LIMITS.department),
      summary: text(LIMITS.summary),
    },
    company: { ...exampleDraft.company, name: text(LIMITS.title), about: text(LIMITS.about) },
    skills: Array.from({ length: COUNTS.skills }, (_, n) => ({
      id: `custom:${tag}-${n}`,
      name: text(LIMITS.skillName, n),
      level: 'required' as const,
    })),
    responsibilities: Array.from({ length: COUNTS.responsibilities }, (_, n) => text(LIMITS.item, n)),
    benefits: Array.from({ length: COUNTS.benefits }, (_, n) => text(LIMITS.benefit, n)),
  };
}

/** Two versions with no word in common: `alpha alpha …` then `beta beta …`. */
export const disjointVersions = (): [Draft, Draft] => [filledDraft(() => 'alpha', 'a'), filledDraft(() => 'beta', 'b')];

/** Two versions made of the same four words in two different orders: every word is shared, few runs are. */
export function shuffledVersions(): [Draft, Draft] {
  const words = ['ship', 'code', 'test', 'review'];
  const order = (seed: number) => {
    let state = seed;
    return () => {
      state = (state * 16807) % 2147483647;
      return words[state % words.length]!;
    };
  };
  const first = order(7);
  const second = order(11);
  return [filledDraft(() => first(), 'a'), filledDraft(() => second(), 'a')];
}
