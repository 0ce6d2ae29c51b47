import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import type { Language } from '../draft/draft-schema';
import { runChecks } from '.';
import { exampleWith } from '../../../test/support/test-drafts';

const catalog = getRoleCatalog('back-end-developer')!;
// English words from both lists: a cliché ("rockstar"), a masculine-coded word ("competitive").
const SUMMARY = 'We want a rockstar who is competitive. Wir suchen jemanden, der gerne im Team arbeitet.';
const run = (language: Language) => runChecks(exampleWith({ job: { summary: SUMMARY }, language }), { catalog });

describe('checks that follow the language', () => {
  it('applies the English word lists to English text', () => {
    const result = run('en');
    expect(result.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['exclusionary:term:rockstar', 'gender-coded:word:competitive']),
    );
    expect(result.score.checks.filter((c) => c.status === 'not_checked').map((c) => c.check)).toEqual(['job-title']);
  });

  it.each(['de', 'fr', 'es', 'nl'] as const)(
    'says "not checked for this language" for the word lists in %s, rather than passing or applying English',
    (language) => {
      const result = run(language);
      expect(result.findings.filter((f) => f.check === 'exclusionary' || f.check === 'gender-coded')).toEqual([]);
      for (const check of ['exclusionary', 'gender-coded']) {
        const state = result.score.checks.find((c) => c.check === check)!;
        expect(state.status).toBe('not_checked');
        expect(state.reason).toMatch(/^Not checked for this language/);
      }
      const inclusive = result.score.parts.find((p) => p.id === 'inclusive')!;
      expect(inclusive.notChecked).toEqual(expect.arrayContaining(['exclusionary', 'gender-coded']));
      expect(inclusive.note).toContain('Not checked for this language');
    },
  );

  it('neither rewards nor punishes a list that did not run: the part is judged on the checks that did', () => {
    // The same draft in Spanish: the word lists are out, requirements are in and cost the same as in English.
    const english = run('en').score.parts.find((p) => p.id === 'inclusive')!;
    const spanish = run('es').score.parts.find((p) => p.id === 'inclusive')!;
    const fromRequirements = (lost: { finding: string; points: number }[]) =>
      lost.filter((l) => l.finding.startsWith('requirements:'));
    expect(fromRequirements(spanish.lost)).toEqual(fromRequirements(english.lost));
    expect(spanish.lost.every((l) => l.finding.startsWith('requirements:'))).toBe(true);
  });

  it('keeps pay-law rules keyed by the country, whatever the language', () => {
    const ids = (language: Language) =>
      runChecks(
        exampleWith({
          language,
          compensation: undefined,
          job: { workplace: 'onsite', location: { city: 'New York', country: 'US', region: 'NY' } },
        }),
        { catalog, today: new Date('2026-11-24T12:00:00Z') },
      )
        .findings.filter((f) => f.check === 'pay-transparency')
        .map((f) => f.id);
    expect(ids('en')).toContain('pay-transparency:missing-range');
    for (const language of ['de', 'fr', 'es', 'nl'] as const) expect(ids(language)).toEqual(ids('en'));
  });

  it('carries the readability measures, LIX included, in the score', () => {
    expect(run('de').score.readability).toMatchObject({
      language: 'de',
      formula: 'Flesch reading ease for German (Amstad)',
      lix: expect.any(Number),
      lixBand: expect.any(String),
    });
  });
});
