import { getRoleCatalog } from '../../lib/shared/catalog';
import { exampleDraft } from '../../lib/shared/draft/example-draft';
import { exclusionaryLexicon } from '../../lib/shared/checks/exclusionary-lexicon';
import { genderLexicon } from '../../lib/shared/checks/gender-lexicon';
import { MAX_DISMISSED, type Draft } from '../../lib/shared/draft/draft-schema';

// Valid drafts built to be as expensive as possible for the checks: every text field at its maximum,
// packed with what costs the checks most. The cost test and the bench run all of them and keep the worst.

const LIMITS = { title: 120, summary: 2000, department: 100, about: 3000, item: 300, benefit: 200, skillName: 60 };
const COUNTS = { responsibilities: 25, benefits: 30, skills: 40 };

/** `unit` repeated to exactly `length` characters (cut at the end). */
const fill = (unit: (i: number) => string, length: number) => {
  let text = '';
  for (let i = 0; text.length < length; i++) text += unit(i);
  return text.slice(0, length).trimEnd() || 'x';
};

const TERMS = ['rockstar ', 'he/she is ', 'ninja developer ', 'young ', 'guys ', 'digital native ', 'hero ', 'guru '];
const MASCULINE = ['competitive', 'ambitious', 'decisive', 'dominant', 'leader', 'assertive', 'driven', 'fearless'];

// One phrase of every exclusionary term and one word of every coded stem: the most distinct findings.
const EVERY_TERM = exclusionaryLexicon.terms.map((term) => term.match[0]!);
const EVERY_CODED = [...genderLexicon.masculine, ...genderLexicon.feminine].map((stem) => stem.replace('*', ''));

type Filler = (max: number, salt: string) => string;

const fillers: Record<string, Filler> = {
  // The case: one flagged word, hundreds of times in every field.
  repeatedTerm: (max) => fill(() => 'rockstar ', max),
  // Every term and coded word the lists know, with fixes that need the next word.
  mixedTerms: (max) => fill((i) => `${TERMS[i % TERMS.length]}${MASCULINE[i % MASCULINE.length]} `, max),
  // A different masculine-coded word each time: as many distinct findings as the text can hold.
  distinctWords: (max, salt) => fill((i) => `compet${salt}${i.toString(36)} `, max),
  // Every term and coded word there is, in short sentences: as many findings (and, dismissed, echoes) as can be.
  everyTerm: (max, salt) =>
    fill(
      (i) => `The ${EVERY_TERM[(i + salt.length) % EVERY_TERM.length]} is ${EVERY_CODED[i % EVERY_CODED.length]}. `,
      max,
    ),
  // One word as long as the field: no spaces for excerpts or sentence splitting to stop at.
  longWord: (max) => fill(() => 'competitiveness', max),
  // Many hard sentences, each long and full of long words.
  hardSentences: (max) =>
    fill(
      () =>
        'Notwithstanding organizational considerations, interdepartmental standardization necessitates documentation. ',
      max,
    ),
};

const catalogIds = getRoleCatalog(exampleDraft.roleId)!.skills.map((skill) => skill.id);

function hostileDraft(filler: Filler): Draft {
  const text = (max: number, salt: string) => filler(max, salt);
  return {
    ...exampleDraft,
    job: {
      ...exampleDraft.job,
      title: text(LIMITS.title, 't'),
      seniority: 'junior',
      department: text(LIMITS.department, 'd'),
      summary: text(LIMITS.summary, 's'),
      workplace: 'remote',
      location: undefined,
      remoteCountries: undefined,
    },
    company: { ...exampleDraft.company, about: text(LIMITS.about, 'a') },
    responsibilities: Array.from({ length: COUNTS.responsibilities }, (_, i) => text(LIMITS.item, `r${i}`)),
    benefits: Array.from({ length: COUNTS.benefits }, (_, i) => text(LIMITS.benefit, `b${i}`)),
    // Every catalog skill and custom ones with the longest flagged names, each asking for 30 years of a junior.
    skills: Array.from({ length: COUNTS.skills }, (_, i) => ({
      ...(catalogIds[i] ? { id: catalogIds[i]! } : { id: `custom:skill-${i}`, name: text(LIMITS.skillName, `k${i}`) }),
      level: 'required' as const,
      years: 30,
    })),
    // No pay, remote from anywhere: every pay law applies, and its message lists them all.
    compensation: undefined,
  };
}

/** Each hostile draft by name. */
export const hostileDrafts: Record<string, Draft> = Object.fromEntries(
  Object.entries(fillers).map(([name, filler]) => [name, hostileDraft(filler)]),
);

/**
 * `draft` with each of `findingIds` dismissed (up to the draft's limit) for the longest reason allowed: a
 * dismissed finding is echoed in the answer with its reason, so this is the largest answer a draft can get.
 */
export function withEveryFindingDismissed(draft: Draft, findingIds: readonly string[]): Draft {
  const reason = fill((i) => `Kept on purpose ${i}. `, 200);
  return {
    ...draft,
    dismissed: findingIds.slice(0, MAX_DISMISSED).map((finding) => ({ finding, reason })),
  };
}
