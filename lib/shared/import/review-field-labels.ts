import type { MoveTarget } from './review-lines';

// What the review screen calls the draft's fields: the builder's own names, so a person finds the same name
// on both screens. The words are in the page's messages (`field.<name>`, components/site-text/messages), in
// the employer's UI language; this says which field a path names, and which item of a list.

export const FIELD_NAMES = [
  'job.title',
  'job.seniority',
  'job.employmentType',
  'job.workplace',
  'job.location',
  'job.location.city',
  'job.location.region',
  'job.location.country',
  'job.remoteCountries',
  'job.department',
  'job.summary',
  'company',
  'company.name',
  'company.about',
  'company.website',
  'skills',
  'responsibilities',
  'qualifications',
  'benefits',
  'compensation',
  'apply',
  'apply.url',
  'apply.email',
  'apply.closingDate',
  'language',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const isFieldName = (name: string | undefined): name is FieldName => (FIELD_NAMES as readonly string[]).includes(name!);

/**
 * The field a draft path names: `responsibilities.2` is item 3 of Responsibilities (`item` counts from 1);
 * skills and remote countries are named as the whole list. Null for a path no field stands for.
 */
export function namedField(path: string): { field: FieldName; item: number | null } | null {
  if (isFieldName(path)) return { field: path, item: null };
  const item = /^(.+)\.(\d+)$/.exec(path);
  if (item && isFieldName(item[1])) {
    const list = item[1];
    return { field: list, item: list === 'skills' || list === 'job.remoteCountries' ? null : Number(item[2]) + 1 };
  }
  const top = path.split('.')[0];
  return isFieldName(top) ? { field: top, item: null } : null;
}

/** What happens to a line moved to a target: a text gains it at the end, a list as a new item. */
export const MOVE_TARGET_EFFECT: Record<MoveTarget, 'addedAtEnd' | 'newItem'> = {
  'job.summary': 'addedAtEnd',
  'company.about': 'addedAtEnd',
  responsibilities: 'newItem',
  qualifications: 'newItem',
  benefits: 'newItem',
};
