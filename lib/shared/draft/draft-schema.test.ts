import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from './draft-schema';
import specExample from './__fixtures__/spec-example.json' with { type: 'json' };
import { exampleDraft, minimalDraft } from './example-draft';

// The spec's example, as written in shared/spec/draft-format.md (with its "…" filled in): __fixtures__/spec-example.json.

/** `n` items made by `item` from their index: a list one over a limit. */
const many = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

function withChange(change: (draft: Draft) => void): unknown {
  const draft = structuredClone(exampleDraft);
  change(draft);
  return draft;
}

function failingPaths(input: unknown): string[] {
  const result = draftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('draftSchema', () => {
  it('accepts the spec example, the full example and the minimal draft, unchanged', () => {
    expect(draftSchema.parse(specExample)).toEqual(specExample);
    expect(draftSchema.parse(exampleDraft)).toEqual(exampleDraft);
    expect(draftSchema.parse(minimalDraft)).toEqual(minimalDraft);
  });

  it('keeps text exactly as typed, including markup-like text', () => {
    const hostile = '<script>alert(1)</script> {{ x }} {% raw %} **bold** # title';
    const draft = withChange((d) => (d.job.summary = `  ${hostile}  `)) as Draft;
    expect(draftSchema.parse(draft).job.summary).toBe(`  ${hostile}  `);
  });

  it.each([
    ['an empty title', (d: Draft) => (d.job.title = ''), 'job.title'],
    ['a blank title', (d: Draft) => (d.job.title = '   '), 'job.title'],
    ['a title of only zero-width characters', (d: Draft) => (d.job.title = '\u200B\u200C\u200D\uFEFF'), 'job.title'],
    ['a title of a Hangul filler and a word joiner', (d: Draft) => (d.job.title = '\u3164\u2060 '), 'job.title'],
    ['a company name of only zero-width spaces', (d: Draft) => (d.company.name = '\u200B\u200B'), 'company.name'],
    ['an invisible responsibility', (d: Draft) => (d.responsibilities = ['\u200B']), 'responsibilities.0'],
    ['a language the posting cannot be in', (d: Draft) => ((d as { language?: string }).language = 'it'), 'language'],
    ['an empty qualification', (d: Draft) => (d.qualifications = ['']), 'qualifications.0'],
    ['a qualification over 300 characters', (d: Draft) => (d.qualifications = ['x'.repeat(301)]), 'qualifications.0'],
    ['21 qualifications', (d: Draft) => (d.qualifications = many(21, () => 'x')), 'qualifications'],
    ['an invisible benefit', (d: Draft) => (d.benefits = ['\u00AD\u200E']), 'benefits.0'],
    [
      'a custom skill named with zero-width characters',
      (d: Draft) => (d.skills = [{ id: 'custom:kafka', name: '\u200B', level: 'preferred' }]),
      'skills.0.name',
    ],
    ['a title over 120 characters', (d: Draft) => (d.job.title = 'x'.repeat(121)), 'job.title'],
    ['an unknown seniority', (d: Draft) => ((d.job as { seniority: string }).seniority = 'wizard'), 'job.seniority'],
    [
      'an unknown employment type',
      (d: Draft) => ((d.job as { employmentType: string }).employmentType = 'GIG'),
      'job.employmentType',
    ],
    ['an unknown workplace', (d: Draft) => ((d.job as { workplace: string }).workplace = 'moon'), 'job.workplace'],
    ['a country that is not ISO alpha-2', (d: Draft) => (d.job.location!.country = 'USA'), 'job.location.country'],
    ['a lower-case country', (d: Draft) => (d.job.location!.country = 'us'), 'job.location.country'],
    [
      'an on-site role without location',
      (d: Draft) => ((d.job.workplace = 'onsite'), delete d.job.location),
      'job.location',
    ],
    ['a bad remote country', (d: Draft) => (d.job.remoteCountries = ['XX1']), 'job.remoteCountries.0'],
    ['a summary over 2,000 characters', (d: Draft) => (d.job.summary = 'a'.repeat(2001)), 'job.summary'],
    ['no company name', (d: Draft) => (d.company.name = ''), 'company.name'],
    ['a website that is not a URL', (d: Draft) => (d.company.website = 'acme dot com'), 'company.website'],
    ['a javascript: website', (d: Draft) => (d.company.website = 'javascript:alert(1)'), 'company.website'],
    [
      'more than 40 skills',
      (d: Draft) => (d.skills = many(41, (i) => ({ id: `custom:s${i}`, name: `S${i}`, level: 'preferred' as const }))),
      'skills',
    ],
    [
      'a custom skill without a name',
      (d: Draft) => (d.skills = [{ id: 'custom:kafka', level: 'preferred' }]),
      'skills.0.name',
    ],
    [
      'a catalog skill with a name',
      (d: Draft) => (d.skills = [{ id: 'sql', name: 'SQL', level: 'required' }]),
      'skills.0.name',
    ],
    ['a malformed skill id', (d: Draft) => (d.skills = [{ id: 'Not A Slug', level: 'required' }]), 'skills.0.id'],
    ['years above 30', (d: Draft) => (d.skills[0]!.years = 31), 'skills.0.years'],
    ['negative years', (d: Draft) => (d.skills[0]!.years = -1), 'skills.0.years'],
    ['fractional years', (d: Draft) => (d.skills[0]!.years = 2.5), 'skills.0.years'],
    ['an unknown skill level', (d: Draft) => ((d.skills[0] as { level: string }).level = 'must'), 'skills.0.level'],
    [
      'the same skill twice',
      (d: Draft) => d.skills.push({ id: 'apis', level: 'preferred' }),
      `skills.${exampleDraft.skills.length}.id`,
    ],
    [
      'more than 25 responsibilities',
      (d: Draft) => (d.responsibilities = many(26, () => 'Build things.')),
      'responsibilities',
    ],
    ['an empty responsibility', (d: Draft) => (d.responsibilities = ['']), 'responsibilities.0'],
    [
      'a responsibility over 300 characters',
      (d: Draft) => (d.responsibilities = ['a'.repeat(301)]),
      'responsibilities.0',
    ],
    [
      'min pay above max pay',
      (d: Draft) => (d.compensation = { currency: 'USD', min: 200000, max: 100000, period: 'YEAR' }),
      'compensation.max',
    ],
    ['a currency that is not ISO 4217', (d: Draft) => (d.compensation!.currency = 'usd'), 'compensation.currency'],
    [
      'an unknown pay period',
      (d: Draft) => ((d.compensation as { period: string }).period = 'DECADE'),
      'compensation.period',
    ],
    ['negative pay', (d: Draft) => (d.compensation!.min = -5), 'compensation.min'],
    ['more than 30 benefits', (d: Draft) => (d.benefits = many(31, () => 'Lunch')), 'benefits'],
    ['neither apply URL nor email', (d: Draft) => (d.apply = {}), 'apply.url'],
    ['a bad apply URL', (d: Draft) => (d.apply.url = 'not a url'), 'apply.url'],
    ['a bad email', (d: Draft) => (d.apply.email = 'jobs-at-acme'), 'apply.email'],
    ['a closing date that is not an ISO date', (d: Draft) => (d.apply.closingDate = '31/12/2026'), 'apply.closingDate'],
    ['an impossible closing date', (d: Draft) => (d.apply.closingDate = '2026-02-30'), 'apply.closingDate'],
    [
      'more than 100 dismissed findings',
      (d: Draft) => (d.dismissed = many(101, (i) => ({ finding: `length:f${i}`, reason: 'Kept on purpose.' }))),
      'dismissed',
    ],
    [
      'a dismissal without a finding id',
      (d: Draft) => (d.dismissed = [{ finding: '', reason: 'Why' }]),
      'dismissed.0.finding',
    ],
    [
      'a dismissal with an empty reason',
      (d: Draft) => (d.dismissed = [{ finding: 'length:too-long', reason: '' }]),
      'dismissed.0.reason',
    ],
    [
      'a dismissal with an invisible reason',
      (d: Draft) => (d.dismissed = [{ finding: 'length:too-long', reason: '\u200B ' }]),
      'dismissed.0.reason',
    ],
    [
      'a dismissal reason over 200 characters',
      (d: Draft) => (d.dismissed = [{ finding: 'length:too-long', reason: 'a'.repeat(201) }]),
      'dismissed.0.reason',
    ],
    [
      'the same finding dismissed twice',
      (d: Draft) =>
        (d.dismissed = [
          { finding: 'length:too-long', reason: 'One' },
          { finding: 'length:too-long', reason: 'Two' },
        ]),
      'dismissed.1.finding',
    ],
    [
      'a dismissal with an unknown field',
      (d: Draft) => (d.dismissed = [{ finding: 'length:too-long', reason: 'Why', by: 'me' } as never]),
      'dismissed.0',
    ],
  ])('refuses %s, naming the field', (_name, change, path) => {
    expect(failingPaths(withChange(change))).toContain(path);
  });

  it('refuses unknown fields instead of dropping them', () => {
    expect(failingPaths({ ...exampleDraft, salary: 1 })).toContain('');
    expect(failingPaths(withChange((d) => ((d.job as Record<string, unknown>).colour = 'blue')))).toContain('job');
  });

  it('refuses another schema version', () => {
    expect(failingPaths({ ...exampleDraft, schemaVersion: 2 })).toContain('schemaVersion');
  });

  it('accepts a fully remote role without a location', () => {
    expect(failingPaths(withChange((d) => ((d.job.workplace = 'remote'), delete d.job.location)))).toEqual([]);
  });

  it('accepts visible text in any script, with zero-width characters inside it', () => {
    expect(failingPaths(withChange((d) => (d.job.title = 'Entwickler\u200Bin')))).toEqual([]);
    expect(failingPaths(withChange((d) => (d.job.title = '開発者')))).toEqual([]);
    expect(failingPaths(withChange((d) => (d.company.name = '\u200B😀')))).toEqual([]);
  });

  it('accepts up to 100 dismissals and keeps them as written', () => {
    const dismissed = many(100, (i) => ({ finding: `length:f${i}`, reason: 'x'.repeat(200) }));
    const draft = withChange((d) => (d.dismissed = dismissed));
    expect(draftSchema.parse(draft).dismissed).toEqual(dismissed);
  });
});
