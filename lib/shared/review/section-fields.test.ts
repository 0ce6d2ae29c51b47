import { describe, expect, it } from 'vitest';
import { BUILDER_STEPS } from '../draft/step-schemas';
import { sectionsForStep } from './section-fields';

describe('sectionsForStep', () => {
  it('puts every section next to exactly one step, where its field is edited', () => {
    const bySteps = Object.fromEntries(BUILDER_STEPS.map((s) => [s.id, sectionsForStep(s.id)]));
    expect(bySteps).toEqual({
      role: ['title', 'summary'],
      company: ['about'],
      skills: ['requirements'],
      responsibilities: ['responsibilities'],
      pay: ['pay', 'benefits'],
      apply: ['apply'],
      review: [],
    });
  });
});
