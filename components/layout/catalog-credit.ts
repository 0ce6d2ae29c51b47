/**
 * Where the skill figures come from, for the footer of every page. Written out here rather than read from
 * the catalog because the footer is part of the builder's browser bundle, and importing the catalog would
 * ship all of it; `catalog-credit.test.ts` keeps the two equal.
 */
export const catalogCredit = {
  title: 'Back End Developer Duties, Skills & Responsibilities: a Guide for Employers',
  publisher: 'Indeed Employer Resource Library',
} as const;
