import { describe, expect, it } from 'vitest';
import type { Draft } from './draft-schema';
import { draftSchema } from './draft-schema';
import { exampleDraft, minimalDraft } from './example-draft';
import { sharedFieldsChanged, translationDraft, withSharedFields } from './shared-fields';

const german: Draft = {
  ...exampleDraft,
  language: 'de',
  job: {
    ...exampleDraft.job,
    title: 'Backend-Entwickler (m/w/d)',
    department: 'Plattform',
    summary: 'Wir bauen Dienste.',
  },
  company: { ...exampleDraft.company, about: 'Ein Analyseunternehmen.' },
  skills: exampleDraft.skills.map((s) => (s.id === 'custom:kafka' ? { ...s, name: 'Kafka-Betrieb' } : s)),
  responsibilities: ['APIs entwerfen.'],
  qualifications: ['Deutsch fließend.'],
  benefits: ['30 Tage Urlaub'],
  dismissed: [{ finding: 'readability', reason: 'Fachsprache' }],
};

describe('withSharedFields', () => {
  it('takes pay, location, skills, apply and structure from the saved version and keeps the text', () => {
    const saved: Draft = {
      ...exampleDraft,
      template: 'modern',
      job: { ...exampleDraft.job, workplace: 'onsite', location: { city: 'Berlin', country: 'DE' }, seniority: 'lead' },
      compensation: { currency: 'EUR', min: 1, max: 2, period: 'MONTH' },
      skills: [
        { id: 'custom:kafka', name: 'Kafka', level: 'required', years: 2 },
        { id: 'sql', level: 'preferred' },
      ],
      apply: { email: 'hr@acme.example' },
      company: { ...exampleDraft.company, name: 'Acme GmbH', accentColor: '#112233' },
    };
    const merged = withSharedFields(german, saved);
    expect(merged).toEqual({
      ...german,
      template: 'modern',
      job: { ...german.job, workplace: 'onsite', location: { city: 'Berlin', country: 'DE' }, seniority: 'lead' },
      compensation: saved.compensation,
      // The custom skill keeps the German name its version gave it; level and years follow.
      skills: [
        { id: 'custom:kafka', name: 'Kafka-Betrieb', level: 'required', years: 2 },
        { id: 'sql', level: 'preferred' },
      ],
      apply: { email: 'hr@acme.example' },
      company: { ...german.company, name: 'Acme GmbH', accentColor: '#112233' },
    });
    expect(draftSchema.safeParse(merged).success).toBe(true);
  });

  it('removes a shared field the saved version dropped (pay, remote countries, the website)', () => {
    const saved = structuredClone(exampleDraft);
    delete saved.compensation;
    delete saved.job.remoteCountries;
    delete saved.company.website;
    const merged = withSharedFields(german, saved);
    expect(merged.compensation).toBeUndefined();
    expect(merged.job.remoteCountries).toBeUndefined();
    expect(merged.company.website).toBeUndefined();
    expect(merged.job.title).toBe(german.job.title);
  });

  it('changes nothing when the shared fields already match, whatever the text', () => {
    const english = { ...german, language: 'en' as const, job: { ...german.job, title: 'Back End Developer' } };
    expect(JSON.stringify(withSharedFields(german, english))).toBe(JSON.stringify(german));
    expect(sharedFieldsChanged(german, english)).toBe(false);
    expect(sharedFieldsChanged(german, { ...english, apply: { email: 'x@acme.example' } })).toBe(true);
  });
});

describe('translationDraft', () => {
  it('starts from the source text in the new language, without the source’s dismissed findings', () => {
    const draft = translationDraft(german, 'fr');
    expect(draft.language).toBe('fr');
    expect(draft.job.title).toBe(german.job.title);
    expect(draft.dismissed).toBeUndefined();
    expect(translationDraft(minimalDraft, 'nl')).toEqual({ ...minimalDraft, language: 'nl' });
  });
});
