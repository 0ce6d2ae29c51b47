import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkExclusionary } from './exclusionary';
import { exclusionaryLexicon } from './exclusionary-lexicon';
import type { FindingFix } from './finding';
import { OCCURRENCES_PER_FIELD } from './occurrences';
import { applyFix } from './text-fix';
import { contextFor, draftWithSummary, exampleWith } from '../../../test/support/test-drafts';
import { amidFiller } from '../../../test/support/word-arbitraries';

const check = (draft: Draft) => checkExclusionary(contextFor(draft));
const inSummary = (summary: string) => check(draftWithSummary(summary));
const termIds = (summary: string) => inSummary(summary).map((f) => f.id.split(':')[2]);
/** Every place flagged, listed or counted. */
const places = (draft: Draft) => check(draft).reduce((n, f) => n + (f.occurrences?.length ?? 0) + (f.more ?? 0), 0);

/** Applies a fix to the summary, as the builder UI does. */
function withFix(draft: Draft, fix: FindingFix): Draft {
  expect(fix.field).toBe('job.summary');
  return { ...draft, job: { ...draft.job, summary: applyFix(draft.job.summary!, fix) } };
}

describe('checkExclusionary', () => {
  it('finds "rockstar" in the summary with a one-click fix that removes the finding', () => {
    const draft = draftWithSummary('We are looking for a rockstar to own our APIs.');
    const [finding, ...rest] = check(draft);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'exclusionary:term:rockstar',
      check: 'exclusionary',
      severity: 'warning',
      field: 'job.summary',
      fix: { field: 'job.summary', start: 21, find: 'rockstar', replace: 'skilled engineer' },
      occurrences: [{ field: 'job.summary', start: 21, end: 29 }],
    });
    expect(finding!.message).toBe('"rockstar" is cliché wording.');
    expect(finding!.suggestion).toBe('Try "skilled engineer" (or "experienced developer").');
    expect(finding!.details?.why).toContain('heroics');
    expect(finding!.excerpt).toContain('rockstar');
    const fixed = withFix(draft, finding!.fix!);
    expect(fixed.job.summary).toBe('We are looking for a skilled engineer to own our APIs.');
    expect(check(fixed)).toEqual([]);
  });

  it('uses the modifier before a role noun, keeps case and handles plurals', () => {
    expect(inSummary('A Rockstar developer.')[0]!.fix).toMatchObject({ find: 'Rockstar', replace: 'Skilled' });
    expect(inSummary('ROCKSTAR WANTED')[0]!.fix).toMatchObject({ replace: 'SKILLED ENGINEER' });
    expect(inSummary('We hire rock stars.')[0]!.fix).toMatchObject({
      find: 'rock stars',
      replace: 'skilled engineers',
    });
    expect(inSummary('Our ninja engineers')[0]!.fix).toMatchObject({ replace: 'expert' });
  });

  it.each([
    {
      kind: 'the clichés',
      text: 'A rockstar, ninja, guru, superstar and hero.',
      ids: ['rockstar', 'ninja', 'guru', 'superstar', 'hero'],
    },
    {
      kind: 'age-coded wording',
      text: 'A digital native and recent graduate for our young, high-energy team.',
      ids: ['digital-native', 'recent-graduate', 'young', 'high-energy'],
    },
  ])('flags $kind, one finding a term', ({ text, ids }) => {
    expect(termIds(text)).toEqual(ids);
  });

  it('matches whole words only: "Heroku" is a platform, not "hero"', () => {
    expect(inSummary('Deploy to Heroku and heroku.com.')).toEqual([]);
    const [hero, ...rest] = inSummary('Be a hero, our heroes.');
    expect(rest).toEqual([]);
    expect(hero!.occurrences!.map((o) => o.start)).toEqual([5, 15]);
    expect(hero!.message).toContain('used 2 times');
  });

  it('skips a term when the words around it show another sense', () => {
    expect(inSummary('A young company with a hero image and a CMake and Ninja build.')).toEqual([]);
  });

  it('fixes the place it marks, even when the same letters appear earlier ("heroku" before "hero")', () => {
    const draft = draftWithSummary('Ship to heroku like a hero.');
    const [finding] = check(draft);
    expect(finding!.fix).toMatchObject({ start: 22, find: 'hero' });
    expect(withFix(draft, finding!.fix!).job.summary).toBe('Ship to heroku like a reliable teammate.');
  });

  it('flags "young" but not "youngest"', () => {
    expect(termIds('Our young team.')).toEqual(['young']);
    // A superlative compares things ("our youngest product line"); it is not a call for young people.
    expect(inSummary('Join our youngest product line.')).toEqual([]);
  });

  it('cites the EEOC for age-coded wording and gives no unsafe one-click fix', () => {
    const [finding] = inSummary('Ideal for a recent graduate.');
    expect(finding!.details?.sources?.[0]?.url).toBe('https://www.eeoc.gov/prohibited-employment-policiespractices');
    expect(finding!.fix).toBeUndefined();
    expect(finding!.suggestion).toContain('entry-level candidate');
  });

  it('flags gendered nouns and he/she for the candidate, fixing the verb too', () => {
    expect(termIds('Hey guys, we need manpower.')).toEqual(['guys', 'manpower']);
    const [heShe] = inSummary('He / she is curious.');
    expect(heShe!.fix).toMatchObject({ find: 'He / she is', replace: 'They are' });
    expect(inSummary('he/she will own it.')[0]!.fix).toMatchObject({ find: 'he/she will', replace: 'they will' });
    // No verb we can agree: a suggestion only, no fix that would read "they works".
    const [works] = inSummary('he/she works here.');
    expect(works!.fix).toBeUndefined();
    expect(termIds('Grow his/her skills with him or her.')).toEqual(['his-her', 'him-her']);
  });

  it('flags ability-coded requirements', () => {
    const [finding] = inSummary('You must be able to stand for long periods.');
    expect(finding).toMatchObject({ id: 'exclusionary:term:must-be-able-to-stand', severity: 'warning' });
    expect(finding!.message).toContain('ability-coded');
  });

  it('scans every prose field and custom skill names, not other fields', () => {
    const draft = exampleWith({
      job: { title: 'Rockstar Back End Developer' },
      responsibilities: ['Write code.', 'Be our guru.'],
      benefits: ['Free lunch for the guys'],
      skills: [{ id: 'custom:ninja-skills', name: 'Ninja skills', level: 'preferred' }],
    });
    expect(check(draft).map((f) => f.field)).toEqual([
      'job.title',
      'responsibilities.1',
      'benefits.0',
      'skills.0.name',
    ]);
  });

  it('keeps one id for a term wherever it moves, so a dismissal survives edits elsewhere', () => {
    const before = check(exampleWith({ responsibilities: ['Be our guru.'] }));
    const after = check(exampleWith({ responsibilities: ['Write code.', 'Ship often.', 'Be our guru.'] }));
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    expect(after[0]!.field).toBe('responsibilities.2');
  });

  it('caps the places listed per field and says how many more there are', () => {
    const summary = Array.from({ length: 300 }, () => 'a ninja').join(' and ');
    const [finding, ...rest] = inSummary(summary);
    expect(rest).toEqual([]);
    expect(finding!.occurrences).toHaveLength(OCCURRENCES_PER_FIELD);
    expect(finding!.more).toBe(300 - OCCURRENCES_PER_FIELD);
    expect(finding!.message).toContain('used 300 times');
  });

  it('finds nothing in the example draft', () => {
    expect(check(exampleWith())).toEqual([]);
  });

  it('applying any fix removes exactly the place it marks, wherever the term stands', () => {
    const fixable = exclusionaryLexicon.terms.filter((t) => t.fix !== false && !t.agreement).flatMap((t) => t.match);
    const filler = ['we', 'build', 'heroku', 'youngest', 'shared', 'team', 'hero', 'the', 'data'];
    fc.assert(
      fc.property(amidFiller(filler, fixable, 8), ([before, term, after]) => {
        const draft = draftWithSummary([...before, term, ...after].join(' '));
        const total = places(draft);
        for (const finding of check(draft)) {
          for (const occurrence of finding.occurrences ?? []) {
            if (occurrence.fix) expect(places(withFix(draft, occurrence.fix))).toBe(total - 1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
