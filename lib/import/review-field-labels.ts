import type { MoveTarget } from './review-lines';

// What the review screen calls the draft's fields: the builder's own labels, so a person finds the same
// name on both screens.

const FIELD_LABELS: Record<string, string> = {
  'job.title': 'Job title',
  'job.seniority': 'Seniority',
  'job.employmentType': 'Employment type',
  'job.workplace': 'On-site, hybrid or remote',
  'job.location': 'Location',
  'job.location.city': 'City',
  'job.location.region': 'Region',
  'job.location.country': 'Country',
  'job.remoteCountries': 'Countries remote applicants may live in',
  'job.department': 'Team or department',
  'job.summary': 'Summary of the role',
  company: 'Company',
  'company.name': 'Company name',
  'company.about': 'About the company',
  'company.website': 'Website',
  skills: 'Skills',
  responsibilities: 'Responsibilities',
  qualifications: 'Qualifications',
  benefits: 'Benefits',
  compensation: 'Pay',
  apply: 'Application link or email',
  'apply.url': 'Application link',
  'apply.email': 'Application email',
  'apply.closingDate': 'Closing date',
  language: 'Language',
};

/** A draft path as the builder names it: `responsibilities.2` → "Responsibilities, item 3". */
export function fieldLabel(path: string): string {
  if (FIELD_LABELS[path]) return FIELD_LABELS[path];
  const item = /^(.+)\.(\d+)$/.exec(path);
  if (item && FIELD_LABELS[item[1]!]) {
    return item[1] === 'skills' || item[1] === 'job.remoteCountries'
      ? FIELD_LABELS[item[1]!]!
      : `${FIELD_LABELS[item[1]!]}, item ${Number(item[2]) + 1}`;
  }
  const top = path.split('.')[0]!;
  return FIELD_LABELS[top] ?? path;
}

/** Where a moved line lands, said as what happens to it. */
export const MOVE_TARGET_LABELS: Record<MoveTarget, string> = {
  'job.summary': 'Summary of the role (added at the end)',
  'company.about': 'About the company (added at the end)',
  responsibilities: 'Responsibilities (a new item)',
  qualifications: 'Qualifications (a new item)',
  benefits: 'Benefits (a new item)',
};
