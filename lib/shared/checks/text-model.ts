import type { Draft, Language } from '../draft/draft-schema';

/** One free-text field of the draft, addressed by its form path ("responsibilities.2"). */
export interface TextField {
  field: string;
  text: string;
  /** The writer's own prose (summary, about, list items): what readability is judged on. */
  prose: boolean;
}

/**
 * The draft's text as every check reads it, built once per run: the fields the writer typed, and the
 * posting as rendered (template lines included) when the caller has it.
 */
export interface TextModel {
  /** The language the posting is written in: what the readability formula and the word lists follow. */
  language: Language;
  /** Every free-text field the wording checks scan, in form order. */
  fields: readonly TextField[];
  /** The writer's prose fields only: what readability scores (template lines are not the writer's). */
  prose: readonly TextField[];
  /** The whole posting as plain text: what an applicant reads, for length. */
  posting: string;
  /** True when `posting` came from the render pipeline rather than from the fields alone. */
  rendered: boolean;
}

export function buildTextModel(draft: Draft, renderedText?: string): TextModel {
  const fields: TextField[] = [{ field: 'job.title', text: draft.job.title, prose: false }];
  const add = (field: string, text: string | undefined, prose: boolean) => {
    if (text && text.trim()) fields.push({ field, text, prose });
  };
  add('job.summary', draft.job.summary, true);
  add('job.department', draft.job.department, false);
  add('company.about', draft.company.about, true);
  draft.responsibilities.forEach((text, index) => add(`responsibilities.${index}`, text, true));
  draft.benefits.forEach((text, index) => add(`benefits.${index}`, text, true));
  draft.skills.forEach((skill, index) => add(`skills.${index}.name`, skill.name, false));
  const prose = fields.filter((f) => f.prose);
  const posting = renderedText ?? fields.map((f) => f.text).join('\n');
  return { language: draft.language ?? 'en', fields, prose, posting, rendered: renderedText !== undefined };
}
