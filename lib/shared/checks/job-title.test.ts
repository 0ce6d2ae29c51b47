import { describe, expect, it } from 'vitest';
import { getRoleCatalog } from '../catalog';
import type { Draft, Language } from '../draft/draft-schema';
import { runChecks } from '.';
import { checkJobTitle, titleIsInclusive } from './job-title';
import { contextFor, exampleWith } from '../../../test/support/test-drafts';
import { applyFix } from './text-fix';

const draftWith = (title: string, language: Language): Draft => exampleWith({ job: { title }, language });
const check = (title: string, language: Language) => checkJobTitle(contextFor(draftWith(title, language)));

const inclusiveTitles: Record<'de' | 'fr', string[]> = {
  de: [
    'Backend-Entwickler (m/w/d)',
    'Backend-Entwickler (w/m/d)',
    'Backend Developer (m/f/d)',
    'Backend-Entwickler (all genders)',
    'Backend-Entwickler (gn)',
    'Backend-Entwickler:in',
    'Backend-Entwickler*in',
    'Backend-EntwicklerIn',
    'Backend-Entwickler/-in',
    'Entwickler_innen für unser Backend',
    'Entwicklerin / Entwickler Backend',
  ],
  fr: [
    'Développeur back-end (H/F)',
    'Développeur back-end (F/H)',
    'Développeur back-end H/F',
    'Développeur·se back-end',
    'Développeur·euse back-end',
    'Développeur(euse) back-end',
    'Développeur/développeuse back-end',
  ],
};

describe('job titles open to every gender', () => {
  it.each(
    Object.entries(inclusiveTitles).flatMap(([language, titles]) =>
      titles.map((title) => ({ language: language as keyof typeof inclusiveTitles, title })),
    ),
  )('$language: "$title" passes', ({ language, title }) => {
    expect(titleIsInclusive(language, title)).toBe(true);
    expect(check(title, language)).toEqual([]);
  });

  it('flags a German title without a marker and fixes it by appending " (m/w/d)"', () => {
    const title = 'Senior Backend-Entwickler';
    const [finding, ...rest] = check(title, 'de');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ id: 'job-title:gender-marker', check: 'job-title', severity: 'warning' });
    const fix = { field: 'job.title', find: 'Backend-Entwickler', replace: 'Backend-Entwickler (m/w/d)' };
    expect(finding).toMatchObject({ field: 'job.title', fix });
    expect(finding!.details!.why).toContain('§ 11 AGG');
    expect(finding!.details!.sources![0]!.title).toContain('AGG');
    expect(applyFix(title, finding!.fix!)).toBe('Senior Backend-Entwickler (m/w/d)');
    // The fixed title passes.
    expect(check(applyFix(title, finding!.fix!), 'de')).toEqual([]);
  });

  it('flags a French title without a marker and fixes it by appending " (H/F)"', () => {
    const title = 'Développeur back-end Node.js ';
    const [finding] = check(title, 'fr');
    expect(finding!.details!.why).toContain('L1142-1');
    expect(applyFix(title, finding!.fix!)).toBe('Développeur back-end Node.js (H/F) ');
    expect(check(applyFix(title, finding!.fix!), 'fr')).toEqual([]);
  });

  it('does not take a dot in a product name for an inclusive ending, nor LinkedIn-like words for a capital I', () => {
    expect(titleIsInclusive('fr', 'Développeur Vue.js')).toBe(false);
    expect(titleIsInclusive('de', 'Entwickler Marketing/Vertrieb')).toBe(false);
  });

  it('runs only for German and French postings, and says so in the answer', () => {
    const catalog = getRoleCatalog('back-end-developer')!;
    for (const language of ['en', 'es', 'nl'] as const) {
      const result = runChecks(draftWith('Backend Developer', language), { catalog });
      expect(result.findings.some((f) => f.check === 'job-title')).toBe(false);
      expect(result.score.checks.find((c) => c.check === 'job-title')).toMatchObject({ status: 'not_checked' });
    }
    const german = runChecks(draftWith('Backend-Entwickler', 'de'), { catalog });
    expect(german.findings.map((f) => f.id)).toContain('job-title:gender-marker');
    expect(german.score.checks.find((c) => c.check === 'job-title')).toEqual({
      check: 'job-title',
      label: 'Gender marker in the job title',
      status: 'checked',
    });
    const inclusive = german.score.parts.find((p) => p.id === 'inclusive')!;
    expect(inclusive.lost).toContainEqual({ finding: 'job-title:gender-marker', points: 15 });
  });
});
