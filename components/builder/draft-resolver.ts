import type { FieldErrors, Resolver } from 'react-hook-form';
import type { $ZodIssue } from 'zod/v4/core';
import { draftSchema, type Draft } from '@/lib/shared/draft/draft-schema';
import { formFieldFor, toDraftInput, type FormValues } from '@/lib/shared/draft/form-values';
import type { DraftIssue } from '@/lib/shared/draft/validate-draft';
import { fieldIssues } from '@/lib/shared/http/error-codes';

function setAt(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1]!;
  if (node[last] === undefined) node[last] = value;
}

/** A form error: the schema's English message and its issue, which the builder words in its language. */
export interface FormIssueError {
  type: string;
  message: string;
  issue: $ZodIssue;
}

/** Why the draft is not valid, by draft path, with the issue each message came from. */
export type BuilderIssue = DraftIssue & { issue: $ZodIssue };

/** The one draft schema judges the form: its messages land on the inputs that show each field. */
export const draftResolver: Resolver<FormValues> = async (values) => {
  const result = draftSchema.safeParse(toDraftInput(values));
  if (result.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  const { issues } = result.error;
  fieldIssues(issues, '').forEach(({ path, message }, i) => {
    const issue = issues[i]!;
    setAt(errors, formFieldFor(path), { type: issue.code, message, issue } satisfies FormIssueError);
  });
  return { values: {}, errors: errors as FieldErrors<FormValues> };
};

/** The valid draft the form holds now, or null. */
export function currentDraft(values: FormValues): Draft | null {
  const result = draftSchema.safeParse(toDraftInput(values));
  return result.success ? result.data : null;
}

/** Why the form is not a valid draft yet, by draft path (empty when it is). */
export function draftIssues(values: FormValues): BuilderIssue[] {
  const result = draftSchema.safeParse(toDraftInput(values));
  if (result.success) return [];
  const { issues } = result.error;
  return fieldIssues(issues, 'draft').map((field, i) => ({ ...field, issue: issues[i]! }));
}
