import type { Draft } from '../draft/draft-schema';

/** One free-text field of the draft, addressed by its form path ("responsibilities.2"). */
export interface TextField {
  field: string;
  text: string;
}

/** The fields the wording checks scan: everything the employer writes in prose (not names, links or codes). */
export function collectTextFields(draft: Draft): TextField[] {
  const fields: TextField[] = [{ field: 'job.title', text: draft.job.title }];
  if (draft.job.summary) fields.push({ field: 'job.summary', text: draft.job.summary });
  if (draft.job.department) fields.push({ field: 'job.department', text: draft.job.department });
  if (draft.company.about) fields.push({ field: 'company.about', text: draft.company.about });
  draft.responsibilities.forEach((text, index) => fields.push({ field: `responsibilities.${index}`, text }));
  draft.benefits.forEach((text, index) => fields.push({ field: `benefits.${index}`, text }));
  draft.skills.forEach((skill, index) => {
    if (skill.name) fields.push({ field: `skills.${index}.name`, text: skill.name });
  });
  return fields;
}

/**
 * Plain text for readability and length when no rendered posting is given: the draft's own prose,
 * one field a line, so list items count as sentences just as they do in the rendered text.
 */
export function draftPlainText(draft: Draft): string {
  const lines = [draft.job.title, draft.job.summary, draft.company.about, ...draft.responsibilities, ...draft.benefits];
  return lines.filter((line): line is string => typeof line === 'string' && line.trim() !== '').join('\n');
}
