import { describe, expect, it } from 'vitest';
import { exampleDraft } from './example-draft';
import { emptyFormValues, fromDraft, toDraftInput } from './form-values';
import { previewDraft } from './preview-draft';

describe('form values', () => {
  it('round-trip a draft: fromDraft then toDraftInput gives the same draft', () => {
    expect(toDraftInput(fromDraft(exampleDraft))).toEqual(exampleDraft);
  });

  it('turn blanks into absent fields and keep pay out when both ends are blank', () => {
    const values = emptyFormValues();
    const draft = toDraftInput(values) as { compensation?: unknown; job: { department?: string; location?: unknown } };
    expect(draft.compensation).toBeUndefined();
    expect(draft.job.department).toBeUndefined();
    expect(draft.job.location).toBeUndefined();
  });
});

describe('previewDraft', () => {
  it('previews an empty form with placeholders', () => {
    const preview = previewDraft(emptyFormValues());
    expect(preview?.company.name).toBe('[Your company]');
    expect(preview?.job.title).toBe('Back End Developer');
  });

  it('leaves out what is not valid yet and keeps the rest', () => {
    const values = fromDraft(exampleDraft);
    values.company.website = 'not a url';
    values.compensation = { currency: 'USD', min: 200, max: 100, period: 'YEAR' };
    values.responsibilities.push({ text: '   ' });
    values.job.title = '';
    const preview = previewDraft(values)!;
    expect(preview.company.website).toBeUndefined();
    expect(preview.compensation).toBeUndefined();
    expect(preview.responsibilities).toEqual(exampleDraft.responsibilities);
    expect(preview.job.title).toBe('[Job title]');
    expect(preview.skills).toEqual(exampleDraft.skills);
  });

  it('returns a valid draft unchanged', () => {
    expect(previewDraft(fromDraft(exampleDraft))).toEqual(exampleDraft);
  });
});
