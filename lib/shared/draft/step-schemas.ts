import * as z from 'zod/mini';
import { draftObjectSchema } from './draft-schema';

type DraftKey = keyof ReturnType<typeof draftObjectSchema>['shape'];

/**
 * The part of the draft schema under `keys`: made on first call, then kept (the draft schema itself is made on
 * first use, see draft-schema.ts).
 */
function partOfDraft<const Keys extends readonly DraftKey[]>(keys: Keys) {
  const mask = Object.fromEntries(keys.map((key) => [key, true]));
  let made: ReturnType<typeof makePart> | undefined;
  const makePart = () => z.pick(draftObjectSchema(), mask as never);
  return { keys, schema: () => (made ??= makePart()) };
}

// Each builder step validates exactly its part of the one draft schema, so a step and the final submit
// cannot drift apart. The keys are plain data: the step list reads them without making the schema.
export const BUILDER_STEPS = [
  { id: 'role', title: 'Role', ...partOfDraft(['job']) },
  { id: 'company', title: 'Company', ...partOfDraft(['company']) },
  { id: 'skills', title: 'Skills', ...partOfDraft(['skills', 'qualifications']) },
  { id: 'responsibilities', title: 'Responsibilities', ...partOfDraft(['responsibilities']) },
  { id: 'pay', title: 'Pay and benefits', ...partOfDraft(['compensation', 'benefits']) },
  { id: 'apply', title: 'How to apply', ...partOfDraft(['apply']) },
  { id: 'review', title: 'Review', keys: null, schema: draftObjectSchema },
] as const;

export type BuilderStepId = (typeof BUILDER_STEPS)[number]['id'];

export function stepIndex(id: string | null | undefined): number {
  const index = BUILDER_STEPS.findIndex((s) => s.id === id);
  return index === -1 ? 0 : index;
}

/** Which step holds a field (for "go to the field" from a check finding or an error): what no step owns is the review's. */
export function stepForField(path: string): BuilderStepId {
  const top = path.split('.')[0]!;
  return BUILDER_STEPS.find((step) => (step.keys as readonly string[] | null)?.includes(top))?.id ?? 'review';
}

/** The draft's top-level keys a step owns. */
export function stepKeys(id: BuilderStepId): string[] {
  const step = BUILDER_STEPS.find((s) => s.id === id)!;
  // The review step owns the whole draft.
  return step.keys ? [...step.keys] : Object.keys(draftObjectSchema().shape);
}
