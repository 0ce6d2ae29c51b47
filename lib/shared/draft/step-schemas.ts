import * as z from 'zod/mini';
import { draftObjectSchema } from './draft-schema';

/** Made on first call, then kept: the draft schema itself is made on first use (see draft-schema.ts). */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

// Each builder step validates exactly its part of the one draft schema, so a step and the final submit
// cannot drift apart.
export const BUILDER_STEPS = [
  { id: 'role', title: 'Role', schema: once(() => z.pick(draftObjectSchema(), { job: true })) },
  { id: 'company', title: 'Company', schema: once(() => z.pick(draftObjectSchema(), { company: true })) },
  {
    id: 'skills',
    title: 'Skills',
    schema: once(() => z.pick(draftObjectSchema(), { skills: true, qualifications: true })),
  },
  {
    id: 'responsibilities',
    title: 'Responsibilities',
    schema: once(() => z.pick(draftObjectSchema(), { responsibilities: true })),
  },
  {
    id: 'pay',
    title: 'Pay and benefits',
    schema: once(() => z.pick(draftObjectSchema(), { compensation: true, benefits: true })),
  },
  { id: 'apply', title: 'How to apply', schema: once(() => z.pick(draftObjectSchema(), { apply: true })) },
  { id: 'review', title: 'Review', schema: draftObjectSchema },
] as const;

export type BuilderStepId = (typeof BUILDER_STEPS)[number]['id'];

export function stepIndex(id: string | null | undefined): number {
  const index = BUILDER_STEPS.findIndex((s) => s.id === id);
  return index === -1 ? 0 : index;
}

/** Which step holds a field (for "go to the field" from a check finding or an error). */
export function stepForField(path: string): BuilderStepId {
  const top = path.split('.')[0];
  if (top === 'job') return 'role';
  if (top === 'company') return 'company';
  if (top === 'skills' || top === 'qualifications') return 'skills';
  if (top === 'responsibilities') return 'responsibilities';
  if (top === 'compensation' || top === 'benefits') return 'pay';
  if (top === 'apply') return 'apply';
  return 'review';
}

/** The draft's top-level keys a step owns. */
export function stepKeys(id: BuilderStepId): string[] {
  const step = BUILDER_STEPS.find((s) => s.id === id)!;
  return Object.keys(step.schema().shape);
}
