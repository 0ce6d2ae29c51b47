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
});
