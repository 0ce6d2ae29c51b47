import { describe, expect, it } from 'vitest';
import { draftSchema } from '../draft/draft-schema';
import { exampleDraft } from '../draft/example-draft';
import { emptyFormValues, toDraftInput } from '../draft/form-values';
import { importedFormValues } from './review-form-values';

describe('imported draft → builder form values', () => {
  it('keeps everything a complete draft holds, qualifications and language included', () => {
    const draft = { ...structuredClone(exampleDraft), language: 'fr' as const, qualifications: ['Un diplôme.'] };
    expect(draftSchema.parse(toDraftInput(importedFormValues(draft)))).toEqual(draft);
  });

  it('leaves what the importer did not find empty, and starts the choices where the builder does', () => {
    const values = importedFormValues({
      job: { summary: 'We build maps.', location: { city: 'Berlin' }, seniority: 'wizard' },
      skills: [{ id: 'go', level: 'preferred', years: 3 }, { name: 'no id' }, 'nonsense'],
      responsibilities: ['Ship it.', 42],
      compensation: { min: 90000, currency: 'EUR' },
    });
    const empty = emptyFormValues();
    expect(values.job).toMatchObject({
      title: '',
      seniority: empty.job.seniority,
      workplace: empty.job.workplace,
      summary: 'We build maps.',
      location: { city: 'Berlin', region: '', country: '' },
    });
    expect(values.company.name).toBe('');
    expect(values.apply).toEqual({ url: '', email: '', closingDate: '' });
    expect(values.skills).toEqual([{ id: 'go', level: 'preferred', years: 3 }]);
    expect(values.responsibilities).toEqual([{ text: 'Ship it.' }]);
    expect(values.compensation).toEqual({ currency: 'EUR', min: 90000, max: 90000, period: 'YEAR' });
    expect(values.qualifications).toEqual([]);
    expect(values).not.toHaveProperty('language');
  });
});
