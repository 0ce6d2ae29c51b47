import { stepForField, type BuilderStepId } from '../draft/step-schemas';

/**
 * What a reviewer comments on, in the posting's order. Here, not in review-schema.ts, because the builder's
 * step list reads them on its first load and the review's schemas load only with a posting's review.
 */
export const REVIEW_SECTIONS = [
  'title',
  'summary',
  'about',
  'responsibilities',
  'requirements',
  'pay',
  'benefits',
  'apply',
] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

// Where the author edits each section a reviewer comments on: the draft field (for "go to the field")
// and, through lib/shared/draft/step-schemas, the builder step.
export const SECTION_FIELDS: Record<ReviewSection, string> = {
  title: 'job.title',
  summary: 'job.summary',
  about: 'company.about',
  responsibilities: 'responsibilities',
  requirements: 'skills',
  pay: 'compensation',
  benefits: 'benefits',
  apply: 'apply',
};

/** The sections whose comments belong next to a builder step. */
export function sectionsForStep(stepId: BuilderStepId): ReviewSection[] {
  return REVIEW_SECTIONS.filter((section) => stepForField(SECTION_FIELDS[section]) === stepId);
}
