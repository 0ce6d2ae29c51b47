import { describe, expect, it } from 'vitest';
import { draftSchema } from './draft-schema';
import { exampleDraft, minimalDraft } from './example-draft';
import { emptyFormValues, fromDraft, toDraftInput, type FormValues } from './form-values';

describe('form values', () => {
  it('round-trip a draft, dismissals included', () => {
    const draft = {
      ...structuredClone(exampleDraft),
      dismissed: [{ finding: 'gender-coded:competitive:job.summary:0', reason: 'Our market word.' }],
    };
    expect(draftSchema.parse(toDraftInput(fromDraft(draft)))).toEqual(draft);
    expect(draftSchema.parse(toDraftInput(fromDraft(minimalDraft)))).toEqual(minimalDraft);
  });

  it('leave dismissed out when there are none, also for values saved before dismissals existed', () => {
    expect(toDraftInput(emptyFormValues())).not.toHaveProperty('dismissed');
    const old = { ...fromDraft(exampleDraft) } as Partial<FormValues>;
    delete old.dismissed;
    expect(draftSchema.parse(toDraftInput(old as FormValues))).toEqual(exampleDraft);
  });

  it('carry qualifications and the language both ways, and read values saved before either existed', () => {
    const draft = {
      ...structuredClone(exampleDraft),
      language: 'de' as const,
      qualifications: ['A degree in computer science or equivalent experience.', 'Led a team of four or more.'],
    };
    const values = fromDraft(draft);
    expect(values.qualifications).toEqual([
      { text: 'A degree in computer science or equivalent experience.' },
      { text: 'Led a team of four or more.' },
    ]);
    expect(draftSchema.parse(toDraftInput(values))).toEqual(draft);
    expect(toDraftInput(emptyFormValues())).not.toHaveProperty('qualifications');
    const old = { ...fromDraft(exampleDraft) } as Partial<FormValues>;
    delete old.qualifications;
    expect(draftSchema.parse(toDraftInput(old as FormValues))).toEqual(exampleDraft);
  });
});
