import { draftSchema, type Draft } from './draft-schema';
import { hasVisibleText } from './visible-text';
import { toDraftInput, type FormValues } from './form-values';

type Loose = Record<string, unknown> & {
  job: Record<string, unknown>;
  company: Record<string, unknown>;
  apply: Record<string, unknown>;
};

const OPTIONAL = new Set([
  'job.location',
  'job.remoteCountries',
  'job.department',
  'job.summary',
  'company.about',
  'company.website',
  'company.logoUrl',
  'company.accentColor',
  'compensation',
  'apply.closingDate',
]);

function fillRequired(draft: Loose) {
  if (typeof draft.job.title !== 'string' || !hasVisibleText(draft.job.title)) draft.job.title = '[Job title]';
  if (typeof draft.company.name !== 'string' || !hasVisibleText(draft.company.name))
    draft.company.name = '[Your company]';
  if (!draft.apply.url && !draft.apply.email) draft.apply.url = 'https://example.com/apply';
  if (draft.job.workplace !== 'remote' && !draft.job.location) draft.job.location = { country: 'US' };
}

/**
 * What the live preview shows while the form is unfinished: the draft as far as it is valid, with
 * placeholders for missing essentials and without the parts that are not valid yet. Null if even that fails.
 */
export function previewDraft(values: FormValues): Draft | null {
  const draft = structuredClone(toDraftInput(values)) as Loose;
  fillRequired(draft);
  for (let attempt = 0; attempt < 4; attempt++) {
    const result = draftSchema.safeParse(draft);
    if (result.success) return result.data;
    const dropped: Record<string, Set<number>> = {};
    for (const issue of result.error.issues) {
      const [top, second, third] = issue.path.map(String);
      const list = top === 'skills' || top === 'responsibilities' || top === 'benefits';
      if (list && second !== undefined && /^\d+$/.test(second)) {
        (dropped[top!] ??= new Set()).add(Number(second));
        continue;
      }
      const path = [top, second].filter(Boolean).join('.');
      const owner = OPTIONAL.has(path)
        ? path
        : OPTIONAL.has(top!)
          ? top!
          : [top, second, third].filter(Boolean).slice(0, 2).join('.');
      const [a, b] = owner.split('.');
      if (b && draft[a!] && typeof draft[a!] === 'object') delete (draft[a!] as Record<string, unknown>)[b];
      else if (a && a !== 'job' && a !== 'company' && a !== 'apply') delete draft[a];
    }
    for (const [key, indexes] of Object.entries(dropped)) {
      draft[key] = (draft[key] as unknown[]).filter((_, i) => !indexes.has(i));
    }
    fillRequired(draft);
  }
  return null;
}
