import { describe, expect, it } from 'vitest';
import type { Draft } from './draft-schema';
import { exampleDraft, minimalDraft } from './example-draft';
import { BUILDER_STEPS, stepForField, stepIndex, stepKeys } from './step-schemas';

const editingSteps = BUILDER_STEPS.filter((step) => step.id !== 'review');

function partOf(draft: Draft, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in draft).map((k) => [k, draft[k as keyof Draft]]));
}

/** One change per step that makes exactly that step's part invalid. */
const breakers: Record<string, (draft: Draft) => void> = {
  role: (d) => (d.job.title = '\u200B'),
  company: (d) => (d.company.name = ''),
  skills: (d) => (d.skills = [{ id: 'custom:kafka', level: 'required' }]),
  responsibilities: (d) => (d.responsibilities = ['']),
  pay: (d) => (d.compensation = { currency: 'USD', min: 2, max: 1, period: 'YEAR' }),
  apply: (d) => (d.apply = {}),
};

describe('BUILDER_STEPS', () => {
  it.each(editingSteps.map((step) => [step.id, step] as const))(
    'the %s step accepts its part of a valid draft and refuses it broken',
    (id, step) => {
      const keys = stepKeys(id);
      expect(step.schema().safeParse(partOf(exampleDraft, keys)).success).toBe(true);
      expect(step.schema().safeParse(partOf(minimalDraft, keys)).success).toBe(true);
      const broken = structuredClone(exampleDraft);
      breakers[id]!(broken);
      expect(step.schema().safeParse(partOf(broken, keys)).success).toBe(false);
    },
  );

  it('a step does not judge what other steps own', () => {
    const broken = structuredClone(exampleDraft);
    breakers.company!(broken);
    const role = editingSteps.find((step) => step.id === 'role')!;
    expect(role.schema().safeParse(partOf(broken, stepKeys('role'))).success).toBe(true);
  });

  it('the steps together own every field the form edits, each field once', () => {
    const owned = editingSteps.flatMap((step) => stepKeys(step.id));
    expect(new Set(owned).size).toBe(owned.length);
    const metadata = ['schemaVersion', 'language', 'roleId', 'template', 'dismissed'];
    expect([...owned, ...metadata].sort()).toEqual(stepKeys('review').sort());
  });

  it('sends a field path to the step that owns it', () => {
    for (const step of editingSteps) {
      for (const key of stepKeys(step.id)) {
        expect(stepForField(key)).toBe(step.id);
        expect(stepForField(`${key}.0.text`)).toBe(step.id);
      }
    }
    expect(stepForField('dismissed.0.reason')).toBe('review');
  });

  it('finds a step by id and falls back to the first', () => {
    expect(stepIndex('apply')).toBe(BUILDER_STEPS.findIndex((s) => s.id === 'apply'));
    expect(stepIndex('nope')).toBe(0);
    expect(stepIndex(null)).toBe(0);
  });
});
