import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft/draft-schema';
import { checkExclusionary } from './exclusionary';
import { exclusionaryList } from './exclusionary-terms';
import type { Finding } from './finding';
import { applyFix } from './text-fix';
import { draftWithSummary, exampleWith } from './test-drafts';

const inSummary = (summary: string) => checkExclusionary(draftWithSummary(summary));
const termIds = (summary: string) => inSummary(summary).map((f) => f.id.split(':')[1]);

/** Applies a finding's fix to the summary, as the builder UI does. */
function withFix(draft: Draft, finding: Finding): Draft {
  expect(finding.fix?.field).toBe('job.summary');
  return { ...draft, job: { ...draft.job, summary: applyFix(draft.job.summary!, finding.fix!) } };
}

describe('checkExclusionary', () => {
  it('finds "rockstar" in the summary with a one-click fix that removes the finding', () => {
    const draft = draftWithSummary('We are looking for a rockstar to own our APIs.');
    const [finding, ...rest] = checkExclusionary(draft);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: 'exclusionary:rockstar:job.summary:0',
      check: 'exclusionary',
      severity: 'warning',
      field: 'job.summary',
      fix: { field: 'job.summary', find: 'rockstar', replace: 'skilled engineer' },
    });
    expect(finding!.message).toContain('Cliché');
    expect(finding!.suggestion).toBe('Try "skilled engineer" (or "experienced developer").');
    expect(finding!.excerpt).toContain('rockstar');
    const fixed = withFix(draft, finding!);
    expect(fixed.job.summary).toBe('We are looking for a skilled engineer to own our APIs.');
    expect(checkExclusionary(fixed)).toEqual([]);
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

  it('flags the clichés', () => {
    expect(termIds('A rockstar, ninja, guru, superstar and hero.')).toEqual([
      'rockstar',
      'ninja',
      'guru',
      'superstar',
      'hero',
    ]);
  });

  it('matches whole words only: "Heroku" is a platform, not "hero"', () => {
    expect(inSummary('Deploy to Heroku and heroku.com.')).toEqual([]);
    expect(termIds('Be a hero, our heroes.')).toEqual(['hero', 'hero']);
  });

  it('skips a term when the words around it show another sense', () => {
    expect(inSummary('A young company with a hero image and a CMake and Ninja build.')).toEqual([]);
  });

  it('widens the fix when the same letters appear earlier, so the UI replaces the right place', () => {
    const draft = draftWithSummary('Ship to heroku like a hero.');
    const [finding] = checkExclusionary(draft);
    expect(finding!.fix!.find).not.toBe('hero');
    const fixed = withFix(draft, finding!);
    expect(fixed.job.summary).toBe('Ship to heroku like a reliable teammate.');
  });

  it('flags age-coded wording; "young" but not "youngest"', () => {
    expect(termIds('A digital native and recent graduate for our young, high-energy team.')).toEqual([
      'digital-native',
      'recent-graduate',
      'young',
      'high-energy',
    ]);
    // A superlative compares things ("our youngest product line"); it is not a call for young people.
    expect(inSummary('Join our youngest product line.')).toEqual([]);
  });

  it('cites the EEOC for age-coded wording and gives no unsafe one-click fix', () => {
    const [finding] = inSummary('Ideal for a recent graduate.');
    expect(finding!.source?.url).toBe('https://www.eeoc.gov/prohibited-employment-policiespractices');
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
    expect(finding).toMatchObject({ id: 'exclusionary:must-be-able-to-stand:job.summary:0', severity: 'warning' });
    expect(finding!.message).toContain('Ability-coded');
  });

  it('scans every prose field and custom skill names, not other fields', () => {
    const draft = exampleWith({
      job: { title: 'Rockstar Back End Developer' },
      responsibilities: ['Write code.', 'Be our guru.'],
      benefits: ['Free lunch for the guys'],
      skills: [{ id: 'custom:ninja-skills', name: 'Ninja skills', level: 'preferred' }],
    });
    expect(checkExclusionary(draft).map((f) => f.field)).toEqual([
      'job.title',
      'responsibilities.1',
      'benefits.0',
      'skills.0.name',
    ]);
  });

  it('numbers repeated terms in a field', () => {
    expect(inSummary('A ninja. Another ninja.').map((f) => f.id)).toEqual([
      'exclusionary:ninja:job.summary:0',
      'exclusionary:ninja:job.summary:1',
    ]);
  });

  it('finds nothing in the example draft', () => {
    expect(checkExclusionary(exampleWith())).toEqual([]);
  });

  it('applying any fix removes that one finding, wherever the term stands', () => {
    const fixable = exclusionaryList.terms.filter((t) => t.fix !== false && !t.agreement).flatMap((t) => t.match);
    const filler = fc.constantFrom('we', 'build', 'heroku', 'youngest', 'shared', 'team', 'hero', 'the', 'data');
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 8 }),
        fc.constantFrom(...fixable),
        fc.array(filler, { maxLength: 8 }),
        (before, term, after) => {
          const draft = draftWithSummary([...before, term, ...after].join(' '));
          const findings = checkExclusionary(draft).filter((f) => f.fix);
          for (const finding of findings) {
            const remaining = checkExclusionary(withFix(draft, finding));
            expect(remaining).toHaveLength(checkExclusionary(draft).length - 1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
